// The room with its facilitation team (issue 14, item 6): the real desktop app opens the
// room on the demo's RIV-GA-4 (opened with its first item under way by the CLI); a
// second laptop — Debian's chromium, 1280×800 — opens the app's own UI from the room
// (/team) and pairs as the stack-keeper with the one-time code shown on the host; a
// phone (chromium, 390×844) raises a hand; the stack-keeper accepts it ON THE SECOND
// LAPTOP with its key (Alt+A); the app's window and the projector show it, the phone its
// place; the second laptop gives the floor (Ctrl+Enter) and the phone says "You have the
// floor". Then the host revokes the laptop's session: its requests are refused, it asks
// for a new code, and the used code does not pair it again.
//
// The app serves the room on the loopback (PLENARY_ROOM_BIND=127.0.0.1:0). Needs
// `chromium` and `chromium-driver` (scripts/setup.sh).

import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { axe, startChromium, textOf, waitText } from './lib/chromium.mjs';
import { plenary, useApp } from './lib/app.mjs';

const ITEM = 'RIV-GA-4.1';
const WITHIN = 15_000;
const ALT = '\uE00A';
const CTRL = '\uE009';
const ENTER = '\uE007';

describe('the room: a second laptop paired as the stack-keeper, a phone, then revoked', () => {
  const session = useApp({
    name: 'room-team',
    env: { PLENARY_ROOM_BIND: '127.0.0.1:0' },
    setup: (db) => {
      plenary(db, 'meeting', 'open', '4');
      plenary(db, 'agenda', 'start', ITEM);
    },
  });
  const ctx = {};
  let chromium = null;
  let phone = null;
  let keeper = null;
  after(async () => {
    await chromium?.stop();
  });

  const keys = (browser, ...held) => {
    const a = browser.action('key');
    for (const k of held) a.down(k);
    for (const k of [...held].reverse()) a.up(k);
    return a.perform();
  };

  it('the host opens the room: the participants\' address, the team\'s and a stack-keeper\'s code', session.step(async (app) => {
    ctx.meeting = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4').id;
    await app.waitForTestId('meeting-list');
    const row = await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${ctx.meeting}"]`);
    await (await app.byTestId('meeting-link', row)).click();
    await app.waitForTestId('live-workspace');
    ctx.main = await app.browser.getWindowHandle();
    await (await app.waitForTestId('room-open')).click();
    ctx.url = (await (await app.waitForTestId('room-url')).getText()).trim();
    ctx.team = (await app.byTestId('room-team-url').getText()).trim();
    assert.match(ctx.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.equal(ctx.team, `${ctx.url}team`);
    const code = await app.byTestId('room-code');
    assert.equal(await code.getAttribute('data-role'), 'stack-keeper');
    ctx.code = (await code.getText()).match(/\d{6}/)[0];
  }));

  it('the second laptop opens the app from the room and pairs as the stack-keeper', session.step(async (app) => {
    chromium = await startChromium();
    keeper = await chromium.device(1280, 800);
    await keeper.url(ctx.team);
    await keeper.$('[data-testid="team-pair-form"]').waitForDisplayed({ timeout: WITHIN, timeoutMsg: 'the team screen never showed its pairing form' });
    const violations = await axe(keeper);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await keeper.$('[data-testid="team-code"]').setValue(ctx.code);
    await keeper.$('[data-testid="team-pair"]').click();
    await keeper.waitUntil(async () => (await keeper.$('[data-testid="team-view"]').getAttribute('data-role')) === 'stack-keeper', {
      timeout: WITHIN,
      timeoutMsg: 'the laptop never paired as the stack-keeper',
    });
    await waitText(keeper, 'team-meeting', 'RIV-GA-4', 'the room\'s meeting');
    // The full stack-keeper's page, over HTTP: the item under way, its (empty) stack.
    await waitText(keeper, 'stack-title', '4.1', 'the stack of the item under way');
    assert.equal(await keeper.$('[data-testid="stack-view"]').getAttribute('data-meeting-id'), ctx.meeting);
    ctx.token = await keeper.execute(() => sessionStorage.getItem('plenary-room-token'));
    assert.match(ctx.token ?? '', /^[0-9a-f]{64}$/);
    // The host lists the paired device (its panel asks again every 5 s).
    await app.browser.waitUntil(async () => (await app.browser.$$('[data-testid="room-session"]')).length === 1, {
      timeout: WITHIN,
      timeoutMsg: 'the host never listed the paired laptop',
    });
    assert.match(await app.byTestId('room-session').getText(), /stack-keeper/);
  }));

  it('a phone raises a hand; the stack-keeper accepts it on the laptop with Alt+A', session.step(async () => {
    phone = await chromium.device(390, 844);
    await phone.url(ctx.url);
    await waitText(phone, 'room-item', '4.1', 'the phone: the item under way');
    await phone.$('[data-testid="room-name"]').setValue('Sam Whitfield');
    await phone.$('[data-testid="room-kind"]').selectByAttribute('value', 'speak');
    await phone.$('[data-testid="room-raise"]').click();
    await waitText(phone, 'room-my-hand', 'waiting for the stack-keeper', 'the phone: its hand is up');

    const request = await keeper.$('[data-testid="hand-request"]');
    await request.waitForExist({ timeout: WITHIN, timeoutMsg: 'the hand never reached the laptop\'s hands panel' });
    assert.match(await request.getText(), /Sam Whitfield/);
    await keys(keeper, ALT, 'a');
    await keeper.waitUntil(async () => (await keeper.$$('[data-testid="stack-entry"]')).length === 1, {
      timeout: WITHIN,
      timeoutMsg: 'Alt+A on the laptop did not put the hand on the stack',
    });
    assert.match(await keeper.$('[data-testid="stack-entry"]').getText(), /Sam Whitfield/);
    assert.equal((await keeper.$$('[data-testid="hand-request"]')).length, 0, 'the hand is no longer waiting');
  }));

  it('the app window, the projector and the phone show it', session.step(async (app) => {
    // The host's own stack panel (meeting mode) reads the change made from the laptop.
    await app.browser.waitUntil(async () => (await app.browser.$$('[data-testid="stack-entry"]')).length === 1, {
      timeout: WITHIN,
      timeoutMsg: 'the app window never showed the hand accepted on the laptop',
    });
    // (Its text, not WebKitWebDriver's idea of what is visible in the panel's box.)
    assert.equal(await app.byTestId('stack-entry-name').getProperty('textContent'), 'Sam Whitfield');

    await app.byTestId('open-projector').click();
    await onProjector(app, ctx, async () => {
      await app.browser.waitUntil(async () => (await app.textsOf('projector-next-name')).includes('Sam'), {
        timeout: WITHIN,
        timeoutMsg: 'the projector never listed Sam next',
      });
    });

    await waitText(phone, 'room-my-hand', 'You are 1st', 'the phone: its place');
    await waitText(phone, 'room-my-hand', 'first time speaking', 'the phone: why it stands there');
  }));

  it('the laptop gives the floor with Ctrl+Enter: the phone says "You have the floor"', session.step(async (app) => {
    await keys(keeper, CTRL, ENTER);
    await waitText(keeper, 'stack-current', 'Sam Whitfield', 'the laptop: who has the floor');
    await waitText(phone, 'room-floor', 'Sam', 'the phone: who has the floor');
    await waitText(phone, 'room-my-hand', 'You have the floor', 'the phone: its own floor');
    await app.browser.waitUntil(async () => (await app.byTestId('stack-current-name').getProperty('textContent').catch(() => '')) === 'Sam Whitfield', {
      timeout: WITHIN,
      timeoutMsg: 'the app window never showed Sam Whitfield with the floor',
    });
  }));

  it('the host revokes the laptop: it is refused, asks for a new code, and the used code does not pair it again', session.step(async (app) => {
    await app.byTestId('room-revoke').click();
    await app.browser.waitUntil(async () => (await app.browser.$$('[data-testid="room-session"]')).length === 0, {
      timeout: WITHIN,
      timeoutMsg: 'the host still lists the revoked laptop',
    });
    // The old token, sent as the laptop's page would: refused, nothing done.
    const refused = await keeper.executeAsync((token, done) => {
      fetch('/api/stack_next', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ item: 'ignored' }),
      })
        .then(async (r) => done({ status: r.status, body: await r.json() }))
        .catch((e) => done({ error: String(e) }));
    }, ctx.token);
    assert.equal(refused.status, 401, JSON.stringify(refused));
    assert.match(refused.body.message, /revoked/);
    // The laptop's own next request (its panels ask again every few seconds) is refused
    // too: it forgets the pairing and asks for a new code, saying why.
    await keeper.$('[data-testid="team-pair-form"]').waitForDisplayed({ timeout: WITHIN, timeoutMsg: 'the revoked laptop never asked for a new code' });
    assert.match(await textOf(keeper, 'team-error'), /no longer paired.*revoked/);
    assert.equal(await keeper.execute(() => sessionStorage.getItem('plenary-room-token')), null);
    // The code it paired with, replayed: refused.
    await keeper.$('[data-testid="team-code"]').setValue(ctx.code);
    await keeper.$('[data-testid="team-pair"]').click();
    await waitText(keeper, 'team-error', 'not valid', 'the replayed code refused');
    assert.equal(await keeper.$('[data-testid="team-view"]').getAttribute('data-role'), null);
    // Nothing it tried changed the stack: Sam still has the floor, nobody waits.
    const stack = app.cliJson('stack', 'show', '--item', ITEM);
    assert.equal(stack.speaker?.name, 'Sam Whitfield', JSON.stringify(stack));
    assert.equal(stack.waiting.length, 0, JSON.stringify(stack));
  }));
});

/** Runs `fn` in the projector's window (or, when WebDriver lists none, its page here). */
async function onProjector(app, ctx, fn) {
  let handles = [];
  try {
    await app.browser.waitUntil(async () => (handles = await app.browser.getWindowHandles()).length > 1, { timeout: 10_000 });
  } catch {
    /* falls back below */
  }
  const other = handles.find((h) => h !== ctx.main);
  if (other) {
    await app.browser.switchToWindow(other);
    try {
      await app.waitForTestId('projector');
      await fn();
    } finally {
      await app.browser.switchToWindow(ctx.main);
    }
  } else {
    console.error('(room-team: WebDriver lists no projector window; showing #/projector/<id> in the main window)');
    await app.browser.execute((id) => {
      location.hash = `#/projector/${id}`;
    }, ctx.meeting);
    try {
      await app.waitForTestId('projector');
      await fn();
    } finally {
      await app.browser.execute((id) => {
        location.hash = `#/meeting/${id}`;
      }, ctx.meeting);
      await app.waitForTestId('live-workspace');
    }
  }
}

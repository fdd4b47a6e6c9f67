// The room, for real: the desktop app opens the room on the demo's RIV-GA-4 (opened
// with its first item under way by the CLI), and Debian's chromium (driven by
// chromium-driver) is a participant's phone, 390×844: it loads the page from the address
// the app shows, raises a hand, the app's stack-keeper (meeting mode's stack panel)
// accepts it with Alt+A, the phone shows its place and why, then — after "next" twice —
// that it has the floor. The phone's page passes axe-core (WCAG 2.1 A/AA and best
// practices) and reflows at 320 px without sideways scrolling.
//
// The app serves the room on the loopback (PLENARY_ROOM_BIND=127.0.0.1:0) so that the
// test does not depend on the machine's network. Needs `chromium` and `chromium-driver`
// (scripts/setup.sh installs them).

import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { axe, startChromium, waitText } from './lib/chromium.mjs';
import { plenary, useApp } from './lib/app.mjs';

const ITEM = 'RIV-GA-4.1';
const WITHIN = 10_000;

describe('the room: a phone raises a hand, the stack-keeper accepts it', () => {
  const session = useApp({
    name: 'room',
    env: { PLENARY_ROOM_BIND: '127.0.0.1:0' },
    setup: (db) => {
      plenary(db, 'meeting', 'open', '4');
      plenary(db, 'agenda', 'start', ITEM);
    },
  });
  let chromium = null;
  let phone = null;
  let url = null;
  after(async () => {
    await chromium?.stop();
  });

  const waitPhone = (testid, needle, what) => waitText(phone.browser, testid, needle, `the phone: ${what}`, WITHIN);

  it('opens the room from the meeting view: address, QR code, pairing code', session.step(async (app) => {
    const meetingId = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4').id;
    await app.waitForTestId('meeting-list');
    const row = await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"]`);
    await (await app.byTestId('meeting-link', row)).click();
    await app.waitForTestId('live-workspace');
    await (await app.waitForTestId('room-open')).click();
    const shown = await app.waitForTestId('room-url');
    url = (await shown.getText()).trim();
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const qr = await app.byTestId('room-qr');
    assert.match(await qr.getAttribute('src'), /^data:image\/svg\+xml/);
    const code = await app.byTestId('room-code');
    assert.equal(await code.getAttribute('data-role'), 'stack-keeper');
    assert.match(await code.getText(), /\d{6}/);
  }));

  it('the phone loads the page: the agenda and the item under way', session.step(async () => {
    chromium = await startChromium();
    phone = { browser: await chromium.device(390, 844) };
    await phone.browser.url(url);
    await waitPhone('room-item', '4.1', 'the item under way');
    const agenda = await phone.browser.$$('[data-testid="room-agenda"] li');
    assert.ok(agenda.length >= 5, `the agenda lists ${agenda.length} items`);
    assert.equal(await phone.browser.execute(() => window.innerWidth), 390);
  }));

  it('the phone page passes axe and reflows at 320 px', session.step(async () => {
    const violations = await axe(phone.browser);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await phone.browser.setWindowSize(320, 700);
    assert.equal(await phone.browser.execute(() => window.innerWidth), 320);
    const sideways = await phone.browser.execute(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(sideways <= 0, `the page scrolls sideways by ${sideways}px at 320 px`);
    await phone.browser.setWindowSize(390, 844);
  }));

  it('the phone raises a hand; the stack-keeper accepts it with Alt+A; the phone sees its place', session.step(async (app) => {
    await phone.browser.$('[data-testid="room-name"]').setValue('Sam Whitfield');
    await phone.browser.$('[data-testid="room-kind"]').selectByAttribute('value', 'speak');
    await phone.browser.$('[data-testid="room-raise"]').click();
    await waitPhone('room-my-hand', 'waiting for the stack-keeper', 'the hand is up');

    const request = await app.browser.$('[data-testid="hand-request"]');
    await request.waitForExist({ timeout: WITHIN, timeoutMsg: 'the hand never reached the stack panel' });
    assert.match(await request.getText(), /Sam Whitfield/);
    await app.browser.$('body').click();
    await app.browser.action('key').down('\uE00A').down('a').up('a').up('\uE00A').perform();
    await app.browser.waitUntil(async () => (await app.browser.$$('[data-testid="stack-entry"]')).length === 1, {
      timeout: WITHIN,
      timeoutMsg: 'Alt+A did not put the hand on the stack',
    });
    await waitPhone('room-my-hand', 'You are 1st', 'its place on the stack');
    await waitPhone('room-my-hand', 'first time speaking', 'why it stands there');
    await waitPhone('room-next', 'Sam', 'the next speakers, first names');
  }));

  it('the stack-keeper gives the floor: the phone says "You have the floor"', session.step(async (app) => {
    await (await app.waitForTestId('stack-next')).click();
    await waitPhone('room-floor', 'Sam', 'who has the floor');
    await waitPhone('room-my-hand', 'You have the floor', 'its own floor');
    const live = await phone.browser.$('#announce').getText().catch(() => '');
    assert.ok((await phone.browser.execute(() => document.getElementById('announce').textContent)).includes('You have the floor'), live);
  }));

  it('closing the room tells the phone', session.step(async (app) => {
    await (await app.waitForTestId('room-close')).click();
    await app.waitForTestId('room-open');
    await waitPhone('room-connection', 'The room is closed', 'the room closed');
  }));
});

// A fair floor in the real window (ga-process.md, "Fair floor" and "Spokes council").
//
// 1. On the demo's planned GA (RIV-GA-4, opened with the CLI, its first item under way),
//    two people wait on the progressive stack; the facilitation team switches the floor
//    to alternating lists ("women | open") mid-item, with a reason; two more join on the
//    list they chose. The queue on screen — order and reasons — is what the rule says
//    (the women's list first, then the lists in turn; whoever chose none waits on the
//    last list), `plenary stack show --json` on the same database agrees, and the minutes
//    carry the change with its reason. The facilitator then shows airtime equity on the
//    projector: the lists' shares on the big screen, and no one's name in them.
// 2. A spokes council (planned with the CLI, its format chosen there) is walked through
//    in meeting mode: spokes chosen for three WGs, someone who is not a spoke refused on
//    the stack (the core's reason on screen), a spoke added (the queue shows the WG), a
//    consult break called and ended with its times, the proposal taken up and decided by
//    the WGs' voices — "3 working groups: 2 for, 1 stand-aside" — which the minutes print
//    with the spokes and the break.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plenary, useApp } from './lib/app.mjs';

const ITEM = 'RIV-GA-4.1';
const TENTS = 'Winter tents for the square';
const COUNTED = '3 working groups: 2 for, 1 stand-aside';

describe('a fair floor', () => {
  let council = '';
  const session = useApp({
    name: 'floor',
    setup: (db) => {
      plenary(db, 'meeting', 'open', '4');
      plenary(db, 'agenda', 'start', ITEM);
      const today = new Date().toISOString().slice(0, 10);
      council = plenary(db, 'meeting', 'new', '--date', today, '--place', 'Info tent', '--format', 'spokes-council');
      plenary(db, 'agenda', 'add', '--meeting', council, '--kind', 'discussion', '--title', 'The winter');
      const p = plenary(db, 'proposal', 'new', '--title', TENTS, '--text', 'Buy ten winter tents.', '--wg', 'Kitchen');
      plenary(db, 'agenda', 'add', '--meeting', council, '--kind', 'proposal', '--title', TENTS, '--proposal', p);
      plenary(db, 'meeting', 'open', council);
      plenary(db, 'agenda', 'start', `${council}.1`);
    },
  });

  it('switches to alternating lists mid-item: the queue and its reasons on screen are the core\'s', session.step(async (app) => {
    const meeting = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4');
    const item = app.cliJson('agenda', 'list', '--meeting', 'RIV-GA-4').find((i) => i.reference === ITEM);
    await app.browser.execute((m, i) => (location.hash = `#/meeting/${m}/stack/${i}`), meeting.id, item.id);
    await app.waitForText('stack-title', ITEM);
    assert.equal(await app.byTestId('stack-list-new').isExisting(), false, 'no list to choose before the floor alternates');

    await add(app, 'Sam Whitfield', 1);
    await add(app, 'Kim Osei', 2);
    assert.deepEqual(await queue(app), [
      ['Sam Whitfield', 'first time speaking today'],
      ['Kim Osei', 'first time speaking today'],
    ]);

    await (await app.waitForTestId('floor-policy-change')).click();
    await app.waitForTestId('floor-policy-form');
    await app.byTestId('floor-policy-lists').setValue('women | open');
    await app.byTestId('floor-policy-reason').setValue('the assembly chose a quota');
    await app.byTestId('floor-policy-apply').click();
    await app.browser.waitUntil(async () => /alternating lists: women \| open/.test(await app.byTestId('floor-policy').getText()), {
      timeout: 10_000,
      timeoutMsg: 'the policy in words did not change',
    });

    await add(app, 'Alex Moreau', 3, 'women');
    await add(app, 'Lee Park', 4, 'women');
    const shown = await queue(app);
    assert.deepEqual(shown, [
      ['Alex Moreau', "women list's turn, first time speaking today"],
      ['Sam Whitfield', "open list's turn, first time speaking today"],
      ['Lee Park', "women list's turn, first time speaking today"],
      ['Kim Osei', "open list's turn, first time speaking today"],
    ]);
    const first = (await app.allByTestId('stack-entry'))[0];
    assert.equal(await text(app, await app.byTestId('stack-entry-list', first)), '· women list');
    const stored = app.cliJson('stack', 'show', '--item', ITEM);
    assert.deepEqual(
      stored.waiting.map((e) => [e.name, e.reason.label]),
      shown,
      'the screen shows the stack as the core orders it',
    );
    assert.equal(stored.floor_policy_text, 'progressive,alternate:women|open');
    assert.deepEqual(stored.waiting.map((e) => e.list), ['women', null, 'women', null]);
    // The change and its reason are in the minutes.
    const md = app.cli('minutes', 'RIV-GA-4', '--format', 'md');
    assert.match(md, /\*\*Floor policy changed:\*\*/);
    assert.match(md, /progressive → progressive stack; alternating lists: women \\\| open \(during RIV-GA-4\.1\) — the assembly chose a quota/);
  }));

  it('the facilitator shows airtime equity on the projector: aggregates by list, no name', session.step(async (app) => {
    const meeting = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4');
    await app.browser.execute((id) => (location.hash = `#/meeting/${id}`), meeting.id);
    await app.waitForTestId('live-workspace');
    const main = await app.browser.getWindowHandle();
    await (await app.waitForTestId('projector-equity-toggle')).click();
    await app.byTestId('open-projector').click();
    let handles = [];
    await app.browser.waitUntil(async () => (handles = await app.browser.getWindowHandles()).length > 1, {
      timeout: 10_000,
      timeoutMsg: 'no projector window',
    });
    await app.browser.switchToWindow(handles.find((h) => h !== main));
    try {
      const panel = await app.waitForTestId('projector-equity');
      await app.waitForText('projector-equity-speakers', /^0 spoke \(0 for the first time\)/);
      const lists = [];
      for (const el of await app.allByTestId('projector-equity-list', panel)) lists.push(await el.getAttribute('data-list'));
      assert.deepEqual(lists.sort(), ['', 'women']);
      const shownText = await text(app, panel);
      for (const name of ['Alex', 'Sam', 'Lee', 'Kim']) assert.ok(!shownText.includes(name), `${name} on the big screen: ${shownText}`);
      // The queue itself still shows first names, as always.
      assert.equal(await text(app, await app.byTestId('projector-next-name')), 'Alex');
    } finally {
      await app.browser.switchToWindow(main);
    }
  }));

  it('a spokes council: spokes chosen, a non-spoke refused, the queue shows the WG', session.step(async (app) => {
    const m = app.cliJson('meeting', 'list').find((x) => x.reference === council);
    assert.equal(m.format, 'spokes-council');
    await app.browser.execute((id) => (location.hash = `#/meeting/${id}`), m.id);
    await app.waitForText('meeting-format', 'Spokes council');
    const live = await app.waitForTestId('live-workspace');
    const panel = await app.waitForTestId('council-panel', { within: live });

    for (const [wg, name] of [['Kitchen', 'Jo Becker'], ['Finance', 'Marta Kowalski'], ['Outreach', 'Dev Patel']]) {
      await (await app.byTestId('spoke-wg', panel)).selectByVisibleText(wg);
      const input = await panel.$('#spoke-name');
      await input.setValue(name);
      await app.byTestId('spoke-set', panel).click();
      await app.browser.waitUntil(
        async () => (await panel.$(`[data-testid="council-wg"][data-wg="${wg}"]`).getAttribute('data-spoke')) === name,
        { timeout: 10_000, timeoutMsg: `${name} did not become ${wg}'s spoke` },
      );
    }
    assert.deepEqual(
      app.cliJson('meeting', 'spokes', council).spokes.map((s) => [s.wg, s.name]).sort(),
      [['Finance', 'Marta Kowalski'], ['Kitchen', 'Jo Becker'], ['Outreach', 'Dev Patel']],
    );

    // Someone who is not a spoke: the core refuses, and says why; nothing is added.
    await add(app, 'Sam Whitfield', 0, null, live);
    const error = await app.waitForTestId('error', { within: await app.byTestId('stack-error', live) });
    assert.match(await error.getText(), /Sam Whitfield is not a spoke at GA \d+: in a spokes council only spokes take the stack/);
    assert.equal((await app.allByTestId('stack-entry', live)).length, 0);
    await app.byTestId('stack-name-input', live).clearValue();

    await add(app, 'Marta Kowalski', 1, null, live);
    const entry = await app.byTestId('stack-entry', live);
    assert.equal(await text(app, await app.byTestId('stack-entry-wg', entry)), 'for Finance');
    const stored = app.cliJson('stack', 'show', '--item', `${council}.1`);
    assert.deepEqual(stored.waiting.map((e) => [e.name, e.wg]), [['Marta Kowalski', 'Finance']]);
  }));

  it('a spoke calls a consult break, timed, then it ends', session.step(async (app) => {
    const live = await app.waitForTestId('live-workspace');
    const panel = await app.byTestId('council-panel', live);
    await (await app.byTestId('consult-by', panel)).selectByAttribute('value', 'Dev Patel');
    await app.byTestId('consult-minutes', panel).setValue('3');
    await app.byTestId('consult-call', panel).click();
    const brk = await app.waitForTestId('consult-break', { within: panel });
    assert.equal(await brk.getAttribute('data-wg'), 'Outreach');
    await app.waitForText('consult-timer', /[0-3]:\d\d left/);
    await app.byTestId('consult-end', panel).click();
    await app.waitForTestId('consult-past', { within: panel });
    const c = app.cliJson('meeting', 'spokes', council);
    assert.equal(c.breaks.length, 1);
    assert.deepEqual([c.breaks[0].wg, c.breaks[0].called_by, c.breaks[0].minutes], ['Outreach', 'Dev Patel', 3]);
    assert.ok(c.breaks[0].ended_at, 'the break has its end time');
  }));

  it('the proposal is decided by the WGs\' voices, and the minutes say so', session.step(async (app) => {
    const m = app.cliJson('meeting', 'list').find((x) => x.reference === council);
    const item = app.cliJson('agenda', 'list', '--meeting', council).find((i) => i.title === TENTS);
    // Taken up in meeting mode ("Take up next" finishes the item before).
    const live = await app.byTestId('live-workspace');
    await app.byTestId('live-next', live).click();
    await app.browser.waitUntil(async () => (await live.getAttribute('data-item-id')) === item.id, {
      timeoutMsg: 'the proposal item was not taken up',
    });
    for (const [step, none] of [['present', false], ['clarifying-questions', false], ['concerns', true], ['call-for-consensus', true]]) {
      plenary(app.db, 'proposal', 'step', item.proposal_id, '--meeting', council, '--to', step, ...(none ? ['--none'] : []));
    }
    await app.browser.execute((mid, iid) => (location.hash = `#/meeting/${mid}/item/${iid}/process`), m.id, item.id);
    const form = await app.waitForTestId('council-decision-form');
    // One voice per WG that sent a spoke, by name.
    const voices = { Finance: 'for', Kitchen: 'for', Outreach: 'stand-aside' };
    const listed = [];
    for (const row of await app.allByTestId('wg-voice', form)) listed.push(await row.getAttribute('data-wg'));
    assert.deepEqual(listed, Object.keys(voices));
    for (const [wg, voice] of Object.entries(voices)) {
      const row = await form.$(`[data-testid="wg-voice"][data-wg="${wg}"]`);
      await (await app.byTestId('wg-voice-select', row)).selectByAttribute('value', voice);
      if (voice === 'stand-aside') await app.byTestId('wg-voice-reason', row).setValue('we were not consulted');
    }
    await app.byTestId('council-rule', form).setValue('consensus');
    await app.byTestId('council-preview-button', form).click();
    const preview = await app.waitForTestId('decision-preview');
    assert.equal(await preview.getAttribute('data-outcome'), 'consensus');
    assert.equal(await app.byTestId('preview-counts', preview).getText(), COUNTED);
    await app.byTestId('decision-confirm').click();
    const outcome = await app.waitForTestId('process-outcome');
    assert.equal(await outcome.getAttribute('data-value'), 'consensus');

    const decision = app.cliJson('proposal', 'show', item.proposal_id).decisions[0];
    assert.equal(decision.counted, COUNTED);
    assert.deepEqual(decision.wg_voices.map((v) => [v.wg, v.voice]), Object.entries(voices));
    const md = app.cli('minutes', council, '--format', 'md');
    assert.ok(md.includes(`**Decision** under consensus (the GA chose it over its default, modified:90): ${COUNTED}`), md);
    assert.ok(md.includes('- Outreach: stand-aside — we were not consulted'), md);
    assert.match(md, /- \*\*Finance:\*\* Marta Kowalski/);
    assert.match(md, /called by Outreach's spoke Dev Patel \(3 minutes asked\)/);
  }));
});

/** Types a name into the stack's name field (choosing `list` first) and presses Enter;
 *  waits until `count` people wait (0: expects a refusal, waits for nothing). */
async function add(app, name, count, list = null, within = undefined) {
  const input = await app.waitForTestId('stack-name-input', within ? { within } : undefined);
  if (list) {
    const select = await app.byTestId('stack-list-new', within);
    await select.selectByAttribute('value', list);
    assert.equal(await select.getValue(), list);
  }
  await input.setValue(name);
  await app.browser.keys('Enter');
  if (count === 0) return;
  await app.browser.waitUntil(
    async () => (await app.allByTestId('stack-entry', within)).length === count,
    { timeout: 10_000, timeoutMsg: `${name} was not added (expected ${count} waiting)` },
  );
  // The form is ready for the next person once it has cleared the name (and the list).
  await app.browser.waitUntil(async () => (await input.getValue()) === '', {
    timeout: 10_000,
    timeoutMsg: `the name field kept ${name}`,
  });
}

/** The text of a shown element (WebKitWebDriver reads clipped text as "": read the DOM). */
async function text(app, el) {
  assert.ok(await el.isDisplayed(), 'the element is shown');
  return app.browser.execute((e) => e.textContent.replace(/\s+/g, ' ').trim(), el);
}

/** The waiting entries on screen: [name, reason]. */
async function queue(app) {
  const rows = [];
  for (const el of await app.allByTestId('stack-entry')) {
    rows.push([
      await text(app, await app.byTestId('stack-entry-name', el)),
      (await text(app, await app.byTestId('stack-entry-reason', el))).replace(/^why here: /, ''),
    ]);
  }
  return rows;
}

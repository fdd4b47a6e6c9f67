// The room with a minute-taker's tablet (issue 14, item 3): the real desktop app opens
// the room on the demo's RIV-GA-4 (opened, and its proposal item RIV-GA-4.5 "Adopt the
// statement of purpose" taken up, by the CLI) and shows a one-time code for a
// minute-taker; a second browser — Debian's chromium, 1280×800, the minute-taker's
// tablet — opens the app's own UI from the room (/team) and pairs with it. Its page is
// the desktop's own process panel (the minute-taker's part) and the meeting's
// attendance; axe finds nothing on it. It records a clarifying question on the proposal
// under way, ON THE TABLET; the host's window (meeting mode) shows it, and the
// meeting's minutes (the CLI, on the same database) carry it. The tablet offers none of the facilitator's
// calls (tabling, withdrawing, sending back).
//
// The app serves the room on the loopback (PLENARY_ROOM_BIND=127.0.0.1:0). Needs
// `chromium` and `chromium-driver` (scripts/setup.sh).

import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { axe, startChromium, waitText } from './lib/chromium.mjs';
import { plenary, useApp } from './lib/app.mjs';

const ITEM = 'RIV-GA-4.5';
const QUESTION = 'Who drafted the statement, and when can we read it?';
const ASKED_BY = 'Priya Raman';
const WITHIN = 15_000;

describe('the room: a tablet paired as the minute-taker records the hearing', () => {
  const session = useApp({
    name: 'room-minutes',
    env: { PLENARY_ROOM_BIND: '127.0.0.1:0' },
    setup: (db) => {
      plenary(db, 'meeting', 'open', '4');
      plenary(db, 'agenda', 'start', ITEM);
    },
  });
  const ctx = {};
  let chromium = null;
  let tablet = null;
  after(async () => {
    await chromium?.stop();
  });

  it('the host opens the room on the hearing under way and a code for a minute-taker', session.step(async (app) => {
    ctx.meeting = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4').id;
    await app.waitForTestId('meeting-list');
    const row = await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${ctx.meeting}"]`);
    await (await app.byTestId('meeting-link', row)).click();
    const live = await app.waitForTestId('live-workspace');
    await app.waitForTestId('process-panel', { within: live });
    await (await app.waitForTestId('room-open')).click();
    ctx.team = (await (await app.waitForTestId('room-team-url')).getText()).trim();
    await (await app.browser.$('[data-testid="room-new-code"][data-role="minute-taker"]')).click();
    const code = await app.browser.$('[data-testid="room-code"][data-role="minute-taker"]');
    await code.waitForExist({ timeout: WITHIN, timeoutMsg: 'the host never showed a minute-taker\'s code' });
    ctx.code = (await code.getText()).match(/\d{6}/)[0];
  }));

  it('the tablet pairs as the minute-taker, moves the hearing to its questions: axe clean, no facilitator\'s calls', session.step(async (app) => {
    chromium = await startChromium();
    tablet = await chromium.device(1280, 800);
    await tablet.url(ctx.team);
    await tablet.$('[data-testid="team-pair-form"]').waitForDisplayed({ timeout: WITHIN, timeoutMsg: 'the team screen never showed its pairing form' });
    await tablet.$('[data-testid="team-code"]').setValue(ctx.code);
    await tablet.$('[data-testid="team-pair"]').click();
    await tablet.waitUntil(async () => (await tablet.$('[data-testid="team-view"]').getAttribute('data-role')) === 'minute-taker', {
      timeout: WITHIN,
      timeoutMsg: 'the tablet never paired as the minute-taker',
    });
    await waitText(tablet, 'team-meeting', 'RIV-GA-4', 'the room\'s meeting');
    const item = await tablet.$('[data-testid="team-notes-item"]');
    await item.waitForExist({ timeout: WITHIN, timeoutMsg: 'the tablet never showed the item under way' });
    assert.equal(await item.getAttribute('data-kind'), 'proposal');
    await waitText(tablet, 'process-heading', 'Adopt the statement of purpose', 'the hearing on the tablet');
    // The minute-taker moves the hearing on: the proposal presented, then its clarifying
    // questions — and the question field has the focus.
    for (const step of ['present', 'clarifying-questions']) {
      const next = await tablet.$(`[data-testid="process-next"][data-step="${step}"]`);
      await next.waitForDisplayed({ timeout: WITHIN, timeoutMsg: `the tablet offered no move to ${step}` });
      await next.click();
      await tablet.waitUntil(async () => (await tablet.$('[data-testid="process-panel"]').getAttribute('data-step')) === step, {
        timeout: WITHIN,
        timeoutMsg: `the tablet's hearing never reached ${step}`,
      });
    }
    await tablet.$('[data-testid="question-input"]').waitForDisplayed({ timeout: WITHIN, timeoutMsg: 'no question field on the tablet' });
    await tablet.waitUntil(async () => (await tablet.execute(() => document.activeElement?.dataset.testid)) === 'question-input', {
      timeout: WITHIN,
      timeoutMsg: 'the question field did not get the focus',
    });
    // The host's panel follows (it asks again every 3 s).
    await app.browser.waitUntil(async () => (await app.byTestId('process-panel').getAttribute('data-step')) === 'clarifying-questions', {
      timeout: WITHIN,
      timeoutMsg: 'the app window never showed the hearing at its clarifying questions',
    });
    assert.equal(await tablet.$('[data-testid="attendance-form"]').isExisting(), true, 'the meeting\'s attendance');
    assert.equal(await tablet.$('[data-testid="move-note"]').isExisting(), false);
    assert.equal(await tablet.$('#moves-heading').isExisting(), false, 'no table / withdraw / send back on the tablet');
    const violations = await axe(tablet);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  }));

  it('the tablet records a clarifying question; the host\'s window and the minutes show it', session.step(async (app) => {
    await tablet.$('[data-testid="question-input"]').setValue(QUESTION);
    await tablet.$('#question-by-' + (await tablet.$('[data-testid="team-notes-item"]').getAttribute('data-item-id'))).setValue(ASKED_BY);
    await tablet.$('[data-testid="question-add"]').click();
    await waitText(tablet, 'question-text', QUESTION, 'the tablet: the question recorded');
    // The host's own process panel (meeting mode) reads it (it asks again every 3 s).
    const live = await app.byTestId('live-workspace');
    await app.browser.waitUntil(async () => (await app.textsOf('question-text', live)).includes(QUESTION), {
      timeout: WITHIN,
      timeoutMsg: 'the app window never showed the question recorded on the tablet',
    });
    assert.match((await app.textsOf('question-asked-by', live)).join(' '), new RegExp(ASKED_BY));
    // Committed on the host, the single writer: the minutes of the meeting carry it.
    const minutes = app.cli('minutes', 'RIV-GA-4');
    assert.match(minutes, new RegExp(QUESTION.replace(/[?]/g, '\\?')));
  }));
});

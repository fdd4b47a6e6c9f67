// The same GA as src-tauri/core/tests/real_ga.rs — GA 144 of "Occupy Example", held on
// 2012-02-07 — written up from the minute-taker's notes in the desktop app instead of
// the command line (issue 12, "A real GA, kept in the repository as a test"), then its
// minutes approved at a later GA in the app.
//
// Before the app starts, the CLI makes only what exists before a GA: the assembly
// (modified:90), its WGs (one a caucus), two submitted proposals and GA 144 planned on
// its date. Everything of the GA itself is entered in the window, after the meeting
// (write-up mode: every time is the one typed, never the clock's):
// - the agenda from the usual order of business, plus a report-back given on behalf of
//   another assembly; attendance "about 60"; roles, the facilitator handing over at
//   20:10 and a role of the assembly's own (livestream);
// - opened at 19:05; report-backs from a WG (Sanitation) and from an individual for
//   Occupy Newark;
// - the teach-in proposal (19:40–20:05): a clarifying question answered, a friendly
//   amendment accepted and one rejected, then tabled by the proposers with its reason;
// - the van: the clarifying questions and concerns passed over saying none was raised,
//   a blocked call with 3 blocks (one named with its reason, two only counted), then the
//   vote 45 for, 3 against: passed;
// - announcements, one on behalf of another assembly; closed at 21:15;
// - corrected after closing (the caucus's asks, heard on the audio the next day).
// Then GA 145 is planned for today and opened, and approves GA 144's minutes in the
// minutes view. From then on the meeting view and the process panel show the core's
// reason and no edit control, and the core refuses an edit. The Markdown minutes
// exported from the app carry the lines a paper minute would.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { plenary, useApp } from './lib/app.mjs';

const out = mkdtempSync(join(tmpdir(), 'plenary-e2e-writeup-ga-out-'));
after(() => rmSync(out, { recursive: true, force: true }));
const MINUTES = join(out, 'ga144.md');

const TEACH_IN = 'Foreclosure defence week';
/** The report-back items the order of business makes for the WGs. */
const SANITATION = 'Report-back: Sanitation';
const CAUCUS = 'Report-back: People of Color Caucus';
const VAN = 'A van for Sanitation';
const TEACH_IN_TEXT = 'The GA endorses a week of foreclosure defence actions in March.';
const AMENDED = 'The GA endorses a week of foreclosure defence actions in March, starting with a teach-in.';
const REASON = 'tabled with the FA to hold a teach-in first';
const COUNTED = '3 blocks (2 without name or reason recorded); vote: 45 for, 3 against — 93.7%';

const pad = (n) => String(n).padStart(2, '0');
const day = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** A stored time as "HH:MM" on this computer's clock. */
const clock = (iso) => {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

describe('a real GA written up in the app, then its minutes approved', () => {
  const session = useApp({
    name: 'writeup-ga',
    demo: false,
    env: { PLENARY_TEST_DIALOG_PATH: MINUTES },
    setup: (db) => {
      plenary(db, 'init', '--name', 'Occupy Example', '--code', 'OEX', '--rule', 'modified:90');
      for (const [wg, category] of [
        ['Sanitation', 'operational'],
        ['Housing', 'sectorial'],
        ['People of Color Caucus', 'caucus'],
      ]) {
        plenary(db, 'wg', 'add', '--name', wg, '--category', category, '--status', 'active');
      }
      plenary(db, 'proposal', 'new', '--title', TEACH_IN, '--wg', 'Housing', '--by', 'Marisol Vega', '--text', TEACH_IN_TEXT);
      plenary(db, 'proposal', 'new', '--title', VAN, '--wg', 'Sanitation', '--by', 'Pete Sandoval', '--text',
        'Sanitation buys a used cargo van for up to $4,000 from the general fund.');
      plenary(db, 'meeting', 'new', '--date', '2012-02-07', '--number', '144', '--place', 'Atrium, 60 Wall St');
    },
  });
  const ctx = {};
  const meeting = (app) => app.cliJson('meeting', 'show', '144');
  const item = (app, title) => meeting(app).agenda.find((i) => i.title === title);
  const row = (app, id) => app.browser.$(`[data-testid="agenda-item"][data-item-id="${id}"]`);
  /** Types `value` into `el` (an element or a test id inside `within`), replacing what it held. */
  async function type(app, el, value, within) {
    const field = typeof el === 'string' ? await app.byTestId(el, within) : await el;
    await field.waitForDisplayed();
    await field.clearValue();
    if (value !== '') await field.setValue(value);
  }
  async function openDetails(app, id) {
    const r = row(app, id);
    const title = await app.byTestId('agenda-title', r);
    if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
    await app.byTestId('item-details', r).waitForDisplayed();
    return r;
  }
  async function goTo(app, hash, testid) {
    await app.browser.execute((h) => {
      location.hash = h;
    }, hash);
    await app.waitForTestId(testid);
  }
  async function openMeeting(app) {
    await goTo(app, `#/meeting/${ctx.meeting}`, 'meeting-view');
    await app.waitForText('meeting-reference', 'OEX-GA-144');
  }
  async function openProcess(app, title) {
    const it = item(app, title);
    await goTo(app, `#/meeting/${ctx.meeting}/item/${it.id}/process`, 'process-panel');
    await app.waitForText('process-heading', title);
    return it;
  }
  /** Clicks the allowed move to `step` (`none`: saying nothing was raised) and waits for it. */
  async function nextStep(app, step, { none = false } = {}) {
    const button = await app.browser.$(`[data-testid="process-next"][data-step="${step}"]`);
    await button.waitForClickable({ timeoutMsg: `no move to ${step} is offered` });
    assert.equal(await button.getAttribute('data-none'), none ? 'true' : null, `the move to ${step} says whether none was raised`);
    await button.click();
    await app.browser.waitUntil(
      async () => (await app.byTestId('process-step-current').getAttribute('data-step')) === step,
      { timeoutMsg: `the current step did not become ${step}` },
    );
  }

  it('prepares GA 144 of 2012 from the order of business, with a report-back on behalf of Occupy Newark', session.step(async (app) => {
    ctx.meeting = meeting(app).meeting.id;
    await app.waitForText('assembly-name', 'Occupy Example');
    await openMeeting(app);
    const prepare = await app.waitForTestId('prepare-agenda');
    for (const box of await app.allByTestId('prepare-proposal', prepare)) {
      if (!(await box.isSelected())) await box.click();
    }
    await app.byTestId('prepare-submit').click();
    await app.waitForText('prepare-done', 'Agenda prepared');

    const form = await app.waitForTestId('add-item-form');
    await app.byTestId('item-kind', form).selectByAttribute('value', 'report-back');
    await type(app, 'item-title', 'Occupy Newark', form);
    await app.byTestId('add-item', form).click();
    await app.browser.waitUntil(async () => item(app, 'Occupy Newark') !== undefined, { timeoutMsg: 'the item was not added' });

    const titles = meeting(app).agenda.map((i) => i.title);
    for (const t of [SANITATION, CAUCUS, TEACH_IN, VAN, 'Occupy Newark']) {
      assert.ok(titles.includes(t), `${t} is on the agenda: ${titles.join(', ')}`);
    }
    assert.ok(meeting(app).agenda.some((i) => i.kind === 'announcement'), 'the order of business has announcements');
  }));

  it('records attendance "about 60" and the roles, the facilitator handing over at 20:10', session.step(async (app) => {
    await type(app, 'attendance-input', 'about 60');
    await app.byTestId('attendance-form').$('button[type="submit"]').click();
    await app.browser.waitUntil(async () => meeting(app).meeting.attendance_label === 'about 60', {
      timeoutMsg: 'the attendance was not recorded as "about 60"',
    });

    const roles = [
      ['facilitator', 'Dana Whitlock', '', '20:10'],
      ['facilitator', 'Evan Moore', '20:10', ''],
      ['stack-keeper', 'Lorenzo Bianchi', '', ''],
      ['minute-taker', 'Priya Raman', '', ''],
      ['livestream', 'Jesse Tran', '', ''],
    ];
    for (const [role, name, from, until] of roles) {
      const form = await app.waitForTestId('role-form');
      await type(app, 'role-select', role, form);
      await type(app, form.$('#role-name'), name);
      await type(app, 'role-from', from, form);
      await type(app, 'role-until', until, form);
      await form.$('button[type="submit"]').click();
      await app.browser.waitUntil(async () => (await app.textsOf('role-holder')).some((t) => t.includes(name)), {
        timeoutMsg: `${name} is not shown in a role`,
      });
    }
    const holders = await app.textsOf('role-holder');
    assert.ok(holders.some((t) => /Dana Whitlock \(until 20:10\)/.test(t)), holders.join('\n'));
    assert.ok(holders.some((t) => /Evan Moore \(from 20:10\)/.test(t)), holders.join('\n'));
    assert.ok(holders.some((t) => /Jesse Tran/.test(t) && /livestream/i.test(t)), holders.join('\n'));
  }));

  it('opens it at 19:05 and records the report-backs: a WG, and an individual for Occupy Newark', session.step(async (app) => {
    await type(app, 'open-at', '19:05');
    await app.byTestId('open-meeting').click();
    await app.browser.waitUntil(async () => (await app.byTestId('meeting-status').getAttribute('data-value')) === 'open', {
      timeoutMsg: 'the meeting did not open',
    });
    assert.equal(clock(meeting(app).meeting.opened_at), '19:05');

    const reportBack = async (title, fields) => {
      const it = item(app, title);
      const r = await openDetails(app, it.id);
      const rb = await app.byTestId('report-back', r);
      if (fields.behalf) await type(app, 'rb-on-behalf-of', fields.behalf, rb);
      await type(app, rb.$(`[id="rb-${it.id}-presenter"]`), fields.presenter);
      await type(app, 'rb-summary', fields.summary, rb);
      if (fields.asks) await type(app, 'rb-asks', fields.asks, rb);
      await app.byTestId('rb-save', rb).click();
      await app.waitForText(app.byTestId('rb-saved', rb), 'Report-back saved.');
    };
    await reportBack(SANITATION, {
      presenter: 'Barbara Kowalski',
      summary: 'Cleaned the atrium twice; 40 bags out.',
      asks: 'Two volunteers for Sunday mornings.',
    });
    await reportBack('Occupy Newark', {
      behalf: 'Occupy Newark',
      presenter: 'Nan Okoye',
      summary: 'Eviction defence every Tuesday; they ask for bodies.',
    });
    await reportBack(CAUCUS, {
      presenter: 'Tomás Reyes',
      summary: 'Caucus meets Sundays at 3pm; new members welcome.',
    });
  }));

  it('hears the teach-in from 19:40: a question answered, an amendment accepted and one rejected, then tabled with its reason', session.step(async (app) => {
    const it = item(app, TEACH_IN);
    const r = await openDetails(app, it.id);
    await type(app, 'item-started-at', '19:40', r);
    await app.byTestId('item-started-at-save', r).click();
    await app.browser.waitUntil(async () => item(app, TEACH_IN).status === 'active', { timeoutMsg: 'the teach-in was not taken up' });

    await openProcess(app, TEACH_IN);
    await nextStep(app, 'present');
    await nextStep(app, 'clarifying-questions');
    await type(app, 'question-input', 'Who runs the teach-in?');
    await type(app, app.browser.$('[data-testid="question-by"] input'), 'Hector Ruiz');
    await app.byTestId('question-add').click();
    await app.waitForText('question-text', 'Who runs the teach-in?');
    await type(app, 'answer-input', "The Housing WG, with the tenants' union.");
    await app.byTestId('answer-save').click();
    await app.waitForText('question-answer-text', "The Housing WG, with the tenants' union.");
    await nextStep(app, 'concerns');

    const offer = async (text, by, answer) => {
      await type(app, 'amendment-text', text);
      await type(app, app.browser.$('[data-testid="amendment-by"] input'), by);
      // Enter in the name field offers it (a click could land on the name suggestions).
      await app.browser.keys('Enter');
      const pending = app.browser.$('[data-testid="amendment"][data-status="pending"]');
      await pending.waitForDisplayed({ timeoutMsg: `the amendment by ${by} is not shown as pending` });
      await app.byTestId(`amendment-${answer}`, pending).click();
      await pending.waitForExist({ reverse: true, timeoutMsg: `the amendment by ${by} was not answered` });
    };
    await offer(AMENDED, 'Kwame Asante', 'accept');
    await app.waitForText('process-version', 'version 2 of 2');
    await offer('The GA endorses a month of actions.', 'Hector Ruiz', 'reject');
    const statuses = [];
    for (const a of await app.allByTestId('amendment')) statuses.push(await a.getAttribute('data-status'));
    assert.deepEqual(statuses, ['accepted', 'rejected']);

    const move = await app.browser.$('[data-testid="move"][data-move="table"]');
    await move.waitForClickable({ timeoutMsg: 'tabling is not offered' });
    await move.click();
    await type(app, 'move-note', REASON);
    await type(app, 'move-by', 'the proposers');
    await app.byTestId('move-confirm').click();
    const outcome = await app.waitForTestId('process-outcome');
    await app.browser.waitUntil(async () => (await outcome.getAttribute('data-value')) === 'tabled', { timeoutMsg: 'not tabled' });
    assert.equal(await app.byTestId('process-outcome-why', outcome).getText(), `By the proposers: ${REASON}`);

    await openMeeting(app);
    const r2 = await openDetails(app, it.id);
    await type(app, 'item-ended-at', '20:05', r2);
    await app.byTestId('item-ended-at-save', r2).click();
    await app.browser.waitUntil(async () => item(app, TEACH_IN).ended_at !== null, { timeoutMsg: 'the teach-in was not finished' });
    const times = item(app, TEACH_IN);
    assert.deepEqual([clock(times.started_at), clock(times.ended_at)], ['19:40', '20:05']);
  }));

  it('passes the van by the vote after a blocked call: 3 blocks, one named, then 45 for, 3 against', session.step(async (app) => {
    await openProcess(app, VAN);
    await nextStep(app, 'present');
    await nextStep(app, 'clarifying-questions');
    // Nothing was raised: the move says so, and the hearing keeps it for the minutes.
    await nextStep(app, 'concerns', { none: true });
    await nextStep(app, 'call-for-consensus', { none: true });
    await nextStep(app, 'vote');
    const call = await app.waitForTestId('decision-call');
    await type(app, 'block-total', '3', call);
    await type(app, app.browser.$('[data-testid="block-name"] input'), 'Gus Farrow');
    await type(app, 'block-reason', 'the general fund is for bail');
    const vote = await app.byTestId('decision-vote');
    await type(app, 'support-count', '45', vote);
    await type(app, 'against-count', '3', vote);
    await app.byTestId('decision-preview-button').click();
    const preview = await app.waitForTestId('decision-preview');
    assert.equal(await preview.getAttribute('data-outcome'), 'passed');
    assert.match(await app.byTestId('preview-counts', preview).getText(), new RegExp(COUNTED.replace(/[().]/g, '\\$&')));
    await app.byTestId('decision-confirm').click();
    const outcome = await app.waitForTestId('process-outcome');
    await app.browser.waitUntil(async () => (await outcome.getAttribute('data-value')) === 'passed', { timeoutMsg: 'not passed' });
    const hearing = app.cliJson('proposal', 'show', VAN_REF(app)).hearings[0];
    assert.deepEqual([hearing.no_questions, hearing.no_concerns], [true, true]);
  }));

  it('records the announcements, one on behalf of another assembly, and closes at 21:15', session.step(async (app) => {
    await openMeeting(app);
    const it = meeting(app).agenda.find((i) => i.kind === 'announcement');
    const r = await openDetails(app, it.id);
    const box = await app.byTestId('announcements', r);
    for (const [by, behalf, text] of [
      ['Jun Park', 'Occupy Newark', 'Bus to the Newark solidarity march leaves at 9am Saturday.'],
      ['Aliyah Brooks', '', 'Library WG needs shelves.'],
    ]) {
      await type(app, box.$(`[id="ann-${it.id}-by"]`), by);
      await type(app, 'ann-behalf', behalf, box);
      await type(app, 'ann-text', text, box);
      await app.byTestId('ann-add', box).click();
      await app.browser.waitUntil(async () => (await app.textsOf('announcement', box)).some((t) => t.includes(text)), {
        timeoutMsg: `the announcement "${text}" is not shown`,
      });
    }
    const said = await app.textsOf('announcement', box);
    assert.match(said[0], /Jun Park, for Occupy Newark: Bus to the Newark/);

    await app.byTestId('close-meeting').click();
    await type(app, 'close-at', '21:15');
    await app.byTestId('confirm-close').click();
    await app.waitForTestId('correction-notice');
    const m = meeting(app);
    assert.equal(m.meeting.status, 'closed');
    assert.equal(clock(m.meeting.closed_at), '21:15');
  }));

  it("corrects the caucus's asks after closing: the correction is listed", session.step(async (app) => {
    const it = item(app, CAUCUS);
    const r = await openDetails(app, it.id);
    const rb = await app.byTestId('report-back', r);
    await type(app, 'rb-asks', 'Bring food for the Sunday meeting.', rb);
    await app.byTestId('rb-save', rb).click();
    await app.waitForText('corrections', 'Bring food for the Sunday meeting.');
  }));

  it('GA 145, planned for today and opened, approves the minutes of GA 144 in the minutes view', session.step(async (app) => {
    await goTo(app, '#/', 'new-meeting-toggle');
    await app.byTestId('new-meeting-toggle').click();
    await app.waitForTestId('new-meeting-form');
    await app.browser.execute((value) => {
      const el = document.getElementById('new-meeting-date');
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, day(new Date()));
    await app.byTestId('new-meeting-form').$('button[type="submit"]').click();
    await app.waitForText('new-meeting-done', 'OEX-GA-145');
    await app.byTestId('new-meeting-done').$('a').click();
    await app.waitForText('meeting-reference', 'OEX-GA-145');
    await app.byTestId('open-meeting').click();
    await app.browser.waitUntil(async () => (await app.byTestId('meeting-status').getAttribute('data-value')) === 'open', {
      timeoutMsg: 'GA 145 did not open',
    });

    await goTo(app, `#/meeting/${ctx.meeting}/minutes`, 'minutes-preview');
    const approve = await app.waitForTestId('approve-minutes');
    await app.browser.waitUntil(
      () => app.browser.execute(() => document.querySelector('[data-testid="approve-at"]')?.textContent?.includes('OEX-GA-145') ?? false),
      { timeoutMsg: 'GA 145 is not offered to approve the minutes' },
    );
    await app.byTestId('approve-submit', approve).click();
    await app.waitForText('approve-result', 'OEX-GA-145');
    assert.equal(meeting(app).minutes_approved, true);
  }));

  it('once approved, the record shows the core\'s reason and no edit control, and the core refuses an edit', session.step(async (app) => {
    await openMeeting(app);
    const notice = await app.waitForTestId('read-only-notice');
    assert.match(await notice.getText(), /approved at GA 145/);
    for (const id of ['correction-notice', 'role-form', 'add-item-form', 'open-meeting', 'close-meeting']) {
      assert.equal(await app.byTestId(id).isExisting(), false, `${id} is gone`);
    }
    assert.equal(await app.byTestId('attendance-input').isEnabled(), false, 'attendance cannot be edited');
    const r = await openDetails(app, item(app, CAUCUS).id);
    assert.equal(await app.byTestId('rb-save', r).isExisting(), false, 'the report-back is read-only');
    assert.equal(await app.byTestId('rb-asks', r).getText(), 'Bring food for the Sunday meeting.');
    assert.equal(await app.byTestId('item-started-at', r).isExisting(), false, 'times cannot be edited');

    await openProcess(app, VAN);
    const readOnly = await app.waitForTestId('process-read-only');
    assert.match(await readOnly.getText(), /approved at GA 145/);
    assert.equal(await app.byTestId('decision-correct-toggle').isExisting(), false);
    assert.equal(await app.byTestId('manual-moves').isExisting(), false);

    // The core itself refuses, with the same reason (the CLI on the same database).
    const before = JSON.stringify(meeting(app));
    assert.throws(() => app.cli('meeting', 'attendance', '144', '70'), /approved at GA 145: its record can no longer be corrected/);
    assert.equal(JSON.stringify(meeting(app)), before, 'nothing changed');
  }));

  it('exports the Markdown minutes with what the paper minutes said', session.step(async (app) => {
    await goTo(app, `#/meeting/${ctx.meeting}/minutes`, 'minutes-preview');
    await app.byTestId('minutes-export-md').click();
    await app.waitForText('minutes-saved-path', `Saved to ${MINUTES}`, { timeout: 20_000 });
    const md = readFileSync(MINUTES, 'utf8');
    for (const line of [
      '**Attendance:** about 60',
      '**Opened:** 19:05',
      '**Closed:** 21:15',
      '- **Facilitators:** Dana Whitlock (until 20:10), Evan Moore (from 20:10)',
      '- **Livestream:** Jesse Tran',
      '**Working group:** Sanitation · **Presented by:** Barbara Kowalski',
      'Two volunteers for Sunday mornings.',
      '**On behalf of:** Occupy Newark · **Presented by:** Nan Okoye',
      '(19:40–20:05)',
      '- Who runs the teach-in? (Hector Ruiz) — answer',
      "The Housing WG, with the tenants' union.",
      'Amendment 1, offered by Kwame Asante — accepted by the proposer (version 2):',
      'Amendment 2, offered by Hector Ruiz — not accepted by the proposer:',
      `**Outcome: TABLED** — by the proposers: ${REASON}`,
      'No clarifying questions were asked.',
      'No concerns were raised.',
      'No friendly amendments were offered.',
      `**Decision** under modified:90: ${COUNTED}`,
      '- Block: Gus Farrow — the general fund is for bail',
      '- **Jun Park, for Occupy Newark:** Bus to the Newark solidarity march leaves at 9am Saturday.',
      '- **Aliyah Brooks:** Library WG needs shelves.',
      '## Corrected after the meeting',
      'Bring food for the Sunday meeting.',
      '**Minutes:** approved at OEX-GA-145',
    ]) {
      assert.ok(md.includes(line), `the minutes lack ${JSON.stringify(line)}:\n${md}`);
    }
  }));

  /** The van's reference (OEX-P-2026-002, the year of typing: proposals were entered today). */
  function VAN_REF(app) {
    return app.cliJson('proposal', 'list').find((p) => p.title === VAN).reference;
  }
});

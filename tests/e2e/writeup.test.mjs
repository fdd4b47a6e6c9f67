// Writing up a GA the day after, then correcting it, through the real window (issue 12,
// ga-process.md "Real GAs, as minutes record them").
//
// Before the app starts, the CLI makes the assembly (WUA, modified:90) and a submitted
// proposal. In the window: GA 1 is planned for yesterday in the dashboard's meeting form;
// its agenda prepared; it is opened "at 19:05", the proposal taken up "at 19:40" (typed
// times — never the clock of the moment of typing, the GA was held yesterday); the
// decision recorded with counts (45 for, 7 against, 1 block: failed, 86.5% below 90%);
// the item finished "at 20:05", the GA closed "at 21:00". Then, closed, it is corrected:
// the item's start (19:45), the attendance, and the decision (47 for, 5 against: passed)
// — the meeting view lists each correction beside what it corrected, and the Markdown
// minutes exported from the app list them under "Corrected after the meeting".
// (Approved minutes refusing every edit, with the reason shown, are checked in the core's
// tests/writeup.rs and the meeting view's and process panel's UI tests.)
//
// Times are read back with `plenary ... --json` and compared in local time (the core
// stores UTC; the app and the CLI run on the same clock and zone).

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { plenary, useApp } from './lib/app.mjs';

const out = mkdtempSync(join(tmpdir(), 'plenary-e2e-writeup-out-'));
after(() => rmSync(out, { recursive: true, force: true }));
const MINUTES = join(out, 'ga1.md');

const pad = (n) => String(n).padStart(2, '0');
const day = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const YESTERDAY = day(new Date(Date.now() - 24 * 3600_000));
/** A stored time as "HH:MM" on this computer's clock. */
const clock = (iso) => {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

describe('a GA written up the next day, then corrected', () => {
  const session = useApp({
    name: 'writeup',
    demo: false,
    env: { PLENARY_TEST_DIALOG_PATH: MINUTES },
    setup: (db) => {
      plenary(db, 'init', '--name', 'Write-up Assembly', '--code', 'WUA', '--rule', 'modified:90');
      plenary(db, 'proposal', 'new', '--title', 'Buy a stove', '--text', 'Spend 350 on a stove.', '--by', 'Jo Park');
    },
  });
  const ctx = {};
  const row = (app, id) => app.browser.$(`[data-testid="agenda-item"][data-item-id="${id}"]`);
  const meeting = (app) => app.cliJson('meeting', 'show', '1');
  /** Types `value` into the field with test id `id` (inside `within`), replacing it. */
  async function type(app, id, value, within) {
    const el = await app.byTestId(id, within);
    await el.waitForDisplayed();
    await el.clearValue();
    await el.setValue(value);
  }
  async function openDetails(app, id) {
    const r = row(app, id);
    const title = await app.byTestId('agenda-title', r);
    if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
    return r;
  }

  it('plans GA 1 for yesterday in the meeting form and prepares its agenda', session.step(async (app) => {
    await app.waitForText('assembly-name', 'Write-up Assembly');
    await app.byTestId('new-meeting-toggle').click();
    await app.waitForTestId('new-meeting-form');
    // A date field: set as a person's date picker would (the value, then input).
    await app.browser.execute((value) => {
      const el = document.getElementById('new-meeting-date');
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, YESTERDAY);
    await app.byTestId('new-meeting-form').$('button[type="submit"]').click();
    await app.waitForText('new-meeting-done', 'WUA-GA-1');
    assert.equal(meeting(app).meeting.date, YESTERDAY);
    await app.byTestId('new-meeting-done').$('a').click();
    await app.waitForText('meeting-reference', 'WUA-GA-1');

    const prepare = await app.waitForTestId('prepare-agenda');
    const box = await app.byTestId('prepare-proposal', prepare);
    if (!(await box.isSelected())) await box.click();
    await app.byTestId('prepare-submit').click();
    await app.waitForText('prepare-done', 'Agenda prepared');
    ctx.item = meeting(app).agenda.find((i) => i.kind === 'proposal');
    assert.ok(ctx.item, 'the proposal is on the agenda');
  }));

  it('opens it at 19:05 and takes up the proposal at 19:40, as typed', session.step(async (app) => {
    await type(app, 'open-at', '19:05');
    await app.byTestId('open-meeting').click();
    await app.browser.waitUntil(async () => (await app.byTestId('meeting-status').getAttribute('data-value')) === 'open', {
      timeoutMsg: 'the meeting did not open',
    });
    assert.equal(clock(meeting(app).meeting.opened_at), '19:05');

    const r = await openDetails(app, ctx.item.id);
    await type(app, 'item-started-at', '19:40', r);
    await app.byTestId('item-started-at-save', r).click();
    await app.browser.waitUntil(async () => (await row(app, ctx.item.id).getAttribute('data-status')) === 'active', {
      timeoutMsg: 'the proposal was not taken up',
    });
    const item = meeting(app).agenda.find((i) => i.id === ctx.item.id);
    assert.equal(clock(item.started_at), '19:40');
  }));

  it('records the decision with counts: 45 for, 7 against, 1 block — failed', session.step(async (app) => {
    await app.byTestId('item-process-link', row(app, ctx.item.id)).click();
    await app.waitForTestId('process-panel');
    // Past the steps nothing was recorded for, to the call for consensus.
    await app.browser.waitUntil(
      async () => {
        if (await app.byTestId('decision-form').isExisting()) return true;
        const call = app.browser.$('[data-testid="process-next"][data-step="call-for-consensus"]');
        const next = (await call.isExisting()) ? call : app.byTestId('process-next');
        if ((await next.isExisting()) && (await next.isEnabled())) await next.click();
        return false;
      },
      { timeout: 15_000, interval: 300, timeoutMsg: 'the call for consensus was not reached' },
    );
    const form = await app.waitForTestId('decision-form');
    await type(app, 'block-total', '1', form);
    await type(app, 'support-count', '45', form);
    await type(app, 'against-count', '7', form);
    await app.byTestId('decision-preview-button', form).click();
    await app.waitForText('preview-outcome', 'Failed');
    await app.byTestId('decision-confirm').click();
    await app.browser.waitUntil(async () => (await app.byTestId('process-outcome').getAttribute('data-value')) === 'failed', {
      timeoutMsg: 'the decision was not recorded',
    });
    const [p] = app.cliJson('proposal', 'list');
    const [d] = app.cliJson('proposal', 'show', p.reference).decisions;
    assert.equal(d.outcome, 'failed');
    assert.deepEqual([d.support, d.against, d.blocks], [45, 7, 1]);
  }));

  it('finishes the item at 20:05 and closes the GA at 21:00, as typed', session.step(async (app) => {
    await app.byTestId('process-meeting-link').click();
    await app.waitForText('meeting-reference', 'WUA-GA-1');
    const r = await openDetails(app, ctx.item.id);
    await type(app, 'item-ended-at', '20:05', r);
    await app.byTestId('item-ended-at-save', r).click();
    await app.browser.waitUntil(async () => (await row(app, ctx.item.id).getAttribute('data-status')) === 'done', {
      timeoutMsg: 'the proposal item was not finished',
    });
    await app.byTestId('close-meeting').click();
    await type(app, 'close-at', '21:00');
    await app.byTestId('confirm-close').click();
    const notice = await app.waitForTestId('correction-notice');
    assert.match(await notice.getText(), /kept as corrections/);
    const m = meeting(app);
    assert.equal(m.meeting.status, 'closed');
    assert.equal(clock(m.meeting.closed_at), '21:00');
    assert.equal(clock(m.agenda.find((i) => i.id === ctx.item.id).ended_at), '20:05');
    assert.deepEqual(m.corrections, [], 'nothing entered before closing is a correction');
  }));

  it('corrects the item, the attendance and the decision; each correction is listed', session.step(async (app) => {
    const r = await openDetails(app, ctx.item.id);
    await type(app, 'item-started-at', '19:45', r);
    await app.byTestId('item-started-at-save', r).click();
    // Beside the item it corrected.
    await app.waitForText(await app.byTestId('item-corrections', row(app, ctx.item.id)), 'started: 19:40 → 19:45');

    await type(app, 'attendance-input', '50-60');
    await app.byTestId('attendance-form').$('button[type="submit"]').click();
    await app.waitForText('corrections', 'attendance: (none) → 50–60');

    await app.byTestId('item-process-link', row(app, ctx.item.id)).click();
    await app.waitForTestId('process-correcting');
    await app.byTestId('decision-correct-toggle').click();
    const form = await app.waitForTestId('decision-form');
    assert.equal(await form.getAttribute('data-correcting'), 'true');
    assert.equal(await app.byTestId('support-count', form).getValue(), '45', 'the form holds what was recorded');
    await type(app, 'support-count', '47', form);
    await type(app, 'against-count', '5', form);
    await app.byTestId('decision-preview-button', form).click();
    await app.waitForText('preview-outcome', 'Passed');
    await app.byTestId('decision-confirm').click();
    await app.browser.waitUntil(async () => (await app.byTestId('process-outcome').getAttribute('data-value')) === 'passed', {
      timeoutMsg: 'the decision was not corrected',
    });

    await app.byTestId('process-meeting-link').click();
    await app.waitForTestId('corrections');
    const lines = await app.textsOf('correction');
    assert.equal(lines.length, 3, lines.join('\n'));
    assert.match(lines[0], /item 1\.\d: started: 19:40 → 19:45/);
    assert.match(lines[1], /attendance: \(none\) → 50–60/);
    assert.match(lines[2], /decision: failed \(1 block \(names and reasons not recorded\); vote: 45 for, 7 against — 86\.5%, below 90%\) → passed \(1 block/);
    const m = meeting(app);
    assert.equal(m.corrections.length, 3);
    assert.equal(m.corrections[2].item_id, ctx.item.id);
  }));

  it('exports the Markdown minutes, which list the corrections', session.step(async (app) => {
    await app.byTestId('minutes-link').click();
    await app.waitForTestId('minutes-preview');
    await app.byTestId('minutes-export-md').click();
    await app.waitForText('minutes-saved-path', `Saved to ${MINUTES}`, { timeout: 20_000 });
    const text = readFileSync(MINUTES, 'utf8');
    assert.match(text, /^## Corrected after the meeting$/m);
    assert.match(text, /started: 19:40 → 19:45/);
    assert.match(text, /attendance: \(none\) → 50–60/);
    assert.match(text, /decision: failed .* → passed/);
    assert.match(text, /vote: 47 for, 5 against/, 'the decision as corrected');
    assert.match(text, /19:05/, 'the opening time typed');
  }));

  it('says the corrections in the language chosen: the meeting view and the minutes (issue 15)', session.step(async (app) => {
    await (await app.waitForTestId('settings-open')).click();
    await (await app.waitForTestId('language-select')).selectByAttribute('value', 'es');
    await app.browser.waitUntil(async () => (await app.browser.execute(() => document.documentElement.lang)) === 'es', {
      timeoutMsg: 'the app did not switch to Spanish',
    });
    await app.byTestId('settings-close').click();
    try {
      // The minutes' preview, asked again in Spanish.
      await app.waitForText('minutes-preview', 'Corregido después de la asamblea');
      const preview = await app.byTestId('minutes-preview').getText();
      assert.match(preview, /punto 1\.\d: inicio: 19:40 → 19:45/);
      assert.match(preview, /asistencia: \(nada\) → 50–60/);
      assert.match(preview, /punto 1\.\d: decisión: rechazada \(1 bloqueo .*\) → aprobada/);
      assert.doesNotMatch(preview, /item 1\.|started|attendance|decision:/);
      // The meeting view's list.
      await app.browser.back();
      await app.waitForText('corrections', 'asistencia');
      const lines = await app.textsOf('correction');
      assert.equal(lines.length, 3, lines.join('\n'));
      assert.match(lines[0], /punto 1\.\d: inicio: 19:40 → 19:45/);
      assert.doesNotMatch(lines.join('\n'), /\((facilitator|minute-taker)\)/, 'who corrected, in Spanish');
      assert.match(lines[1], /asistencia: \(nada\) → 50–60/);
      assert.match(lines[2], /decisión: rechazada/);
    } finally {
      await (await app.waitForTestId('settings-open')).click();
      await (await app.waitForTestId('language-select')).selectByAttribute('value', '');
      await app.byTestId('settings-close').click();
    }
  }));
});

// The minutes in the real window, exported to real files (issue 5). The save dialog is
// native and cannot be driven, so the app runs with PLENARY_TEST_DIALOG_PATH in its
// environment (src-tauri/src/dialog.rs): every export is written there. That path is
// fixed for the app process, so each export that the test reads runs in its own session:
//
//   1. RIV-GA-2 (closed; its proposals were decided, one of them blocked) exported as
//      Markdown: the GA header, a report-back, the outcome and the block reason are in
//      the file, and it says the same as `plenary minutes 2`.
//   2. An action item added in the meeting view of RIV-GA-4 (opened before the app
//      starts) reaches the database; RIV-GA-4 approves the minutes of RIV-GA-2 from the
//      minutes page; RIV-GA-2 exported as HTML with "Redact names" and the speakers' log:
//      no person's name is in the file.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { plenary, useApp } from './lib/app.mjs';

const out = mkdtempSync(join(tmpdir(), 'plenary-e2e-minutes-out-'));
after(() => rmSync(out, { recursive: true, force: true }));

/** Goes from the dashboard to the meeting view of GA `number` (by its row's link). */
async function openMeeting(app, number) {
  const { meeting } = app.cliJson('meeting', 'show', String(number));
  await app.browser.execute(() => { window.location.hash = '#/'; });
  const row = await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${meeting.id}"]`);
  await row.waitForDisplayed({ timeout: 10_000, timeoutMsg: `no meeting row for ${meeting.reference}` });
  await app.byTestId('meeting-link', row).click();
  const view = await app.waitForTestId('meeting-view');
  await app.browser.waitUntil(async () => (await view.getAttribute('data-meeting-id')) === meeting.id, {
    timeout: 10_000,
    timeoutMsg: `the meeting view of ${meeting.reference} did not open`,
  });
  await app.waitForText('meeting-reference', meeting.reference);
  return meeting;
}

/** Meeting view → its minutes page; waits for the preview. */
async function openMinutes(app, number) {
  const meeting = await openMeeting(app, number);
  await app.byTestId('minutes-link').click();
  await app.waitForTestId('minutes-preview');
  await app.waitForText('minutes-title', `GA ${number}`);
  return meeting;
}

/** Clicks an export button and waits until the page says the file was saved there. */
async function exportTo(app, format, path) {
  await app.byTestId(`minutes-export-${format}`).click();
  await app.waitForText('minutes-saved-path', `Saved to ${path}`, { timeout: 20_000 });
  return readFileSync(path, 'utf8');
}

/**
 * Types text with the keyboard into the focused field. WebKitWebDriver drops every space
 * after the first one of a single key sequence, so each word goes in its own sequence.
 */
async function typeText(app, text) {
  for (const [i, word] of text.split(' ').entries()) await app.browser.keys([...(i === 0 ? word : ` ${word}`)]);
}

/** The text of an HTML file with its character references decoded (so no name hides as &#…;). */
function decodeHtml(html) {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&(lt|gt|quot|apos|nbsp|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', amp: '&' })[e]);
}

describe('minutes exported as Markdown from the window', () => {
  const md = join(out, 'ga2.md');
  const session = useApp({ name: 'minutes-md', env: { PLENARY_TEST_DIALOG_PATH: md } });

  it('shows the minutes of RIV-GA-2 with its proposals, decisions and status', session.step(async (app) => {
    await openMinutes(app, 2);
    const status = await app.byTestId('minutes-status');
    assert.equal(await status.getAttribute('data-status'), 'draft');

    // The blocked proposal: its outcome and the reasons of both blocks are on the page.
    const outcomes = [];
    for (const el of await app.allByTestId('minutes-outcome')) outcomes.push(await el.getAttribute('data-outcome'));
    assert.ok(outcomes.includes('blocked'), `outcomes: ${outcomes}`);
    const blocks = await app.textsOf('minutes-block');
    assert.ok(blocks.some((b) => b.includes('Sponsorship by a bank contradicts the purpose of this assembly.')), blocks.join('\n'));
  }));

  it('exports Markdown to the file the dialog would have chosen', session.step(async (app) => {
    const text = await exportTo(app, 'md', md);
    assert.equal(await app.allByTestId('minutes-saved-file').length, 1);

    assert.match(text, /^# Riverside General Assembly — GA 2 \(RIV-GA-2\)$/m, 'the GA header');
    assert.match(text, /\*\*Minutes:\*\* draft/);
    // A report-back: the WG, who presented it and its summary.
    assert.match(text, /\*\*Working group:\*\* Facilitation · \*\*Presented by:\*\* Amara Okafor/);
    assert.ok(text.includes('Trained six new facilitators. Hand signals poster reprinted.'), 'the report-back summary');
    // The proposal heard at 2.6, its outcome and the reasons of its blocks.
    assert.ok(text.includes('### Proposal RIV-P-2026-004: Accept a bank'), 'the proposal');
    assert.match(text, /\*\*Outcome: BLOCKED\*\*/);
    assert.ok(text.includes('- Block: Elena Petrova — Sponsorship by a bank contradicts the purpose of this assembly.'));
    assert.ok(text.includes('- Block: Dev Patel — Our neighbours were evicted by this bank; we cannot carry its name.'));
    // The speakers' log was not asked for.
    assert.ok(!text.includes('**Speakers:**'));
    // The window's export says exactly what the CLI says about the same record.
    assert.equal(text.trim(), app.cli('minutes', '2'));
  }));
});

describe('action items, approval, and redacted minutes exported as HTML', () => {
  const html = join(out, 'ga2.html');
  const session = useApp({
    name: 'minutes-html',
    env: { PLENARY_TEST_DIALOG_PATH: html },
    // A later GA in session, to approve the minutes of RIV-GA-2.
    setup: (db) => plenary(db, 'meeting', 'open', '4'),
  });

  it('adds an action item to an item of the open GA from the keyboard', session.step(async (app) => {
    await openMeeting(app, 4);
    const { agenda } = app.cliJson('meeting', 'show', '4');
    const kitchen = agenda.find((i) => i.title === 'Report-back: Kitchen');
    const row = await app.browser.$(`[data-testid="agenda-item"][data-item-id="${kitchen.id}"]`);
    await app.byTestId('agenda-title', row).click();
    const field = await app.byTestId('action-input-text', row);
    await field.waitForDisplayed({ timeout: 10_000 });
    await field.click();
    // Text, Tab to "Who" (a name the assembly knows), Enter adds (no suggestion is
    // highlighted, so Enter submits the form).
    await typeText(app, 'Find two people for the morning shift');
    await app.browser.keys(['Tab']);
    await typeText(app, 'Rosa Lima');
    await app.browser.keys(['Enter']);
    await app.waitForText(await app.byTestId('action-item', row), 'Find two people for the morning shift');
    assert.match(await app.byTestId('action-who', row).getText(), /Rosa Lima/);

    const minutes = app.cli('minutes', '4');
    assert.ok(minutes.includes('- Find two people for the morning shift (Rosa Lima)'), minutes);
  }));

  it('RIV-GA-4 approves the minutes of RIV-GA-2', session.step(async (app) => {
    await openMinutes(app, 2);
    const form = await app.waitForTestId('approve-minutes');
    const select = await app.byTestId('approve-at', form);
    assert.match(await select.getText(), /RIV-GA-4/);
    await app.byTestId('approve-submit', form).click();
    await app.waitForText('approve-result', 'approved at RIV-GA-4');
    await app.waitForText('minutes-status', 'Approved at RIV-GA-4');
    assert.equal(await app.byTestId('minutes-status').getAttribute('data-status'), 'approved');
    assert.match(app.cli('minutes', '2'), /\*\*Minutes:\*\* approved at RIV-GA-4/);
  }));

  it('exports redacted HTML with the speakers\' log, and no person is named in it', session.step(async (app) => {
    await app.byTestId('redact-names').click();
    await app.waitForTestId('minutes-redacted');
    await app.byTestId('include-speakers').click();
    await app.waitForTestId('minutes-speakers');
    const raw = await exportTo(app, 'html', html);
    const text = decodeHtml(raw);

    assert.match(text, /<html/i);
    assert.ok(text.includes('Riverside General Assembly'), 'the assembly');
    assert.ok(text.includes('RIV-GA-2'), 'the GA');
    assert.ok(text.includes('RIV-GA-4'), 'approved at RIV-GA-4');
    assert.ok(text.includes('Participant 1'), 'people became participants');
    assert.ok(text.includes('Sponsorship by a bank contradicts the purpose of this assembly.'), 'the block reason stays');

    // Everyone named in the unredacted record of RIV-GA-2: the people in its roles (the
    // CLI's JSON), and the presenters, proposers, stances and speakers of its minutes.
    const names = new Set(app.cliJson('meeting', 'show', '2').roles.map((r) => r.name));
    assert.ok(names.size >= 5, `roles: ${[...names]}`);
    const plain = app.cli('minutes', '2', '--speakers');
    for (const re of [
      /\*\*Presented by:\*\* (.+)$/gm,
      /^Proposed by (.+?)(?: · |$)/gm,
      /^- (?:Block|Stand-aside): (.+?) — /gm,
      /^\d+\. (.+?) — /gm,
    ]) {
      for (const m of plain.matchAll(re)) names.add(m[1].trim());
    }
    assert.ok(names.size >= 20, `names found: ${[...names]}`);
    const named = [...names].filter((n) => text.includes(n));
    assert.deepEqual(named, [], `names in the redacted HTML: ${named.join(', ')}`);
  }));
});

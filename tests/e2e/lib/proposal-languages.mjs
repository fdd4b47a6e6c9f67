// A GA's key steps in Spanish and in Arabic (issue 15), in the real window: on the demo
// assembly (default rule modified:90), RIV-GA-4 is opened and its proposal item taken up
// (CLI); the language is chosen in Settings; the facilitator's process panel walks the
// hearing (present, clarifying questions, concerns, the call for consensus) and records a
// decision with counts — 2 blocks only counted, then the vote 20 for, 2 against —; the
// preview and the recorded outcome say it in the language, the sentences as the minutes
// say them (minutes.ftl), from the core's numbers; the proposal's page and the minutes'
// preview are in the language too; no English label of these screens is left; axe finds
// nothing; Arabic lays the window out right to left.
//
// The arithmetic (ga-process.md, "Decision rules"): blocks 2 (unnamed), vote 20 for, 2
// against → a vote was held; ratio 20/22 = 90.9% ≥ 90% → passed; participants 22.
//
// Each language is a file of its own (proposal-languages.test.mjs: Spanish,
// proposal-languages-ar.test.mjs: Arabic — each within the suite's per-file time limit),
// a session with its own XDG_DATA_HOME (the language is kept in the webview's storage
// there), so no other end-to-end file starts in another language.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { axe, describeViolations } from './a11y.mjs';
import { plenary, useApp } from './app.mjs';

/** The demo's proposal item of RIV-GA-4 "Winter tents fund" (no amendment waiting), taken up before the app starts. */
const ITEM = 'RIV-GA-4.6';

/** English words of the converted screens; none may be left in another language. */
const ENGLISH = [
  'Preview the outcome',
  'Confirm and record',
  'Back to the form',
  'The call for consensus',
  'Stand-asides in total',
  'Blocks in total',
  'Name a stand-aside',
  'Name a block',
  'Clarifying questions',
  'Friendly amendments',
  'Temperature checks',
  'Other outcomes',
  'Record question',
  'Record concern',
  'Next:',
  'Outcome',
  'participants',
  'Entered by',
  'Flag as disputed',
  'Status history',
  'Versions',
  'Hearings',
  'Redact names',
  'Include speakers',
  'Print…',
  'Attendance',
  'Decision',
  'Counted:',
  'Text as submitted',
];

/** Text without the bidi isolation marks Fluent puts around placeables in Arabic. */
const plain = (s) => s.replace(/[\u2066-\u2069]/g, '');

const html = (app) =>
  app.browser.execute(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

async function axeClean(app, where) {
  const violations = await axe(app);
  assert.equal(violations.length, 0, `axe ${where}:\n${describeViolations(violations)}`);
}

/** The visible words of `testid` and its aria-labels: none of ENGLISH. */
async function noEnglish(app, testid) {
  const words = await app.browser.execute((id) => {
    const root = document.querySelector(`[data-testid="${id}"]`);
    if (!root) return null;
    const labels = Array.from(root.querySelectorAll('[aria-label]')).map((e) => e.getAttribute('aria-label'));
    return [root.innerText, ...labels].join('\n');
  }, testid);
  assert.ok(words !== null, `no [data-testid="${testid}"]`);
  for (const w of ENGLISH) assert.ok(!words.includes(w), `"${w}" is left in English on ${testid}:\n${words}`);
}

async function chooseLanguage(app, code) {
  await (await app.waitForTestId('settings-open')).click();
  await (await app.waitForTestId('language-select')).selectByAttribute('value', code);
  await app.browser.waitUntil(async () => (await html(app)).lang === code, {
    timeout: 5000,
    timeoutMsg: `<html lang> did not become ${code}`,
  });
  await app.byTestId('settings-close').click();
}

async function nextStep(app, step) {
  const button = await app.browser.$(`[data-testid="process-next"][data-step="${step}"]`);
  await button.waitForClickable({ timeoutMsg: `no move to ${step} is offered` });
  await button.click();
  await app.browser.waitUntil(
    async () => (await app.byTestId('process-step-current').getAttribute('data-step')) === step,
    { timeoutMsg: `the current step did not become ${step}` },
  );
}

const go = (app, hash) => app.browser.execute((h) => (window.location.hash = h), hash);

/**
 * One language's walk. `words` are what that language says: the step, the buttons, the
 * outcome, the preview's and the record's sentences, the minutes' headings.
 */
export function walk(lang, words) {
  const dataHome = mkdtempSync(join(tmpdir(), `plenary-e2e-proposal-${lang}-`));
  after(() => rmSync(dataHome, { recursive: true, force: true }));
  const session = useApp({
    name: `proposal-${lang}`,
    env: { XDG_DATA_HOME: dataHome, LANG: 'en_US.UTF-8', LANGUAGE: 'en' },
    setup: (db) => {
      plenary(db, 'meeting', 'open', '4');
      plenary(db, 'agenda', 'start', ITEM);
    },
  });
  const ctx = {};

  it(`chooses ${lang} and opens the process panel of the proposal under way`, session.step(async (app) => {
    await app.waitForText('assembly-name', 'Riverside General Assembly');
    const meeting = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4');
    const item = app.cliJson('agenda', 'list', '--meeting', 'RIV-GA-4').find((i) => i.reference === ITEM);
    assert.equal(item.status, 'active');
    assert.equal(item.kind, 'proposal');
    const proposal = app.cliJson('proposal', 'list').find((p) => p.id === item.proposal_id);
    Object.assign(ctx, { meeting, item, proposal });
    await chooseLanguage(app, lang);
    assert.equal((await html(app)).dir, lang === 'ar' ? 'rtl' : 'ltr');

    await go(app, `#/meeting/${meeting.id}/item/${item.id}/process`);
    await app.waitForText('process-heading', ctx.proposal.title);
    const current = await app.waitForTestId('process-step-current');
    assert.equal(await current.getAttribute('data-step'), 'not-started');
    assert.equal(await current.getText(), words.notStarted);
  }));

  it('walks the hearing to the call for consensus', session.step(async (app) => {
    await nextStep(app, 'present');
    await nextStep(app, 'clarifying-questions');
    await app.byTestId('question-input').setValue('¿Cuándo? — متى؟');
    await app.browser.keys('Enter');
    await app.waitForText('question-text', '¿Cuándo? — متى؟');
    await nextStep(app, 'concerns');
    await nextStep(app, 'call-for-consensus');
    await app.waitForText('process-step-current', words.call);
    await noEnglish(app, 'process-panel');
  }));

  it('records a decision with counts; the outcome and its sentences are in the language', session.step(async (app) => {
    await app.waitForTestId('against-count');
    await app.byTestId('block-total').setValue('2');
    await app.byTestId('support-count').setValue('20');
    await app.byTestId('against-count').setValue('2');
    const button = await app.byTestId('decision-preview-button');
    assert.equal(await button.getText(), words.preview);
    await button.click();

    const preview = await app.waitForTestId('decision-preview');
    assert.equal(await preview.getAttribute('data-outcome'), 'passed');
    assert.equal(await app.byTestId('preview-outcome', preview).getText(), words.passed);
    assert.equal(plain(await app.byTestId('preview-explanation', preview).getText()), words.explanation);
    assert.equal(plain(await app.byTestId('preview-counts', preview).getText()), words.counts);
    await noEnglish(app, 'decision-dialog');
    await axeClean(app, `on the decision preview in ${lang}`);

    await app.byTestId('decision-confirm').click();
    const outcome = await app.waitForTestId('process-outcome');
    assert.equal(await outcome.getAttribute('data-value'), 'passed');
    assert.equal(await app.byTestId('decision-outcome', outcome).getText(), words.passed);
    // The recorded decision's sentence: said in the UI from the core's reason and numbers.
    assert.equal(plain(await app.byTestId('decision-explanation', outcome).getText()), words.explanation);
    // The live region is visually hidden: its text content, not its rendered text.
    await app.browser.waitUntil(
      async () => (await app.byTestId('process-announce').getProperty('textContent')).includes(words.passed),
      { timeoutMsg: 'the outcome was not announced in the language' },
    );
    const d = app.cliJson('proposal', 'show', ctx.proposal.reference).decisions[0];
    assert.deepEqual([d.outcome, d.support, d.against, d.blocks, d.participants], ['passed', 20, 2, 2, 22]);
    await noEnglish(app, 'process-panel');
    await axeClean(app, `on the recorded outcome in ${lang}`);
  }));

  it("the proposal's page is in the language", session.step(async (app) => {
    await app.byTestId('process-proposal-link').click();
    await app.waitForText('proposal-heading', ctx.proposal.title);
    await app.waitForText('hearing-outcome', words.passed);
    assert.equal(await app.browser.$('#history-heading').getText(), words.history);
    await noEnglish(app, 'proposal-view');
  }));

  it("the minutes' preview shows translated headings and the core's sentences in the language", session.step(async (app) => {
    await go(app, `#/meeting/${ctx.meeting.id}/minutes`);
    const doc = await app.waitForTestId('minutes-preview');
    const facts = await app.byTestId('minutes-facts', doc).getText();
    assert.ok(facts.includes(words.date), `the facts say ${words.date}: ${facts}`);
    const decision = await app.waitForTestId('minutes-decision');
    assert.ok((await decision.getText()).includes(words.minutesDecision), await decision.getText());
    assert.equal(plain(await app.byTestId('minutes-counted', decision).getText()), `${words.counted} ${words.countedSentence}`);
    await noEnglish(app, 'minutes-view');
    await axeClean(app, `on the minutes in ${lang}`);
    if (lang === 'ar') assert.deepEqual(await html(app), { lang: 'ar', dir: 'rtl' });
  }));
}

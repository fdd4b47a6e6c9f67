// The consensus process in the real window: on the demo assembly (default rule
// modified:90), the upcoming GA RIV-GA-4 is opened (CLI) and its "Winter tents fund"
// item taken up in the meeting view; the facilitator's process panel walks the proposal
// through a clarifying question, a friendly amendment accepted by its one key (A), and a
// call for consensus with one named stand-aside and one block — first without a reason
// (the core's refusal is shown), then with one — followed by the vote. The outcome is
// previewed, confirmed, and what the database holds is read back with
// `plenary proposal show --json`.
//
// The spec's arithmetic for the counts entered (ga-process.md, "Decision rules"): the
// call has 1 stand-aside and 1 block; the vote is 20 for, 1 against (the blocker, as
// they voted) → a vote was held, participants = 20 + 1 + 1 = 22 (the block is not
// counted twice; no quorum or limit set); ratio = 20 / (20 + 1) ≈ 95.2%; modified:90
// with a block is not consensus, and 20/21 ≥ 90/100 → **passed**.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plenary, useApp } from './lib/app.mjs';

const TITLE = 'Winter tents fund';
const PROPOSER_TEXT_FROM = 'set aside 800';
const PROPOSER_TEXT_TO = 'set aside 900';
const OFFERED_BY = 'Dev Patel';
const STAND_ASIDE = 'Ben Carter';
const STAND_ASIDE_REASON = 'Food comes first this month';
const BLOCK = 'Rosa Lima';
const BLOCK_REASON = 'The supplier uses child labour';

describe('proposal process', () => {
  // RIV-GA-4 is opened from the CLI before the app starts (there is no "open" step to
  // test here); its proposal item is taken up in the window.
  const session = useApp({ name: 'proposal', setup: (db) => plenary(db, 'meeting', 'open', '4') });
  /** Facts read from the database with the CLI, once the session is up. */
  const ctx = {};

  it('takes up the proposal item of the open RIV-GA-4 in the meeting view', session.step(async (app) => {
    const meeting = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4');
    assert.equal(meeting.status, 'open');
    const item = app.cliJson('agenda', 'list', '--meeting', 'RIV-GA-4').find((i) => i.title === TITLE);
    assert.equal(item.kind, 'proposal');
    const proposal = app.cliJson('proposal', 'list').find((p) => p.title === TITLE);
    assert.equal(proposal.status, 'on-agenda');
    assert.equal(proposal.id, item.proposal_id);
    Object.assign(ctx, { meeting, item, proposal });

    // Dashboard → the meeting → "Take up" on the proposal item.
    await app.waitForTestId('meeting-row');
    const row = await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${meeting.id}"]`);
    await row.waitForDisplayed();
    await app.byTestId('meeting-link', row).click();
    const itemRow = await app.browser.$(`[data-testid="agenda-item"][data-item-id="${item.id}"]`);
    await itemRow.waitForDisplayed();
    await app.byTestId('item-start', itemRow).click();
    await app.browser.waitUntil(async () => (await itemRow.getAttribute('data-status')) === 'active', {
      timeoutMsg: 'the proposal item was not taken up',
    });
    assert.equal(app.cliJson('agenda', 'list', '--meeting', 'RIV-GA-4').find((i) => i.id === item.id).status, 'active');

    // Its "Consensus process" link opens the facilitator's panel.
    await app.byTestId('item-process-link', itemRow).click();
    const panel = await app.waitForTestId('process-panel');
    assert.equal(await panel.getAttribute('data-item-id'), item.id);
    await app.waitForText('process-heading', TITLE);
    const current = await app.waitForTestId('process-step-current');
    assert.equal(await current.getAttribute('data-step'), 'not-started');
    assert.match(await app.byTestId('process-rule').getText(), /modified:90/);
  }));

  it('moves through the steps the core offers and records a clarifying question', session.step(async (app) => {
    await nextStep(app, 'present');
    await nextStep(app, 'clarifying-questions');
    // The focus went to the question field.
    await app.browser.waitUntil(
      () => app.browser.execute(() => document.activeElement?.getAttribute('data-testid') === 'question-input'),
      { timeoutMsg: 'the question field did not get the focus' },
    );
    // setValue, not keys(): WebKitWebDriver drops some repeated keys within one action.
    await app.byTestId('question-input').setValue('Which supplier, and when?');
    await app.browser.keys('Enter');
    await app.waitForText('question-text', 'Which supplier, and when?');
    await nextStep(app, 'concerns');
  }));

  it('takes a friendly amendment, accepted by the proposer with the A key', session.step(async (app) => {
    const text = await app.waitForTestId('amendment-text');
    const current = await text.getValue();
    assert.ok(current.includes(PROPOSER_TEXT_FROM), `the field starts as the current text: ${current}`);
    await text.setValue(current.replace(PROPOSER_TEXT_FROM, PROPOSER_TEXT_TO));
    await app.browser.$('[data-testid="amendment-by"] input').setValue(OFFERED_BY);
    // Enter in the name field (no suggestion picked) offers the amendment.
    await app.browser.keys('Enter');

    const offered = await app.browser.$('[data-testid="amendment"][data-status="pending"]');
    await offered.waitForDisplayed({ timeoutMsg: 'the amendment is not shown as pending' });
    assert.match(await app.byTestId('amendment-offerer', offered).getText(), new RegExp(OFFERED_BY));
    assert.equal(await offered.$('ins').getText(), '900');
    assert.equal(await offered.$('del').getText(), '800');
    assert.match(await app.byTestId('amendment-keys').getText(), /A accepts, R rejects/);
    // The focus is on its Accept button: one key answers it.
    await app.browser.waitUntil(
      () => app.browser.execute(() => document.activeElement?.getAttribute('data-testid') === 'amendment-accept'),
      { timeoutMsg: 'the new amendment did not get the focus' },
    );
    await app.browser.keys('a');

    await app.browser.$('[data-testid="amendment"][data-status="accepted"]').waitForDisplayed({
      timeoutMsg: 'the amendment was not accepted',
    });
    await app.waitForText('process-version', 'version 2 of 2');
    assert.match(await app.byTestId('process-text').getText(), new RegExp(PROPOSER_TEXT_TO));
  }));

  it('calls for consensus: a block needs a reason (the core says so), then the outcome is previewed and confirmed', session.step(async (app) => {
    await nextStep(app, 'call-for-consensus');
    // modified:90 has a vote: the against field is there.
    await app.waitForTestId('against-count');
    await app.byTestId('support-count').setValue('20');
    await app.byTestId('against-count').setValue('1');
    await app.browser.$('[data-testid="stand-aside-name"] input').setValue(STAND_ASIDE);
    await app.byTestId('stand-aside-reason').setValue(STAND_ASIDE_REASON);
    await app.browser.$('[data-testid="block-name"] input').setValue(BLOCK);
    await app.byTestId('decision-preview-button').click();

    const form = await app.byTestId('decision-form');
    const error = await app.waitForTestId('error', { within: form });
    assert.match(await error.getText(), /the block by Rosa Lima has no reason/);
    assert.equal(await app.byTestId('decision-preview').isExisting(), false, 'no preview without a reason');
    assert.equal(await app.browser.$('[data-testid="block-name"] input').getValue(), BLOCK, 'the name stays');

    await app.byTestId('block-reason').setValue(BLOCK_REASON);
    await app.byTestId('decision-preview-button').click();
    const preview = await app.waitForTestId('decision-preview');
    assert.equal(await preview.getAttribute('data-outcome'), 'passed');
    const explanation = await app.byTestId('preview-explanation', preview).getText();
    assert.equal(explanation, 'passed: vote 20 for, 1 against — 95.2%, at least 90%');
    assert.equal(
      await app.byTestId('preview-counts', preview).getText(),
      '1 stand-aside; 1 block; vote: 20 for, 1 against — 95.2%, at least 90% — 22 participants',
    );
    assert.match(await app.byTestId('preview-rule', preview).getText(), /modified:90/);
    // Nothing is recorded before the confirmation.
    assert.equal(app.cliJson('proposal', 'show', ctx.proposal.reference).decisions.length, 0);

    await app.byTestId('decision-confirm').click();
    const outcome = await app.waitForTestId('process-outcome');
    assert.equal(await outcome.getAttribute('data-value'), 'passed');
    assert.equal(await app.byTestId('decision-outcome', outcome).getAttribute('data-value'), 'passed');
    const stances = await app.textsOf('decision-stance', outcome);
    assert.deepEqual(stances, [`${STAND_ASIDE}: ${STAND_ASIDE_REASON}`, `${BLOCK}: ${BLOCK_REASON}`]);
    assert.equal(await app.byTestId('decision-form').isExisting(), false);
  }));

  it('stored what the window showed (plenary proposal show --json)', session.step(async (app) => {
    const shown = app.cliJson('proposal', 'show', ctx.proposal.reference);
    assert.equal(shown.proposal.status, 'decided');
    assert.ok(shown.proposal.text.includes(PROPOSER_TEXT_TO));

    assert.equal(shown.versions.length, 2);
    assert.ok(shown.versions[0].text.includes(PROPOSER_TEXT_FROM));
    assert.ok(shown.versions[1].text.includes(PROPOSER_TEXT_TO));
    const [amendment] = shown.amendments;
    assert.equal(shown.amendments.length, 1);
    assert.equal(amendment.status, 'accepted');
    assert.equal(amendment.offered_by, OFFERED_BY);
    assert.equal(amendment.agenda_item_id, ctx.item.id);
    assert.equal(shown.versions[1].amendment_id, amendment.id);

    assert.equal(shown.questions.length, 1);
    assert.equal(shown.questions[0].question, 'Which supplier, and when?');

    const hearing = shown.hearings.find((h) => h.agenda_item_id === ctx.item.id);
    assert.equal(hearing.step, 'outcome');
    assert.equal(hearing.outcome, 'passed');

    assert.equal(shown.decisions.length, 1);
    const d = shown.decisions[0];
    assert.equal(d.outcome, 'passed');
    assert.equal(d.rule, 'modified:90');
    assert.equal(d.version, 2);
    assert.deepEqual([d.support, d.against, d.stand_asides, d.blocks, d.participants], [20, 1, 1, 1, 22]);
    assert.equal(d.entered_by, 'facilitator');
    assert.deepEqual(
      d.stances.map((s) => [s.stance, s.name, s.reason]),
      [
        ['stand-aside', STAND_ASIDE, STAND_ASIDE_REASON],
        ['block', BLOCK, BLOCK_REASON],
      ],
    );
    assert.equal(hearing.decision_id, d.id);
  }));

  it('shows the decision and the versions on the proposal page', session.step(async (app) => {
    await app.byTestId('process-proposal-link').click();
    await app.waitForText('proposal-heading', TITLE);
    const versions = await app.allByTestId('version');
    assert.equal(versions.length, 2);
    assert.match(await app.byTestId('version-source', versions[0]).getText(), new RegExp(`from the amendment by ${OFFERED_BY}`));
    const diff = await app.waitForTestId('version-diff');
    assert.equal(await diff.$('ins').getText(), '900');
    assert.equal(await diff.$('del').getText(), '800');
    const decision = await app.waitForTestId('decision');
    assert.equal(await decision.getAttribute('data-outcome'), 'passed');
  }));
});

/** Clicks the allowed move to `step` and waits until the core says it is current. */
async function nextStep(app, step) {
  const button = await app.browser.$(`[data-testid="process-next"][data-step="${step}"]`);
  await button.waitForClickable({ timeoutMsg: `no move to ${step} is offered` });
  await button.click();
  await app.browser.waitUntil(
    async () => (await app.byTestId('process-step-current').getAttribute('data-step')) === step,
    { timeoutMsg: `the current step did not become ${step}` },
  );
}

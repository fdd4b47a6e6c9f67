// Real-GA decisions in the real window (ga-process.md, revised "Decision rules (exact)"):
// on the demo assembly (default rule modified:90), two proposals are put on the open
// RIV-GA-4 from the CLI. In the facilitator's process panel, the first gets a blocked
// call whose 9 blocks the minutes only counted, followed by the vote 45 for, 7 against
// (blockers included as they voted): the core's preview says what was counted, and the
// outcome is **failed** (45/52 = 86.5% < 90%; participants 52, the blocks not counted
// twice). The second is tabled by the proposers with its reason. The minutes
// (`plenary minutes`) and `plenary proposal show --json` are then read back.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plenary, useApp } from './lib/app.mjs';

const VOTED = 'Occupy the bank lobby';
const TABLED = 'A teach-in on debt';
const COUNTED = '9 blocks (names and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%';
const REASON = 'after 9 blocks, to come back with a teach-in';

/** A new proposal on RIV-GA-4's agenda (setup, before the app starts). */
function onAgenda(db, title) {
  const id = plenary(db, 'proposal', 'new', '--title', title, '--text', `${title}.`, '--by', 'Jo Becker');
  plenary(db, 'agenda', 'add', '--meeting', '4', '--kind', 'proposal', '--title', title, '--proposal', id);
}

describe('decisions of a real GA', () => {
  const session = useApp({
    name: 'decisions',
    setup: (db) => {
      plenary(db, 'meeting', 'open', '4');
      onAgenda(db, VOTED);
      onAgenda(db, TABLED);
    },
  });
  const ctx = {};

  /** Opens the process panel of the RIV-GA-4 item titled `title`. */
  async function openPanel(app, title) {
    const item = app.cliJson('agenda', 'list', '--meeting', 'RIV-GA-4').find((i) => i.title === title);
    ctx.meeting ??= app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4');
    await app.browser.execute(
      (m, i) => {
        location.hash = `#/meeting/${m}/item/${i}/process`;
      },
      ctx.meeting.id,
      item.id,
    );
    await app.waitForText('process-heading', title);
    return item;
  }

  it('a blocked call, then the vote: the core previews what was counted, and it is recorded as the preview said', session.step(async (app) => {
    ctx.voted = await openPanel(app, VOTED);
    for (const step of ['present', 'clarifying-questions', 'concerns', 'call-for-consensus', 'vote']) await nextStep(app, step);
    const call = await app.waitForTestId('decision-call');
    await app.byTestId('block-total', call).setValue('9');
    const vote = await app.byTestId('decision-vote');
    await app.byTestId('support-count', vote).setValue('45');
    await app.byTestId('against-count', vote).setValue('7');
    await app.byTestId('decision-preview-button').click();

    const preview = await app.waitForTestId('decision-preview');
    assert.equal(await preview.getAttribute('data-outcome'), 'failed');
    assert.equal(await app.byTestId('preview-explanation', preview).getText(), 'failed: vote 45 for, 7 against — 86.5%, below 90%');
    assert.equal(await app.byTestId('preview-counts', preview).getText(), `${COUNTED} — 52 participants`);
    await app.byTestId('decision-confirm').click();
    const outcome = await app.waitForTestId('process-outcome');
    assert.equal(await outcome.getAttribute('data-value'), 'failed');
    assert.match(await app.byTestId('decision-counts', outcome).getText(), new RegExp(COUNTED.replace(/[()]/g, '\\$&')));
  }));

  it('tables the other proposal by the proposers, with its reason', session.step(async (app) => {
    ctx.tabled = await openPanel(app, TABLED);
    const move = await app.browser.$('[data-testid="move"][data-move="table"]');
    await move.waitForClickable({ timeoutMsg: 'tabling is not offered' });
    await move.click();
    await app.waitForTestId('move-note');
    // Without a reason, the core refuses and says why; nothing is tabled.
    await app.byTestId('move-confirm').click();
    const error = await app.waitForTestId('error', { within: await app.byTestId('manual-moves') });
    assert.match(await error.getText(), /a tabling carries its reason/);
    await app.byTestId('move-note').setValue(REASON);
    await app.byTestId('move-by').setValue('the proposers');
    await app.byTestId('move-confirm').click();
    const outcome = await app.waitForTestId('process-outcome');
    assert.equal(await outcome.getAttribute('data-value'), 'tabled');
    assert.equal(await app.byTestId('process-outcome-why', outcome).getText(), `By the proposers: ${REASON}`);
  }));

  it('stored what the window showed, and the minutes print it', session.step(async (app) => {
    const voted = app.cliJson('proposal', 'show', ctx.voted.proposal_id);
    const [d] = voted.decisions;
    assert.equal(d.outcome, 'failed');
    assert.deepEqual([d.support, d.against, d.stand_asides, d.blocks, d.participants], [45, 7, 0, 9, 52]);
    assert.deepEqual(d.stances, [], 'the blocks were only counted');
    assert.equal(d.counted, COUNTED);

    const tabled = app.cliJson('proposal', 'show', ctx.tabled.proposal_id);
    assert.equal(tabled.proposal.status, 'tabled');
    const h = tabled.hearings.find((x) => x.agenda_item_id === ctx.tabled.id);
    assert.deepEqual([h.outcome, h.outcome_by, h.outcome_reason], ['tabled', 'the proposers', REASON]);

    const md = app.cli('minutes', 'RIV-GA-4', '--format', 'md');
    assert.ok(md.includes(`**Decision** under modified:90: ${COUNTED}`), md);
    assert.ok(md.includes(`**Outcome: TABLED** — by the proposers: ${REASON}`), md);
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

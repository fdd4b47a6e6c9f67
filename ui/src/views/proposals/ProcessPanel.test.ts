import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { DecisionInput } from '../../lib/bindings/DecisionInput';
import type { DecisionPreview } from '../../lib/bindings/DecisionPreview';
import type { ProposalDetail } from '../../lib/bindings/ProposalDetail';
import type { MeetingDetail } from '../../lib/bindings/MeetingDetail';
import { detail as meetingDetail } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend, type Handler } from '../../test/ipc';
import ProcessPanel from './ProcessPanel.svelte';
import { ITEM, MEETING, PROPOSAL, TEXT_2, amendment, decision, hearing, proposalDetail } from './test-fixtures';

afterEach(() => {
  clearMocks();
});

/** A fake core holding one proposal; every read returns a copy of `state`. */
function panelBackend(start: ProposalDetail, extra: Record<string, Handler> = {}, meeting: MeetingDetail = meetingDetail()) {
  const state = structuredClone(start);
  const calls = fakeBackend({
    get_hearing: () => structuredClone(state.hearings[0]),
    get_proposal: () => structuredClone(state),
    get_meeting: () => structuredClone(meeting),
    list_people: () => [],
    ...extra,
  });
  return { calls, state };
}

function renderPanel() {
  return render(ProcessPanel, { meetingId: MEETING, itemId: ITEM });
}

/** A stand-in for the core's answer for the counts used below, under modified:90 (the
 * words are marked as the core's: the panel shows them, it never builds them). */
function preview(input: DecisionInput): DecisionPreview {
  const blocks = input.blocks ?? input.named_blocks.length;
  const standAsides = input.stand_asides ?? input.named_stand_asides.length;
  const voters = input.support + input.against;
  const failed = voters > 0 && input.support * 10 < 9 * voters;
  return {
    rule: input.rule ?? 'modified:90',
    default_rule: 'modified:90',
    support: input.support,
    against: input.against,
    stand_asides: standAsides,
    blocks,
    participants: voters + standAsides + (voters > 0 ? 0 : blocks),
    ratio: voters > 0 ? { support: input.support, voters } : null,
    outcome: failed ? 'failed' : 'passed',
    reason: failed ? 'threshold-not-met' : 'threshold-met',
    explanation: `${failed ? 'failed' : 'passed'}: vote ${input.support} for, ${input.against} against (core's words)`,
    counted: `${blocks} blocks; vote ${input.support}/${input.against} (core's count)`,
    proposal_status: 'decided',
  };
}

describe('process panel', () => {
  test('highlights the step the core says is current and offers exactly the moves it allows', async () => {
    const user = userEvent.setup();
    const { calls, state } = panelBackend(proposalDetail(), {
      advance_step: (args) => {
        state.hearings[0] = hearing({
          step: args.to as 'temperature-check',
          next_steps: ['call-for-consensus', 'concerns'],
          actions: ['record-temperature', 'table', 'withdraw', 'send-back'],
        });
        return structuredClone(state.hearings[0]);
      },
    });
    renderPanel();

    const current = await screen.findByTestId('process-step-current');
    expect(current.dataset.step).toBe('concerns');
    expect(current.textContent).toContain('Concerns & amendments');
    expect(screen.getByTestId('process-step-hint').textContent).toContain('Concerns & friendly amendments');
    const steps = screen.getAllByTestId('process-step');
    // The track is the core's, with its vote step; only the current one is marked.
    expect(steps.map((s) => s.dataset.step)).toEqual(hearing().track);
    expect(steps.filter((s) => s.getAttribute('aria-current') === 'step').map((s) => s.dataset.step)).toEqual(['concerns']);
    expect(steps.map((s) => s.dataset.state)).toEqual(['done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);

    const moves = screen.getAllByTestId('process-next');
    expect(moves.map((b) => b.dataset.step)).toEqual(['temperature-check', 'call-for-consensus']);
    expect(moves[0].textContent).toContain('Next: Temperature check');

    await user.click(moves[0]);
    await waitFor(() => expect(callsOf(calls, 'advance_step')).toHaveLength(1));
    expect(callsOf(calls, 'advance_step')[0].args).toEqual({ item: ITEM, to: 'temperature-check', none: false });
    await waitFor(() => expect(screen.getByTestId('process-step-current').dataset.step).toBe('temperature-check'));
    expect(screen.getAllByTestId('process-next').map((b) => b.dataset.step)).toEqual(['call-for-consensus', 'concerns']);
    expect(screen.getAllByTestId('process-next')[1].textContent).toContain('Back to Concerns');
    // The temperature form is offered now (the core's action), the concern form no more.
    expect(screen.getByTestId('temperature-form')).toBeTruthy();
    expect(screen.queryByTestId('concern-form')).toBeNull();
    // The focus went to the new step's first field.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('temp-up')));
  });

  test('a hearing not started shows it, and a refused move shows the core message', async () => {
    const user = userEvent.setup();
    panelBackend(proposalDetail({ hearings: [hearing({ step: 'not-started', next_steps: ['present'], actions: [] })] }), {
      advance_step: () => {
        throw coreError('conflict', 'cannot move to present: the GA is closed');
      },
    });
    renderPanel();

    const current = await screen.findByTestId('process-step-current');
    expect(current.dataset.step).toBe('not-started');
    expect(screen.getAllByTestId('process-step').some((s) => s.getAttribute('aria-current'))).toBe(false);
    await user.click(screen.getByTestId('process-next'));
    expect((await screen.findByTestId('error')).textContent).toContain('cannot move to present: the GA is closed');
  });

  test('leaving a step where nothing was raised says so: "No questions — next", sent as none', async () => {
    const user = userEvent.setup();
    const start = proposalDetail({
      questions: [],
      hearings: [
        hearing({
          step: 'clarifying-questions',
          step_empty: true,
          next_steps: ['concerns'],
          actions: ['ask-question', 'table', 'withdraw', 'send-back'],
        }),
      ],
    });
    const { calls, state } = panelBackend(start, {
      advance_step: (args) => {
        state.hearings[0] = hearing({ step: args.to as 'concerns', step_empty: true });
        return structuredClone(state.hearings[0]);
      },
    });
    renderPanel();

    const move = await screen.findByTestId('process-next');
    expect(move.textContent).toContain('No questions — next: Concerns');
    expect(move.dataset.none).toBe('true');
    await user.click(move);
    await waitFor(() => expect(callsOf(calls, 'advance_step')).toHaveLength(1));
    expect(callsOf(calls, 'advance_step')[0].args).toEqual({ item: ITEM, to: 'concerns', none: true });
    // At concerns, with nothing raised yet, the move forward says so too; back does not.
    await waitFor(() => expect(screen.getByTestId('process-step-current').dataset.step).toBe('concerns'));
    const moves = screen.getAllByTestId('process-next');
    expect(moves[0].textContent).toContain('No concerns — next:');
  });

  test('A on a focused pending amendment accepts it (decide_amendment, accepted: true); R rejects', async () => {
    const user = userEvent.setup();
    const start = proposalDetail({
      amendments: [amendment({ id: 'am-1' }), amendment({ id: 'am-2', offered_by: 'Sam', text: 'Buy tents.' })],
      hearings: [hearing({ actions: ['raise-concern', 'offer-amendment', 'decide-amendment', 'table'] })],
    });
    const { calls, state } = panelBackend(start, {
      decide_amendment: (args) => {
        const a = state.amendments.find((x) => x.id === args.amendment)!;
        a.status = args.accepted ? 'accepted' : 'rejected';
        if (args.accepted) {
          a.version = 2;
          state.versions.push({ number: 2, text: a.text, amendment_id: a.id, created_at: a.created_at });
          state.proposal.text = a.text;
        }
        return structuredClone(a);
      },
    });
    renderPanel();

    const rows = await screen.findAllByTestId('amendment');
    expect(screen.getByTestId('amendment-keys').textContent).toMatch(/A\s*accepts, R\s*rejects/);
    const accept = within(rows[0]).getByTestId('amendment-accept');
    expect(accept.getAttribute('aria-keyshortcuts')).toBe('A');
    expect(accept.getAttribute('aria-label')).toBe('Accept the amendment by Jo');
    expect(within(rows[0]).getByTestId('amendment-reject').getAttribute('aria-keyshortcuts')).toBe('R');

    // Typing an "a" in a text field is typing, not an answer.
    await user.click(screen.getByTestId('concern-input'));
    await user.keyboard('a');
    expect(callsOf(calls, 'decide_amendment')).toHaveLength(0);

    accept.focus();
    await user.keyboard('a');
    await waitFor(() => expect(callsOf(calls, 'decide_amendment')).toHaveLength(1));
    expect(callsOf(calls, 'decide_amendment')[0].args).toEqual({ amendment: 'am-1', accepted: true });
    // The panel asked again: the amendment is accepted and the text is the new version.
    await waitFor(() => expect(screen.getByTestId('process-text').textContent).toBe(TEXT_2));
    expect(screen.getByTestId('process-version').textContent).toContain('version 2 of 2');
    // The focus moved on to the next pending amendment; R rejects it.
    const sam = screen.getAllByTestId('amendment').find((r) => r.dataset.amendmentId === 'am-2')!;
    await waitFor(() => expect(document.activeElement).toBe(within(sam).getByTestId('amendment-accept')));
    await user.keyboard('r');
    await waitFor(() => expect(callsOf(calls, 'decide_amendment')).toHaveLength(2));
    expect(callsOf(calls, 'decide_amendment')[1].args).toEqual({ amendment: 'am-2', accepted: false });
  });

  test('an answer the core refuses shows its message on that amendment', async () => {
    const user = userEvent.setup();
    const { calls } = panelBackend(
      proposalDetail({
        amendments: [amendment({ id: 'am-1', base_version: 1 })],
        hearings: [hearing({ actions: ['decide-amendment'] })],
      }),
      {
        decide_amendment: () => {
          throw coreError('conflict', 'this amendment was offered on version 1, but the text is now version 2: offer it again on the current text');
        },
      },
    );
    renderPanel();
    const accept = await screen.findByTestId('amendment-accept');
    accept.focus();
    await user.keyboard('A');
    const error = await within(screen.getByTestId('amendment')).findByTestId('error');
    expect(error.textContent).toContain('offer it again on the current text');
    expect(callsOf(calls, 'decide_amendment')[0].args).toEqual({ amendment: 'am-1', accepted: true });
  });

  test('offering an amendment sends the whole amended text, who offered it and the hearing', async () => {
    const user = userEvent.setup();
    const { calls, state } = panelBackend(proposalDetail(), {
      amend_proposal: (args) => {
        const input = args.input as { text: string; by: string };
        const a = amendment({ id: 'am-new', text: input.text, offered_by: input.by });
        state.amendments.push(a);
        state.hearings[0].actions = ['raise-concern', 'offer-amendment', 'decide-amendment'];
        return structuredClone(a);
      },
    });
    renderPanel();
    const text = (await screen.findByTestId('amendment-text')) as HTMLTextAreaElement;
    expect(text.value).toBe('Buy 20 winter tents for the camp.');
    await user.clear(text);
    await user.type(text, TEXT_2);
    await user.type(within(screen.getByTestId('amendment-by')).getByRole('combobox'), 'Jo');
    await user.click(screen.getByTestId('amendment-offer'));

    await waitFor(() => expect(callsOf(calls, 'amend_proposal')).toHaveLength(1));
    expect(callsOf(calls, 'amend_proposal')[0].args).toEqual({
      proposal: PROPOSAL,
      input: { text: TEXT_2, by: 'Jo', item: ITEM, accepted: null },
    });
    // The new amendment waits for the proposer, with the focus on its Accept button.
    const row = await screen.findByTestId('amendment');
    await waitFor(() => expect(document.activeElement).toBe(within(row).getByTestId('amendment-accept')));
  });

  test('a block without a reason: the form sends it, and the core refusal is shown with the typing kept', async () => {
    const user = userEvent.setup();
    const message =
      'the block by Max has no reason: a block is a serious moral, ethical or safety objection and its reason is minuted';
    const { calls } = panelBackend(
      proposalDetail({
        hearings: [hearing({ step: 'call-for-consensus', next_steps: ['vote', 'concerns'], actions: ['decide', 'table'] })],
      }),
      {
        preview_decision: (args) => {
          const input = args.input as DecisionInput;
          if (input.named_blocks.some((b) => !b.reason)) throw coreError('invalid-input', message);
          return preview(input);
        },
      },
    );
    renderPanel();

    await user.type(await screen.findByTestId('support-count'), '30');
    const blockName = within(screen.getByTestId('block-name')).getByRole('combobox') as HTMLInputElement;
    await user.type(blockName, 'Max');
    // The form asks for the reason…
    expect(screen.getByLabelText(/Reason \(required\)/)).toBe(screen.getByTestId('block-reason'));
    await user.click(screen.getByTestId('decision-preview-button'));

    // …and the core's refusal is the message shown.
    const error = await within(screen.getByTestId('decision-form')).findByTestId('error');
    expect(error.textContent).toContain(message);
    expect(callsOf(calls, 'preview_decision')[0].args.input).toMatchObject({
      support: 30,
      blocks: null,
      named_blocks: [{ name: 'Max', reason: null }],
    });
    expect(screen.queryByTestId('decision-preview')).toBeNull();
    expect(screen.queryByTestId('decision-confirm')).toBeNull();
    expect(blockName.value).toBe('Max');
    expect((screen.getByTestId('support-count') as HTMLInputElement).value).toBe('30');
    expect(callsOf(calls, 'record_decision')).toHaveLength(0);
  });

  test('the outcome is previewed by the core before it is confirmed, and confirming sends the same counts', async () => {
    const user = userEvent.setup();
    const { calls, state } = panelBackend(
      proposalDetail({
        hearings: [hearing({ step: 'call-for-consensus', next_steps: ['vote', 'concerns'], actions: ['decide', 'table'] })],
      }),
      {
        preview_decision: (args) => preview(args.input as DecisionInput),
        record_decision: () => {
          const d = decision();
          state.decisions = [d];
          state.proposal.status = 'decided';
          state.hearings[0] = hearing({ step: 'outcome', open: false, next_steps: [], actions: [], outcome: 'passed', decision_id: d.id });
          return structuredClone(d);
        },
      },
    );
    renderPanel();

    // Against is asked for: the core's track has a vote.
    expect(await screen.findByTestId('against-count')).toBeTruthy();
    await user.type(screen.getByTestId('support-count'), '20');
    await user.type(within(screen.getByTestId('stand-aside-name')).getByRole('combobox'), 'Ben');
    await user.type(screen.getByTestId('stand-aside-reason'), 'Too expensive');
    await user.type(within(screen.getByTestId('block-name')).getByRole('combobox'), 'Rosa');
    await user.type(screen.getByTestId('block-reason'), 'Bought from a sweatshop');
    expect(screen.queryByTestId('decision-confirm')).toBeNull();
    await user.click(screen.getByTestId('decision-preview-button'));

    const shown = await screen.findByTestId('decision-preview');
    expect(shown.dataset.outcome).toBe('passed');
    expect(within(shown).getByTestId('preview-outcome').textContent).toContain('Passed');
    expect(within(shown).getByTestId('preview-explanation').textContent).toBe("passed: vote 20 for, 0 against (core's words)");
    expect(within(shown).getByTestId('preview-rule').textContent).toContain('modified:90');
    expect(within(shown).getByTestId('preview-counts').textContent).toBe("1 blocks; vote 20/0 (core's count) — 21 participants");
    expect(shown.textContent).toContain('Bought from a sweatshop');
    expect(callsOf(calls, 'record_decision')).toHaveLength(0);
    const sent = callsOf(calls, 'preview_decision')[0].args.input as DecisionInput;
    expect(sent).toEqual({
      rule: null,
      support: 20,
      against: 0,
      stand_asides: null,
      named_stand_asides: [{ name: 'Ben', reason: 'Too expensive' }],
      blocks: null,
      named_blocks: [{ name: 'Rosa', reason: 'Bought from a sweatshop' }],
      quorum: null,
      stand_aside_limit: null,
    });

    // The preview is a modal dialog: "Back to the form" (or Esc) records nothing, keeps
    // the counts, and gives the focus back to the preview button.
    expect(screen.getByTestId('decision-dialog').contains(shown)).toBe(true);
    await user.click(within(shown).getByTestId('decision-back'));
    await waitFor(() => expect(screen.queryByTestId('decision-dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByTestId('decision-preview-button'));
    expect((screen.getByTestId('support-count') as HTMLInputElement).value).toBe('20');
    expect(callsOf(calls, 'record_decision')).toHaveLength(0);
    await user.click(screen.getByTestId('decision-preview-button'));
    const confirm = await screen.findByTestId('decision-confirm');
    expect(confirm.textContent).toContain('Passed');
    await waitFor(() => expect(document.activeElement).toBe(confirm));

    await user.click(confirm);
    await waitFor(() => expect(callsOf(calls, 'record_decision')).toHaveLength(1));
    expect(callsOf(calls, 'record_decision')[0].args).toEqual({ item: ITEM, input: sent });

    // Then the recorded outcome, as the core returned it.
    const outcome = await screen.findByTestId('process-outcome');
    expect(within(outcome).getByTestId('decision-outcome').dataset.value).toBe('passed');
    expect(within(outcome).getByTestId('decision-explanation').textContent).toContain('vote 20 for, 0 against');
    const stances = within(outcome).getAllByTestId('decision-stance');
    expect(stances.map((s) => [s.dataset.stance, s.textContent?.replace(/\s+/g, ' ').trim()])).toEqual([
      ['stand-aside', 'Ben: Too expensive'],
      ['block', 'Rosa: Bought from a sweatshop'],
    ]);
    expect(screen.queryByTestId('decision-form')).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe('outcome-heading'));
  });

  test('a call with blocks only counted, then the vote: the form sends exactly these, and the core words the preview', async () => {
    const user = userEvent.setup();
    const { calls } = panelBackend(
      proposalDetail({
        hearings: [hearing({ step: 'vote', next_steps: [], actions: ['decide', 'table'] })],
      }),
      { preview_decision: (args) => preview(args.input as DecisionInput) },
    );
    renderPanel();
    // The call comes first (stand-asides, blocks), then the vote, in that order on the form.
    const call = await screen.findByTestId('decision-call');
    const vote = screen.getByTestId('decision-vote');
    expect(call.compareDocumentPosition(vote) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(call).getByTestId('block-total')).toBeTruthy();
    expect(within(vote).getByTestId('support-count')).toBeTruthy();
    expect(screen.getByLabelText('Blocks in total')).toBe(screen.getByTestId('block-total'));

    await user.type(screen.getByTestId('block-total'), '9');
    await user.type(screen.getByTestId('support-count'), '45');
    await user.type(screen.getByTestId('against-count'), '7');
    await user.click(screen.getByTestId('decision-preview-button'));

    const shown = await screen.findByTestId('decision-preview');
    expect(shown.dataset.outcome).toBe('failed');
    expect(within(shown).getByTestId('preview-counts').textContent).toBe("9 blocks; vote 45/7 (core's count) — 52 participants");
    expect(callsOf(calls, 'preview_decision')[0].args.input).toEqual({
      rule: null,
      support: 45,
      against: 7,
      stand_asides: null,
      named_stand_asides: [],
      blocks: 9,
      named_blocks: [],
      quorum: null,
      stand_aside_limit: null,
    });
  });

  test('under a rule without a vote there is no against field', async () => {
    panelBackend(
      proposalDetail({
        default_rule: 'consensus',
        hearings: [
          hearing({
            step: 'call-for-consensus',
            track: ['present', 'clarifying-questions', 'concerns', 'temperature-check', 'call-for-consensus', 'outcome'],
            next_steps: ['concerns'],
            actions: ['decide'],
          }),
        ],
      }),
    );
    renderPanel();
    await screen.findByTestId('support-count');
    expect(screen.queryByTestId('against-count')).toBeNull();
    expect(screen.getAllByTestId('process-step').map((s) => s.dataset.step)).not.toContain('vote');
  });

  test('a recorded decision can be flagged disputed with a note', async () => {
    const user = userEvent.setup();
    const d = decision();
    const { calls } = panelBackend(
      proposalDetail({
        decisions: [d],
        hearings: [hearing({ step: 'outcome', open: false, next_steps: [], actions: [], outcome: 'passed', decision_id: d.id })],
      }),
      { set_disputed: (args) => ({ ...d, disputed: args.disputed, dispute_note: args.note }) },
    );
    renderPanel();
    await user.click(await screen.findByTestId('dispute-toggle'));
    await user.type(screen.getByTestId('dispute-note'), 'Counted twice');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(callsOf(calls, 'set_disputed')).toHaveLength(1));
    expect(callsOf(calls, 'set_disputed')[0].args).toEqual({ decision: 'd-1', disputed: true, note: 'Counted twice' });
    expect((await screen.findByTestId('decision-disputed')).textContent).toContain('Counted twice');
  });

  test('on a closed GA taking corrections, the decision is corrected from what was recorded, and an answer too', async () => {
    const user = userEvent.setup();
    const d = decision();
    const closed = meetingDetail();
    closed.meeting = { ...closed.meeting, status: 'closed' };
    closed.correcting = true;
    const answered = amendment({ id: 'a-1', status: 'accepted', version: 2 });
    const { calls } = panelBackend(
      proposalDetail({
        decisions: [d],
        amendments: [answered],
        hearings: [
          hearing({ step: 'outcome', open: false, meeting_status: 'closed', next_steps: [], actions: [], outcome: 'passed', decision_id: d.id }),
        ],
      }),
      {
        preview_decision: (args) => preview(args.input as DecisionInput),
        correct_decision: (args) => ({ ...d, support: (args.input as DecisionInput).support, outcome: 'failed' }),
        correct_amendment: () => ({ ...answered, status: 'rejected', version: null }),
      },
      closed,
    );
    renderPanel();
    expect((await screen.findByTestId('process-correcting')).textContent).toContain('can be corrected');
    await user.click(screen.getByTestId('decision-correct-toggle'));
    const form = screen.getByTestId('decision-form');
    expect(form.dataset.correcting).toBe('true');
    // The form holds what was recorded.
    const support = within(form).getByTestId('support-count') as HTMLInputElement;
    expect(support.value).toBe('20');
    expect((within(form).getByTestId('block-total') as HTMLInputElement).value).toBe('1');
    expect(within(form).getAllByTestId('block-reason').map((i) => (i as HTMLInputElement).value)).toContain(
      'Bought from a sweatshop',
    );
    await user.clear(support);
    await user.type(support, '15');
    await user.type(within(form).getByTestId('against-count'), '{Backspace}5');
    await user.click(within(form).getByTestId('decision-preview-button'));
    const confirm = await screen.findByTestId('decision-confirm');
    expect(confirm.textContent).toContain('Confirm the correction');
    await user.click(confirm);
    await waitFor(() => expect(callsOf(calls, 'correct_decision')).toHaveLength(1));
    const sent = callsOf(calls, 'correct_decision')[0].args;
    expect(sent.decision).toBe('d-1');
    expect(sent.input).toMatchObject({
      support: 15,
      against: 5,
      blocks: 1,
      stand_asides: 1,
      named_blocks: [{ name: 'Rosa', reason: 'Bought from a sweatshop' }],
    });
    expect(callsOf(calls, 'record_decision')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: /^Correct: it was rejected/ }));
    await waitFor(() => expect(callsOf(calls, 'correct_amendment')).toHaveLength(1));
    expect(callsOf(calls, 'correct_amendment')[0].args).toEqual({ amendment: 'a-1', accepted: false });
  });

  test('when the record can no longer change, the core reason is shown and nothing is offered', async () => {
    const d = decision();
    const approved = meetingDetail();
    approved.meeting = { ...approved.meeting, status: 'closed' };
    approved.read_only = 'the minutes of GA 39 were approved at GA 40: its record can no longer be corrected';
    panelBackend(
      proposalDetail({
        decisions: [d],
        amendments: [amendment({ id: 'a-1', status: 'accepted', version: 2 })],
        hearings: [
          hearing({ step: 'outcome', open: false, meeting_status: 'closed', next_steps: [], actions: [], outcome: 'passed', decision_id: d.id }),
        ],
      }),
      {},
      approved,
    );
    renderPanel();
    expect((await screen.findByTestId('process-read-only')).textContent).toContain('were approved at GA 40');
    expect(screen.queryByTestId('decision-correct-toggle')).toBeNull();
    expect(screen.queryByTestId('amendment-correct')).toBeNull();
  });

  test('table / withdraw / send back are offered where the core allows them, and tabling sends the hearing', async () => {
    const user = userEvent.setup();
    const { calls } = panelBackend(proposalDetail({ hearings: [hearing({ actions: ['raise-concern', 'table'] })] }), {
      table_proposal: () => ({}),
    });
    renderPanel();
    const moves = await screen.findAllByTestId('move');
    expect(moves.map((m) => m.dataset.move)).toEqual(['table']);
    await user.click(moves[0]);
    // Why is asked for (required), and who may be given.
    expect(screen.getByLabelText(/Why \(required/)).toBe(screen.getByTestId('move-note'));
    await user.type(screen.getByTestId('move-note'), 'After 9 blocks, to come back with a teach-in');
    await user.type(screen.getByTestId('move-by'), 'the proposers');
    await user.click(screen.getByTestId('move-confirm'));
    await waitFor(() => expect(callsOf(calls, 'table_proposal')).toHaveLength(1));
    expect(callsOf(calls, 'table_proposal')[0].args).toEqual({
      proposal: PROPOSAL,
      item: ITEM,
      input: { reason: 'After 9 blocks, to come back with a teach-in', by: 'the proposers' },
    });
  });
});

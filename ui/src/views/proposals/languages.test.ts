// The proposals' screens in another language: the process panel walked in Spanish to a
// recorded decision (the outcome and its sentences in Spanish, from the core's numbers
// and reason code), a proposal's page in Arabic; and the decision's sentences said here
// in English are the core's own (decisionWords.ts follows decision.rs).
import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { DecisionInput } from '../../lib/bindings/DecisionInput';
import type { DecisionPreview } from '../../lib/bindings/DecisionPreview';
import type { DecisionReason } from '../../lib/bindings/DecisionReason';
import type { Outcome } from '../../lib/bindings/Outcome';
import { chooseLang } from '../../lib/i18n.svelte';
import { detail as meetingDetail } from '../../test/fixtures';
import { callsOf, fakeBackend } from '../../test/ipc';
import { fakeFederation } from '../federation/test-fixtures';
import { sayCounted, sayExplanation, type DecisionFacts } from './decisionWords';
import ProcessPanel from './ProcessPanel.svelte';
import ProposalView from './ProposalView.svelte';
import { ITEM, MEETING, PROPOSAL, decision, hearing, proposal, proposalDetail } from './test-fixtures';

afterEach(() => {
  clearMocks();
  chooseLang(null);
  localStorage.clear();
});

/** English button and heading words of these screens: none may be left in another language. */
const ENGLISH = [
  'Preview the outcome',
  'Confirm and record',
  'Back to the form',
  'The call for consensus',
  'Stand-asides in total',
  'Blocks in total',
  '+ Name a stand-aside',
  '+ Name a block',
  'Clarifying questions',
  'Friendly amendments',
  'Temperature checks',
  'Other outcomes',
  'Steps of the consensus process',
  'The text',
  'Outcome, if confirmed',
  'Flag as disputed',
  'Entered by',
  'Text decided',
  'Status history',
  'Versions',
  'Hearings',
  'participants',
];

function noEnglish(root: HTMLElement) {
  const words = [root.textContent ?? '', ...Array.from(root.querySelectorAll('[aria-label]')).map((e) => e.getAttribute('aria-label'))].join('\n');
  for (const w of ENGLISH) expect(words, w).not.toContain(w);
}

function facts(over: Partial<DecisionFacts>): DecisionFacts {
  return {
    rule: 'modified:90',
    support: 0,
    against: 0,
    stand_asides: 0,
    blocks: 0,
    participants: 0,
    outcome: 'consensus',
    reason: 'no-blocks',
    quorum: null,
    stand_aside_limit: null,
    named_blocks: 0,
    wg_voices: [],
    explanation: '',
    counted: '',
    ...over,
  };
}

describe('the decision in words', () => {
  test("in English, the sentences said from the core's numbers are the core's own (decision_rules.rs)", () => {
    chooseLang('en');
    const counted = (rule: string, [support, against, stand_asides, blocks]: number[], named: number, outcome: Outcome = 'passed') =>
      sayCounted(facts({ rule, support, against, stand_asides, blocks, named_blocks: named, outcome }));
    expect(counted('modified:90', [0, 0, 0, 0], 0, 'consensus')).toBe('consensus (no count taken)');
    expect(counted('modified:90', [0, 0, 0, 9], 0, 'blocked')).toBe('9 blocks (names and reasons not recorded)');
    expect(counted('modified:90', [45, 7, 0, 9], 0, 'failed')).toBe(
      '9 blocks (names and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%',
    );
    expect(counted('modified:90', [16, 1, 2, 1], 1)).toBe('2 stand-asides; 1 block; vote: 16 for, 1 against — 94.1%, at least 90%');
    expect(counted('modified:90', [9, 1, 0, 3], 1)).toBe(
      '3 blocks (2 without name or reason recorded); vote: 9 for, 1 against — 90%, at least 90%',
    );
    expect(counted('consensus', [40, 0, 25, 2], 2, 'blocked')).toBe('40 in support; 25 stand-asides; 2 blocks');
    expect(counted('supermajority:2/3', [2, 1, 0, 0], 0)).toBe('vote: 2 for, 1 against — 66.6%, at least 2/3');
    expect(counted('majority', [5, 5, 0, 0], 0, 'failed')).toBe('vote: 5 for, 5 against — 50%, not more than half');
    expect(counted('majority', [0, 0, 3, 0], 0, 'failed')).toBe('3 stand-asides');
    expect(counted('modified:90', [104, 0, 4, 0], 0, 'consensus')).toBe('104 in support; 4 stand-asides');
    expect(counted('modified:90', [8999, 1001, 0, 0], 0, 'failed')).toBe('vote: 8999 for, 1001 against — 89.9%, below 90%');
    // A spokes council's voices (decision_rules.rs: "8 working groups: 7 for, 1 stand-aside").
    expect(
      sayCounted(
        facts({
          support: 7,
          stand_asides: 1,
          wg_voices: ['for', 'for', 'for', 'for', 'for', 'for', 'for', 'stand-aside'],
        }),
      ),
    ).toBe('8 working groups: 7 for, 1 stand-aside');

    const explain = (over: Partial<DecisionFacts>, reason: DecisionReason, outcome: Outcome) =>
      sayExplanation(facts({ ...over, reason, outcome }));
    expect(explain({ support: 45, against: 7, blocks: 9 }, 'threshold-not-met', 'failed')).toBe(
      'failed: vote 45 for, 7 against — 86.5%, below 90%',
    );
    expect(explain({ blocks: 9 }, 'blocks-no-vote', 'blocked')).toBe('blocked: 9 blocks and no vote held');
    expect(explain({}, 'no-blocks', 'consensus')).toBe('consensus: no blocks');
  });
});

/** The core's answer for the counts of the Spanish walk, under modified:90 (its English words). */
function preview(input: DecisionInput): DecisionPreview {
  const blocks = input.blocks ?? input.named_blocks.length;
  const standAsides = input.stand_asides ?? input.named_stand_asides.length;
  const voters = input.support + input.against;
  return {
    rule: 'modified:90',
    default_rule: 'modified:90',
    support: input.support,
    against: input.against,
    stand_asides: standAsides,
    blocks,
    participants: voters + standAsides,
    ratio: { support: input.support, voters },
    outcome: 'failed',
    reason: 'threshold-not-met',
    explanation: 'failed: vote 45 for, 7 against — 86.5%, below 90%',
    counted: '9 blocks (names and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%',
    proposal_status: 'decided',
  };
}

describe('in Spanish', () => {
  test('the process panel walks to a recorded decision whose outcome and sentences are in Spanish', async () => {
    chooseLang('es');
    const user = userEvent.setup();
    const state = proposalDetail({
      hearings: [hearing({ step: 'call-for-consensus', next_steps: ['vote', 'concerns'], actions: ['decide', 'table'] })],
    });
    const calls = fakeBackend({
      get_hearing: () => structuredClone(state.hearings[0]),
      get_proposal: () => structuredClone(state),
      get_meeting: () => meetingDetail(),
      list_people: () => [],
      preview_decision: (args) => preview(args.input as DecisionInput),
      record_decision: () => {
        const d = decision({
          support: 45,
          against: 7,
          stand_asides: 0,
          blocks: 9,
          participants: 52,
          ratio: { support: 45, voters: 52 },
          outcome: 'failed',
          reason: 'threshold-not-met',
          explanation: 'failed: vote 45 for, 7 against — 86.5%, below 90%',
          counted: '9 blocks (names and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%',
          stances: [],
        });
        state.decisions = [d];
        state.hearings[0] = hearing({ step: 'outcome', open: false, next_steps: [], actions: [], outcome: 'failed', decision_id: d.id });
        return structuredClone(d);
      },
    });
    render(ProcessPanel, { meetingId: MEETING, itemId: ITEM, refreshMs: 0 });

    const form = await screen.findByTestId('decision-form');
    expect(form.getAttribute('aria-label')).toBe('Llamada al consenso');
    expect(screen.getByTestId('process-step-current').textContent).toContain('Llamada al consenso');
    expect(screen.getByText('Bloqueos en total')).toBeTruthy();
    await user.type(screen.getByTestId('block-total'), '9');
    await user.type(screen.getByTestId('support-count'), '45');
    await user.type(screen.getByTestId('against-count'), '7');
    await user.click(screen.getByRole('button', { name: 'Ver el resultado' }));

    const shown = await screen.findByTestId('decision-preview');
    expect(within(shown).getByTestId('preview-outcome').textContent).toContain('Rechazada');
    expect(within(shown).getByTestId('preview-explanation').textContent).toBe(
      'rechazada: votación 45 a favor, 7 en contra — 86,5 %, menos de 90 %',
    );
    expect(within(shown).getByTestId('preview-counts').textContent).toBe(
      '9 bloqueos (sin nombres ni motivos anotados); votación: 45 a favor, 7 en contra — 86,5 %, menos de 90 % — 52 participantes',
    );
    noEnglish(screen.getByTestId('decision-dialog'));
    await user.click(within(shown).getByTestId('decision-confirm'));
    await waitFor(() => expect(callsOf(calls, 'record_decision')).toHaveLength(1));

    const outcome = await screen.findByTestId('process-outcome');
    expect(within(outcome).getByRole('heading', { level: 2 }).textContent).toBe('Resultado');
    expect(within(outcome).getByTestId('decision-outcome').textContent).toContain('Rechazada');
    expect(within(outcome).getByTestId('decision-explanation').textContent).toBe(
      'rechazada: votación 45 a favor, 7 en contra — 86,5 %, menos de 90 %',
    );
    expect(within(outcome).getByTestId('decision-entered-by').textContent).toContain('la moderación');
    expect(screen.getByTestId('process-announce').textContent).toBe('Resultado anotado: Rechazada.');
    noEnglish(screen.getByTestId('process-panel'));
  });
});

describe('in Arabic', () => {
  test("a proposal's page is in Arabic, right to left, with the records as typed", async () => {
    chooseLang('ar');
    fakeFederation({
      get_proposal: () =>
        proposalDetail({
          proposal: proposal({ status: 'decided' }),
          hearings: [hearing({ step: 'outcome', open: false, next_steps: [], actions: [], outcome: 'passed', decision_id: 'd-1' })],
          decisions: [decision()],
          actions: [],
        }),
    });
    render(ProposalView, { id: PROPOSAL });

    await waitFor(() => expect(screen.getByTestId('proposal-heading').textContent).toContain('Winter tents'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByTestId('proposal-status').textContent).toContain('مقرَّر');
    expect(screen.getByTestId('proposal-meta').textContent).toContain('Kitchen');
    expect(screen.getByTestId('hearing-outcome').textContent).toContain('أُقرّ');
    expect(screen.getByTestId('decision-outcome').textContent).toContain('أُقرّ');
    expect(screen.getByRole('heading', { name: 'سجل الحالات' })).toBeTruthy();
    // The names typed by people stay as typed, beside the Arabic words.
    expect(screen.getAllByTestId('decision-stance').map((s) => s.textContent?.trim())).toEqual([
      'Ben: Too expensive',
      'Rosa: Bought from a sweatshop',
    ]);
    noEnglish(screen.getByTestId('proposal-view'));
  });
});

// The proposals' screens in another language: the process panel walked in Spanish to a
// recorded decision — the app's language sent with every command answering with a
// decision, and the outcome's sentences shown as the core said them —, a proposal's
// page in Arabic. The UI words no decision sentence itself: the core does
// (decision::Sentences, core tests in tests/decision_languages.rs).
import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { DecisionInput } from '../../lib/bindings/DecisionInput';
import type { DecisionPreview } from '../../lib/bindings/DecisionPreview';
import { chooseLang } from '../../lib/i18n.svelte';
import { detail as meetingDetail } from '../../test/fixtures';
import { callsOf, fakeBackend } from '../../test/ipc';
import { fakeFederation } from '../federation/test-fixtures';
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

/** The Spanish sentences of the walk's decision, as the core says them (decision_rules:
 *  `Sentences`; the e2e test proposal-languages.test.mjs reads them from the real core). */
const ES_EXPLANATION = 'rechazada: votación 45 a favor, 7 en contra — 86,5 %, menos de 90 %';
const ES_COUNTED = '9 bloqueos (sin nombres ni motivos anotados); votación: 45 a favor, 7 en contra — 86,5 %, menos de 90 %';

/** The core's answer for the counts of the Spanish walk, under modified:90, in Spanish. */
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
    explanation: ES_EXPLANATION,
    counted: ES_COUNTED,
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
          explanation: ES_EXPLANATION,
          counted: ES_COUNTED,
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
    // Each command answering with a decision was asked for it in Spanish.
    for (const cmd of ['get_proposal', 'preview_decision', 'record_decision']) {
      expect(callsOf(calls, cmd).length, cmd).toBeGreaterThan(0);
      for (const c of callsOf(calls, cmd)) expect((c.args as { lang?: string }).lang, cmd).toBe('es');
    }

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
    // The core's sentences in Arabic (tests/words_in_language.rs), as get_proposal sends them with `lang`.
    const explanation = 'أُقرّ: تصويت 20 مع، 2 ضد — 90.9%، 90% على الأقل';
    const counted = 'اعتراضان مانعان (لم تُسجّل الأسماء ولا الأسباب)؛ تصويت: 20 مع، 2 ضد — 90.9%، 90% على الأقل';
    const langs: unknown[] = [];
    fakeFederation({
      get_proposal: (args) => {
        langs.push(args.lang);
        return proposalDetail({
          proposal: proposal({ status: 'decided' }),
          hearings: [hearing({ step: 'outcome', open: false, next_steps: [], actions: [], outcome: 'passed', decision_id: 'd-1' })],
          decisions: [decision({ explanation, counted })],
          actions: [],
        });
      },
    });
    render(ProposalView, { id: PROPOSAL });

    await waitFor(() => expect(screen.getByTestId('proposal-heading').textContent).toContain('Winter tents'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByTestId('proposal-status').textContent).toContain('مقرَّر');
    expect(screen.getByTestId('proposal-meta').textContent).toContain('Kitchen');
    expect((await screen.findByTestId('hearing-outcome')).textContent).toContain('أُقرّ'); // a frame after the top
    expect(screen.getByTestId('decision-outcome').textContent).toContain('أُقرّ');
    // The decision's sentences as the core said them in Arabic, asked for in Arabic.
    expect(langs).toContain('ar');
    expect(langs.every((l) => l === 'ar')).toBe(true);
    expect(screen.getByTestId('decision-explanation').textContent).toBe(explanation);
    expect(screen.getByTestId('decision-counts').textContent).toContain(counted);
    expect(screen.getByRole('heading', { name: 'سجل الحالات' })).toBeTruthy();
    // The names typed by people stay as typed, beside the Arabic words.
    expect(screen.getAllByTestId('decision-stance').map((s) => s.textContent?.trim())).toEqual([
      'Ben: Too expensive',
      'Rosa: Bought from a sweatshop',
    ]);
    noEnglish(screen.getByTestId('proposal-view'));
  });
});

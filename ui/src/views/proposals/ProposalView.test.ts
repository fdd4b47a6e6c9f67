import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { DiffChunk } from '../../lib/bindings/DiffChunk';
import { href, parse } from '../../lib/router.svelte';
import { callsOf } from '../../test/ipc';
import { dashboard, detail as meetingDetail, wgChoices } from '../../test/fixtures';
import { fakeFederation, federation, fproposal, RIV } from '../federation/test-fixtures';
import DiffText from './DiffText.svelte';
import ProcessPanel from './ProcessPanel.svelte';
import ProposalView from './ProposalView.svelte';
import {
  ITEM,
  MEETING,
  ORIGIN,
  PROPOSAL,
  TEXT_1,
  TEXT_2,
  amendment,
  decision,
  hearing,
  proposal,
  proposalDetail,
} from './test-fixtures';

afterEach(() => {
  clearMocks();
  delete (window as unknown as { __pwned?: unknown }).__pwned;
});

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';

describe('word diff', () => {
  test('insertions and deletions are <ins> / <del> elements whose text is the chunk, never markup', () => {
    const chunks: DiffChunk[] = [
      { change: 'equal', text: 'Buy ' },
      { change: 'delete', text: '20' },
      { change: 'insert', text: `25 ${HOSTILE}` },
      { change: 'equal', text: ' tents.' },
    ];
    const { container } = render(DiffText, { chunks });
    const diff = screen.getByTestId('diff');
    const ins = diff.querySelectorAll('ins');
    const del = diff.querySelectorAll('del');
    expect(Array.from(del).map((d) => d.textContent)).toEqual(['20']);
    expect(Array.from(ins).map((i) => i.textContent)).toEqual([`25 ${HOSTILE}`]);
    expect(diff.textContent).toBe(`Buy 2025 ${HOSTILE} tents.`);
    expect(diff.dataset.changes).toBe('2');
    // The markup inside the text stayed text.
    expect(container.querySelector('img, script, b')).toBeNull();
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('proposal page', () => {
  function detailWithHistory() {
    const accepted = amendment({ id: 'am-1', status: 'accepted', version: 2, offered_by: 'Jo' });
    return proposalDetail({
      proposal: proposal({ text: 'Buy 30 tents.', status: 'decided' }),
      versions: [
        { number: 1, text: TEXT_1, amendment_id: null, created_at: '2011-11-10T12:00:00Z' },
        { number: 2, text: TEXT_2, amendment_id: 'am-1', created_at: '2011-11-12T19:45:00Z' },
        { number: 3, text: 'Buy 30 tents.', amendment_id: 'am-3', created_at: '2011-11-12T19:50:00Z' },
      ],
      amendments: [accepted, amendment({ id: 'am-3', status: 'accepted', version: 3, offered_by: 'Sam', base_version: 2, item_reference: null, agenda_item_id: null })],
      hearings: [hearing({ step: 'outcome', open: false, next_steps: [], actions: [], outcome: 'passed', decision_id: 'd-1' })],
      decisions: [decision({ version: 3, disputed: true, dispute_note: 'Hands were hard to count' })],
      actions: [],
    });
  }

  test('shows the current text, every version with its source, and a diff between any two chosen versions', async () => {
    const user = userEvent.setup();
    const calls = fakeFederation({
      get_proposal: () => detailWithHistory(),
      diff_versions: (args) => ({
        proposal_id: PROPOSAL,
        from: args.from,
        to: args.to,
        chunks: [
          { change: 'equal', text: 'Buy ' },
          { change: 'delete', text: `v${args.from}` },
          { change: 'insert', text: `v${args.to}` },
        ],
      }),
    });
    render(ProposalView, { id: PROPOSAL });

    await waitFor(() => expect(screen.getByTestId('proposal-heading').textContent).toContain('Winter tents'));
    expect(screen.getByTestId('proposal-text').textContent).toBe('Buy 30 tents.');
    expect(screen.getByTestId('proposal-status').dataset.value).toBe('decided');
    const versions = screen.getAllByTestId('version');
    expect(versions.map((v) => v.dataset.number)).toEqual(['3', '2', '1']);
    const sources = versions.map((v) => within(v).getByTestId('version-source').textContent?.replace(/\s+/g, ' ').trim());
    expect(sources).toEqual(['from the amendment by Sam between GAs', 'from the amendment by Jo at LDN-GA-39.4', 'as submitted']);

    // By default: the last change (2 → 3).
    await waitFor(() => expect(callsOf(calls, 'diff_versions')).toHaveLength(1));
    expect(callsOf(calls, 'diff_versions')[0].args).toEqual({ proposal: PROPOSAL, from: 2, to: 3 });
    const diff = await screen.findByTestId('version-diff');
    expect(diff.querySelector('del')?.textContent).toBe('v2');
    expect(diff.querySelector('ins')?.textContent).toBe('v3');

    await user.selectOptions(screen.getByTestId('diff-from'), '1');
    await waitFor(() => expect(callsOf(calls, 'diff_versions').at(-1)?.args).toEqual({ proposal: PROPOSAL, from: 1, to: 3 }));
    await waitFor(() => expect(screen.getByTestId('version-diff').querySelector('del')?.textContent).toBe('v1'));

    // The decision: rule, counts, stances with reasons, outcome, disputed note, who entered it.
    const d = screen.getByTestId('decision');
    expect(within(d).getByTestId('decision-outcome').dataset.value).toBe('passed');
    expect(within(d).getByTestId('decision-rule').textContent).toContain('modified:90');
    expect(within(d).getByTestId('decision-counts').textContent).toContain(
      '1 stand-aside; 1 block; vote: 20 for, 0 against — 100%, at least 90% — 21 participants',
    );
    expect(within(d).getAllByTestId('decision-stance').map((s) => s.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Ben: Too expensive',
      'Rosa: Bought from a sweatshop',
    ]);
    expect(within(d).getByTestId('decision-disputed').textContent).toContain('Hands were hard to count');
    expect(within(d).getByTestId('decision-entered-by').textContent).toContain('the facilitator');
    // The hearing links to its process panel.
    const link = within(screen.getByTestId('hearing')).getByTestId('hearing-process-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(href({ name: 'process', meeting: MEETING, item: ITEM }));
  });

  test('an adopted proposal names its original (from get_federation) and links to the federation', async () => {
    fakeFederation({
      get_proposal: () => proposalDetail({ proposal: proposal({ derived_from: 'pr-riv-1' }) }),
      get_federation: () => ({
        local: ORIGIN,
        assemblies: [],
        working_groups: [],
        decisions: [],
        proposals: [
          {
            ...proposal({ id: 'pr-riv-1', reference: 'RIV-P-2011-003', origin: 'riv' }),
            origin_name: 'Riverside General Assembly',
            origin_code: 'RIV',
            is_local: false,
            adopted_as: PROPOSAL,
            adopted_as_reference: 'LDN-P-2011-004',
            derived_from_reference: null,
          },
        ],
      }),
    });
    render(ProposalView, { id: PROPOSAL });

    const from = await screen.findByTestId('proposal-derived-from');
    await waitFor(() => expect(from.textContent).toContain('RIV-P-2011-003'));
    expect(from.textContent).toContain('Riverside General Assembly');
    expect(within(from).getByRole('link').getAttribute('href')).toBe('#/federation');
    // Adopted is ours: not marked as another assembly's.
    expect(screen.queryByTestId('proposal-imported')).toBeNull();
  });

  test('another assembly’s proposal shows its origin, read-only, and where to adopt it; no control changes it', async () => {
    const theirs = proposal({ id: 'pr-riv-1', origin: RIV, reference: 'RIV-P-2011-003', title: 'Community garden', status: 'decided' });
    const calls = fakeFederation({
      get_proposal: () =>
        proposalDetail({
          proposal: theirs,
          hearings: [hearing({ proposal_id: 'pr-riv-1', step: 'outcome', open: false, next_steps: [], actions: [], outcome: 'consensus', decision_id: 'd-1' })],
          decisions: [decision({ proposal_id: 'pr-riv-1' })],
          actions: [],
        }),
      get_federation: () => federation(),
    });
    render(ProposalView, { id: 'pr-riv-1' });

    // No dashboard here: the federation says which assembly is ours.
    const note = await screen.findByTestId('proposal-imported');
    expect(callsOf(calls, 'get_federation')).toHaveLength(1);
    expect(within(note).getByTestId('origin-code').textContent).toBe('RIV');
    expect(within(note).getByTestId('origin-name').textContent).toBe('Riverside General Assembly');
    expect(within(note).getByTestId('read-only').textContent).toBe('read-only');
    expect(note.textContent).toContain('adopt it to run it through your own process');
    expect(within(note).getByTestId('proposal-imported-link').getAttribute('href')).toBe('#/federation');
    // Read-only: no dispute flag on their decision, no proposal-wide move.
    expect(await screen.findByTestId('decision')).toBeTruthy(); // hearings: a frame after the top
    expect(screen.queryByTestId('dispute-toggle')).toBeNull();
    expect(screen.queryByTestId('submit-proposal')).toBeNull();
    expect(screen.getByTestId('hearing-process-link').textContent).not.toContain('Run the process');
  });

  test('another assembly’s proposal already adopted links to our copy', async () => {
    const theirs = proposal({ id: 'pr-riv-1', origin: RIV, reference: 'RIV-P-2011-003' });
    fakeFederation({
      get_proposal: (args) => proposalDetail({ proposal: args.proposal === 'pr-riv-1' ? theirs : proposal(), actions: [] }),
      get_federation: () =>
        federation({
          proposals: [
            fproposal({ id: 'pr-riv-1', reference: 'RIV-P-2011-003', origin: RIV, adopted_as: PROPOSAL, adopted_as_reference: 'LDN-P-2011-004' }),
          ],
        }),
      get_dashboard: () => dashboard(),
      get_wg_choices: () => wgChoices(),
    });
    render(ProposalView, { id: 'pr-riv-1' });
    const adoptedAs = await screen.findByTestId('proposal-adopted-as');
    expect(adoptedAs.textContent).toBe('LDN-P-2011-004');
    expect(adoptedAs.getAttribute('href')).toBe(`#/proposal/${PROPOSAL}`);
    expect(screen.queryByTestId('proposal-imported-link')).toBeNull();
  });

  test('hostile text from anywhere renders as text', async () => {
    const evil = proposalDetail({
      proposal: proposal({ title: HOSTILE, text: HOSTILE, wg_name: HOSTILE, proposer_name: HOSTILE }),
      versions: [{ number: 1, text: HOSTILE, amendment_id: null, created_at: '2011-11-10T12:00:00Z' }],
      amendments: [amendment({ id: 'am-x', offered_by: HOSTILE, text: HOSTILE, changes: [{ change: 'insert', text: HOSTILE }] })],
      questions: [
        {
          id: 'q-1',
          proposal_id: PROPOSAL,
          agenda_item_id: ITEM,
          question: HOSTILE,
          asked_by_id: null,
          asked_by: HOSTILE,
          answer: HOSTILE,
          answered_by_id: null,
          answered_by: HOSTILE,
          answered_at: null,
          created_at: '2011-11-12T19:41:00Z',
        },
      ],
      concerns: [
        {
          id: 'c-1',
          proposal_id: PROPOSAL,
          agenda_item_id: ITEM,
          concern: HOSTILE,
          raised_by_id: null,
          raised_by: HOSTILE,
          addressed: true,
          response: HOSTILE,
          addressed_at: null,
          created_at: '2011-11-12T19:42:00Z',
        },
      ],
      decisions: [
        decision({
          explanation: HOSTILE,
          disputed: true,
          dispute_note: HOSTILE,
          stances: [{ stance: 'block', person_id: 'p-x', name: HOSTILE, reason: HOSTILE }],
        }),
      ],
      hearings: [hearing({ step: 'outcome', open: false, next_steps: [], actions: [], outcome: 'passed', decision_id: 'd-1' })],
    });
    fakeFederation({
      get_proposal: () => structuredClone(evil),
      get_hearing: () => structuredClone(evil.hearings[0]),
      get_meeting: () => meetingDetail(),
      list_people: () => [],
    });

    const page = render(ProposalView, { id: PROPOSAL });
    await screen.findByTestId('decision');
    expect(screen.getByTestId('proposal-heading').textContent).toContain(HOSTILE);
    expect(screen.getByTestId('proposal-text').textContent).toBe(HOSTILE);
    expect(screen.getByTestId('question-text').textContent).toBe(HOSTILE);
    expect(screen.getByTestId('concern-response-text').textContent).toBe(HOSTILE);
    expect(screen.getByTestId('decision-disputed').textContent).toContain(HOSTILE);
    expect(page.container.querySelector('img, script, b')).toBeNull();
    page.unmount();

    const panel = render(ProcessPanel, { meetingId: MEETING, itemId: ITEM });
    await screen.findByTestId('decision');
    expect(screen.getByTestId('process-heading').textContent).toContain(HOSTILE);
    expect(screen.getByTestId('amendment-diff').querySelector('ins')?.textContent).toBe(HOSTILE);
    expect(screen.getByTestId('decision-stance').textContent).toContain(HOSTILE);
    expect(panel.container.querySelector('img, script, b')).toBeNull();
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('routes and wrappers', () => {
  test('the proposal routes parse and print back', () => {
    expect(parse('#/proposals')).toEqual({ name: 'proposals' });
    expect(parse('#/proposal/p-1')).toEqual({ name: 'proposal', id: 'p-1' });
    expect(parse('#/meeting/m-1/item/i-2/process')).toEqual({ name: 'process', meeting: 'm-1', item: 'i-2' });
    for (const r of [
      { name: 'proposals' } as const,
      { name: 'proposal', id: 'a/b c' } as const,
      { name: 'process', meeting: 'm/1', item: 'i 2' } as const,
    ]) {
      expect(parse(href(r))).toEqual(r);
    }
  });
});

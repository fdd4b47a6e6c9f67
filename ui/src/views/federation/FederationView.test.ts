import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { router } from '../../lib/router.svelte';
import { callsOf, coreError } from '../../test/ipc';
import FederationView from './FederationView.svelte';
import {
  fakeFederation,
  federation,
  fdecision,
  fproposal,
  fwg,
  LDN,
  localOnly,
  receivedBundle,
  RIV,
  preview,
  report,
  RIV_FP,
  rivDecision,
} from './test-fixtures';

const ldnDecision = () =>
  fdecision({
    id: 'd-ldn-1',
    proposal_id: 'pr-ldn-1',
    proposal_reference: 'LDN-P-2011-004',
    proposal_title: 'Winter tents',
    outcome: 'blocked',
    rule: 'modified:90',
    default_rule: 'modified:90',
    support: 30,
    blocks: 1,
    stand_asides: 1,
    participants: 32,
    counted: '30 in support; 1 stand-aside; 1 block',
    explanation: 'Blocked: 1 block stands under modified:90.',
    stances: [
      { stance: 'stand-aside', person_id: 'p-jo', name: 'Jo', reason: null },
      { stance: 'block', person_id: 'p-sam', name: 'Sam', reason: 'The tents are not fire-safe' },
    ],
    disputed: true,
    dispute_note: 'The count was taken twice',
    created_at: '2011-11-30T21:00:00Z',
  });

beforeEach(() => {
  location.hash = '#/federation';
  router.route = { name: 'federation' };
});

afterEach(() => {
  clearMocks();
  location.hash = '';
});

const groupNames = () => screen.getAllByTestId('fed-wg-group').map((g) => g.dataset.name);

describe('federation view', () => {
  test('lists the assemblies, ours first, with code, fingerprint, pinning and imports', async () => {
    fakeFederation({ list_received_bundles: () => [], get_federation: () => federation() });
    render(FederationView);

    const rows = await screen.findAllByTestId('fed-assembly');
    expect(rows.map((r) => r.dataset.code)).toEqual(['LDN', 'RIV']);
    expect(rows[0].dataset.local).toBe('true');
    expect(rows[0].textContent).toContain('This assembly');
    const riv = rows[1];
    expect(within(riv).getByTestId('fed-assembly-name').textContent).toBe('Riverside General Assembly');
    expect(within(riv).getByTestId('fed-assembly-fingerprint').textContent?.trim()).toBe(RIV_FP);
    expect(within(riv).getByTestId('fed-assembly-pinned').querySelector('time')?.getAttribute('datetime')).toBe(
      '2011-11-20T10:00:00Z',
    );
    expect(within(riv).getByTestId('fed-assembly-last-import').querySelector('time')?.getAttribute('datetime')).toBe(
      '2011-12-01T09:30:00Z',
    );
    expect(within(riv).getByTestId('fed-assembly-bundles').textContent).toBe('2 bundles');
    expect(screen.queryByTestId('federation-empty')).toBeNull();
  });

  test('groups WGs by name so namesakes of different assemblies meet, each with its origin', async () => {
    fakeFederation({ list_received_bundles: () => [], get_federation: () => federation() });
    render(FederationView);

    await screen.findAllByTestId('fed-wg-group');
    expect(groupNames()).toEqual(['Economics', 'Kitchen', 'Legal Observers']);
    const kitchen = screen.getAllByTestId('fed-wg-group').find((g) => g.dataset.name === 'Kitchen')!;
    expect(kitchen.dataset.count).toBe('2');
    expect(within(kitchen).getByTestId('fed-wg-shared').textContent).toBe('in 2 assemblies');
    const members = within(kitchen).getAllByTestId('fed-wg');
    expect(members.map((m) => m.dataset.originCode)).toEqual(['LDN', 'RIV']);
    // Ours is marked ours; theirs read-only with its origin's code and name.
    expect(within(members[0]).queryByTestId('read-only')).toBeNull();
    expect(within(members[1]).getByTestId('origin-code').textContent).toBe('RIV');
    expect(within(members[1]).getByTestId('origin-name').textContent).toBe('Riverside General Assembly');
    expect(within(members[1]).getByTestId('read-only').textContent).toBe('read-only');
    expect(within(members[1]).getByTestId('fed-wg-status').dataset.value).toBe('forming');
    expect(within(members[1]).getByTestId('fed-wg-description').textContent).toBe('Feeding the riverside camp.');
    // Read-only: nothing to change a WG with.
    expect(within(kitchen).queryByRole('button')).toBeNull();
  });

  test('lists proposals with their origin; ours link to their page, theirs show their text and can be adopted', async () => {
    fakeFederation({ list_received_bundles: () => [], get_federation: () => federation() });
    render(FederationView);

    const list = await screen.findByTestId('fed-proposals');
    const rows = within(list).getAllByTestId('fed-proposal');
    expect(rows.map((r) => [r.dataset.originCode, r.dataset.local])).toEqual([
      ['RIV', 'false'],
      ['LDN', 'true'],
    ]);
    const [theirs, ours] = rows;
    expect(within(theirs).getByTestId('fed-proposal-ref').textContent).toBe('RIV-P-2011-003');
    expect(within(theirs).getByTestId('fed-proposal-title').textContent).toBe('Community garden');
    expect(within(theirs).getByTestId('origin-name').textContent).toBe('Riverside General Assembly');
    expect(within(theirs).getByTestId('fed-proposal-text').textContent).toBe('Plant a garden by the river.');
    expect(within(theirs).queryByTestId('fed-proposal-link')).toBeNull();
    // The accessible name holds the words shown (WCAG 2.5.3), then which proposal.
    expect(within(theirs).getByRole('button', { name: 'Adopt as our proposal: RIV-P-2011-003' })).toBeTruthy();

    expect(within(ours).getByTestId('fed-proposal-link').getAttribute('href')).toBe('#/proposal/pr-ldn-1');
    expect(within(ours).queryByTestId('adopt-proposal')).toBeNull();

    // Proposals are not listed again under Decisions: decisions are.
    expect(within(screen.getByTestId('section-fed-decisions')).queryByTestId('fed-proposal')).toBeNull();
  });

  test('adopting calls adopt_proposal with the proposal and opens the new local proposal', async () => {
    const user = userEvent.setup();
    const calls = fakeFederation({
      list_received_bundles: () => [],
      get_federation: () => federation(),
      adopt_proposal: (args) => ({
        ...fproposal({ id: 'pr-ldn-9', reference: 'LDN-P-2011-009', title: 'Community garden' }),
        derived_from: args.proposal,
      }),
    });
    render(FederationView);

    await user.click(await screen.findByRole('button', { name: 'Adopt as our proposal: RIV-P-2011-003' }));
    await waitFor(() => expect(callsOf(calls, 'adopt_proposal')).toHaveLength(1));
    expect(callsOf(calls, 'adopt_proposal')[0].args).toEqual({ proposal: 'pr-riv-1' });
    await waitFor(() => expect(location.hash).toBe('#/proposal/pr-ldn-9'));
    expect(router.route).toEqual({ name: 'proposal', id: 'pr-ldn-9' });
  });

  test('a refused adoption shows the core message by the proposal and stays', async () => {
    const user = userEvent.setup();
    fakeFederation({
      list_received_bundles: () => [],
      get_federation: () => federation(),
      adopt_proposal: () => {
        throw coreError('conflict', 'RIV-P-2011-003 was already adopted here');
      },
    });
    render(FederationView);

    await user.click(await screen.findByTestId('adopt-proposal'));
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('RIV-P-2011-003 was already adopted here');
    expect(location.hash).toBe('#/federation');
  });

  test('shows the derived_from link both ways once adopted', async () => {
    fakeFederation({
      list_received_bundles: () => [],
      get_federation: () =>
        federation({
          proposals: [
            fproposal({
              id: 'pr-riv-1',
              reference: 'RIV-P-2011-003',
              origin: RIV,
              adopted_as: 'pr-ldn-9',
              adopted_as_reference: 'LDN-P-2011-009',
            }),
            fproposal({
              id: 'pr-ldn-9',
              reference: 'LDN-P-2011-009',
              derived_from: 'pr-riv-1',
              derived_from_reference: 'RIV-P-2011-003',
            }),
          ],
        }),
    });
    render(FederationView);

    const adoptedAs = await screen.findByTestId('fed-adopted-as');
    expect(adoptedAs.textContent).toContain('LDN-P-2011-009');
    expect(within(adoptedAs).getByTestId('fed-adopted-link').getAttribute('href')).toBe('#/proposal/pr-ldn-9');
    expect(screen.queryByTestId('adopt-proposal')).toBeNull();
    const from = screen.getByTestId('fed-derived-from');
    expect(from.textContent).toContain('RIV-P-2011-003');
  });

  test('the filter shows one assembly’s records', async () => {
    const user = userEvent.setup();
    const lastCalls = fakeFederation({
      list_received_bundles: () => [],
      get_federation: () => federation({ decisions: [rivDecision(), ldnDecision()] }),
    });
    render(FederationView);

    const filter = await screen.findByLabelText('Show records of');
    // The lists come once the summary is drawn; then one assembly is chosen.
    await waitFor(() => expect(groupNames()).toEqual(['Economics', 'Kitchen', 'Legal Observers']));
    await user.selectOptions(filter, RIV);
    // The lists are asked again for that assembly.
    await waitFor(() => expect(groupNames()).toEqual(['Kitchen', 'Legal Observers']));
    expect(screen.getAllByTestId('fed-wg').every((w) => w.dataset.originCode === 'RIV')).toBe(true);
    expect(
      within(screen.getByTestId('fed-proposals'))
        .getAllByTestId('fed-proposal')
        .map((p) => p.dataset.proposalId),
    ).toEqual(['pr-riv-1']);
    await waitFor(() => expect(screen.getAllByTestId('fed-decision').map((d) => d.dataset.decisionId)).toEqual(['d-riv-1']));
    await user.selectOptions(filter, LDN);
    await waitFor(() => expect(screen.getAllByTestId('fed-decision').map((d) => d.dataset.decisionId)).toEqual(['d-ldn-1']));
    await user.selectOptions(filter, 'all');
    await waitFor(() => expect(groupNames()).toEqual(['Economics', 'Kitchen', 'Legal Observers']));
    await waitFor(() => expect(screen.getAllByTestId('fed-decision')).toHaveLength(2));
    const calls = callsOf(lastCalls, 'page_decisions').map((c) => (c.args.filter as { origin: string | null }).origin);
    expect(calls).toEqual([null, RIV, LDN, null]);
  });

  test('knowing no other assembly, it says how to import a bundle', async () => {
    fakeFederation({ list_received_bundles: () => [], get_federation: () => localOnly() });
    render(FederationView);

    const empty = await screen.findByTestId('federation-empty');
    expect(empty.textContent).toContain('Import a bundle…');
    expect(empty.textContent).toContain('.plenary');
    expect(screen.queryByTestId('federation-filter')).toBeNull();
    expect(screen.getAllByTestId('fed-assembly')).toHaveLength(1);
    expect(await screen.findByTestId('fed-wgs')).toBeTruthy();
  });

  test('a failed get_federation shows its message', async () => {
    fakeFederation({
      list_received_bundles: () => [],
      get_federation: () => {
        throw coreError('database', 'database is locked');
      },
    });
    render(FederationView);
    expect((await screen.findByTestId('error')).textContent).toContain('database is locked');
    expect(screen.queryByTestId('fed-assemblies')).toBeNull();
  });

  test('text from an imported bundle is shown as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    fakeFederation({
      list_received_bundles: () => [],
      get_federation: () =>
        federation({
          assemblies: [
            federation().assemblies[0],
            { ...federation().assemblies[1], name: '<b>Bold</b> <img src=a onerror=alert(2)>', code: '<i>R</i>' },
          ],
          working_groups: [
            fwg({ id: 'wg-evil', name: evil, origin: RIV, description: '<script>alert(3)</script>', contact: evil }),
          ],
          proposals: [
            fproposal({ id: 'pr-evil', reference: 'RIV-P-1', origin: RIV, title: evil, text: `<iframe src="x"></iframe>${evil}` }),
          ],
        }),
    });
    const { container } = render(FederationView);

    const group = await screen.findByTestId('fed-wg-group');
    expect(within(group).getByTestId('fed-wg-group-name').textContent).toBe(evil);
    expect(group.dataset.name).toBe(evil);
    expect(within(group).getByTestId('fed-wg-contact').textContent).toBe(evil);
    expect(within(group).getByTestId('fed-wg-description').textContent).toBe('<script>alert(3)</script>');
    expect(screen.getByTestId('fed-proposal-title').textContent).toBe(evil);
    expect(screen.getByTestId('fed-proposal-text').textContent).toBe(`<iframe src="x"></iframe>${evil}`);
    expect(screen.getAllByTestId('fed-assembly-name')[1].textContent).toBe('<b>Bold</b> <img src=a onerror=alert(2)>');
    for (const tag of ['img', 'script', 'iframe', 'b', 'i']) expect(container.querySelector(tag)).toBeNull();
  });

  test('decisions: newest first (the core’s order), each with origin, proposal, outcome, explanation, counts, stances, dispute', async () => {
    fakeFederation({
      list_received_bundles: () => [],
      get_federation: () => federation({ decisions: [ldnDecision(), rivDecision()] }),
    });
    render(FederationView);

    const list = await screen.findByTestId('fed-decisions');
    const rows = within(list).getAllByTestId('fed-decision');
    expect(rows.map((r) => [r.dataset.decisionId, r.dataset.originCode, r.dataset.local, r.dataset.outcome])).toEqual([
      ['d-ldn-1', 'LDN', 'true', 'blocked'],
      ['d-riv-1', 'RIV', 'false', 'consensus'],
    ]);
    expect(within(screen.getByTestId('section-fed-decisions')).getByText('2')).toBeTruthy();
    const [ours, theirs] = rows;

    // Ours: links to the proposal page; blocked, with the named stand-aside and block, disputed.
    expect(within(ours).getByTestId('fed-decision-link').getAttribute('href')).toBe('#/proposal/pr-ldn-1');
    expect(within(ours).getByTestId('fed-decision-ref').textContent).toBe('LDN-P-2011-004');
    expect(within(ours).getByTestId('fed-decision-title').textContent).toBe('Winter tents');
    expect(within(ours).getByTestId('decision-outcome').dataset.value).toBe('blocked');
    expect(within(ours).getByTestId('decision-explanation').textContent).toBe('Blocked: 1 block stands under modified:90.');
    expect(within(ours).getByTestId('decision-counts').textContent).toContain('30 in support; 1 stand-aside; 1 block');
    const stances = within(ours).getAllByTestId('decision-stance');
    expect(stances.map((s) => [s.dataset.stance, s.textContent?.trim()])).toEqual([
      ['stand-aside', 'Jo'],
      ['block', 'Sam: The tents are not fire-safe'],
    ]);
    expect(within(ours).getByTestId('decision-disputed').textContent).toContain('The count was taken twice');
    expect(within(ours).getByTestId('fed-decision-meeting').textContent).toContain('LDN-GA-39');

    // Theirs: origin badge, read-only, no link, no control.
    expect(within(theirs).getByTestId('origin-code').textContent).toBe('RIV');
    expect(within(theirs).getByTestId('origin-name').textContent).toBe('Riverside General Assembly');
    expect(within(theirs).getByTestId('read-only')).toBeTruthy();
    expect(within(theirs).queryByTestId('fed-decision-link')).toBeNull();
    expect(within(theirs).getByTestId('fed-decision-ref').textContent).toBe('RIV-P-2011-003');
    expect(within(theirs).getByTestId('fed-decision-title').textContent).toBe('Community garden');
    expect(within(theirs).getByTestId('decision-explanation').textContent).toBe(
      'Consensus: 31 support, 2 stand aside, no blocks.',
    );
    expect(within(theirs).getByTestId('decision-stance').textContent).toContain('Bo: I will be away all spring');
    expect(within(theirs).queryByTestId('decision-disputed')).toBeNull();
    // Nothing in the decisions changes a record (disputes are flagged on our proposal page).
    expect(within(list).queryByRole('button')).toBeNull();
  });

  test('a decision’s text from a bundle is shown as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    fakeFederation({
      list_received_bundles: () => [],
      get_federation: () =>
        federation({
          decisions: [
            fdecision({
              id: 'd-evil',
              proposal_id: 'pr-riv-1',
              proposal_reference: `RIV-P-${evil}`,
              proposal_title: evil,
              is_local: false,
              origin_name: evil,
              outcome: 'blocked',
              blocks: 1,
              explanation: `<script>alert(2)</script>`,
              stances: [{ stance: 'block', person_id: 'p-x', name: '<b>Mallory</b>', reason: evil }],
              disputed: true,
              dispute_note: `<iframe src="x"></iframe>`,
            }),
          ],
        }),
    });
    const { container } = render(FederationView);

    const row = await screen.findByTestId('fed-decision');
    expect(within(row).getByTestId('fed-decision-title').textContent).toBe(evil);
    expect(within(row).getByTestId('fed-decision-ref').textContent).toBe(`RIV-P-${evil}`);
    expect(within(row).getByTestId('origin-name').textContent).toBe(evil);
    expect(within(row).getByTestId('decision-stance').textContent?.trim()).toBe(`<b>Mallory</b>: ${evil}`);
    expect(within(row).getByTestId('decision-explanation').textContent).toBe('<script>alert(2)</script>');
    expect(within(row).getByTestId('decision-disputed').textContent).toContain('<iframe src="x"></iframe>');
    for (const tag of ['img', 'script', 'iframe', 'b']) expect(container.querySelector(tag)).toBeNull();
  });

  test('received bundles: file, maker, dates, size, scope; "Pass on…" saves the original and says where', async () => {
    const user = userEvent.setup();
    let answer: string | null = '/home/ana/Desktop/RIV-2011-12-01.plenary';
    const calls = fakeFederation({
      get_federation: () => federation(),
      list_received_bundles: () => [
        receivedBundle(),
        receivedBundle({
          id: 'rb-0',
          file_name: 'RIV-2011-11-20.plenary',
          size: 512,
          made_at: '2011-11-20T08:00:00Z',
          imported_at: '2011-11-20T10:00:00Z',
          scope: { kind: 'since', since: '2011-11-01' },
        }),
      ],
      pass_on_bundle: () => answer,
    });
    render(FederationView);

    const rows = await screen.findAllByTestId('received-bundle');
    expect(rows.map((r) => r.dataset.bundleId)).toEqual(['rb-1', 'rb-0']);
    const [first, second] = rows;
    expect(first.dataset.assemblyId).toBe(RIV);
    expect(within(first).getByTestId('received-file').textContent).toBe('RIV-2011-12-01.plenary');
    expect(within(within(first).getByTestId('received-from')).getByTestId('origin-code').textContent).toBe('RIV');
    expect(within(first).getByTestId('origin-name').textContent).toBe('Riverside General Assembly');
    expect(within(first).getByTestId('received-made').querySelector('time')?.getAttribute('datetime')).toBe(
      '2011-12-01T08:00:00Z',
    );
    expect(within(first).getByTestId('received-imported').querySelector('time')?.getAttribute('datetime')).toBe(
      '2011-12-01T09:30:00Z',
    );
    expect(within(first).getByTestId('received-size').textContent).toBe('20.0 KB');
    expect(within(first).getByTestId('received-scope').textContent).toBe('The whole assembly');
    expect(within(second).getByTestId('received-size').textContent).toBe('512 bytes');
    expect(within(second).getByTestId('received-scope').textContent).toContain('Everything changed since');

    await user.click(within(first).getByRole('button', { name: 'Pass on RIV-2011-12-01.plenary (from Riverside General Assembly)…' }));
    await waitFor(() => expect(callsOf(calls, 'pass_on_bundle')).toHaveLength(1));
    expect(callsOf(calls, 'pass_on_bundle')[0].args).toEqual({ bundle: 'rb-1' });
    const saved = await within(first).findByTestId('pass-on-saved');
    expect(saved.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Saved as /home/ana/Desktop/RIV-2011-12-01.plenary — the original file, still signed by Riverside General Assembly.',
    );
    expect(within(second).queryByTestId('pass-on-saved')).toBeNull();

    // Cancelled: nothing is said (and the earlier message of that bundle goes).
    answer = null;
    await user.click(within(first).getByTestId('pass-on'));
    await waitFor(() => expect(callsOf(calls, 'pass_on_bundle')).toHaveLength(2));
    await waitFor(() => expect(within(first).getByTestId('pass-on')).toHaveProperty('disabled', false));
    expect(screen.queryByTestId('pass-on-saved')).toBeNull();
    expect(screen.queryByTestId('error')).toBeNull();
  });

  test('a refused pass-on shows the core message by the bundle', async () => {
    const user = userEvent.setup();
    fakeFederation({
      get_federation: () => federation(),
      list_received_bundles: () => [receivedBundle()],
      pass_on_bundle: () => {
        throw coreError('io', 'cannot write /read-only/RIV.plenary');
      },
    });
    render(FederationView);

    await user.click(await screen.findByTestId('pass-on'));
    const error = await within(screen.getByTestId('received-bundle')).findByTestId('error');
    expect(error.textContent).toContain('cannot write /read-only/RIV.plenary');
    expect(screen.queryByTestId('pass-on-saved')).toBeNull();
  });

  test('received bundles are asked again after an import', async () => {
    const user = userEvent.setup();
    let imported = false;
    const calls = fakeFederation({
      get_federation: () => (imported ? federation() : localOnly()),
      list_received_bundles: () => (imported ? [receivedBundle()] : []),
      get_dashboard: () => {
        throw coreError('not-found', 'not needed');
      },
      preview_import: () => preview(),
      import_bundle: () => {
        imported = true;
        return report({ dry_run: false, changed: true, refusals: [] });
      },
    });
    render(FederationView);
    await screen.findByTestId('federation-empty');
    expect(screen.queryByTestId('section-received-bundles')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Import a bundle…' }));
    await user.click(await screen.findByRole('button', { name: 'Import from RIV' }));
    await waitFor(() => expect(callsOf(calls, 'page_received_bundles')).toHaveLength(2));
    const row = await screen.findByTestId('received-bundle');
    expect(within(row).getByTestId('received-file').textContent).toBe('RIV-2011-12-01.plenary');
  });
});

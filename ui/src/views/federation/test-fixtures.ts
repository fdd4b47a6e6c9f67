// Federation records shaped exactly like the ts-rs bindings, for the unit tests.
import type { FolderStatus } from '../../lib/bindings/FolderStatus';
import type { FederatedDecision } from '../../lib/bindings/FederatedDecision';
import type { FederatedProposal } from '../../lib/bindings/FederatedProposal';
import type { FederatedWg } from '../../lib/bindings/FederatedWg';
import type { AssemblySummary } from '../../lib/bindings/AssemblySummary';
import type { Federation } from '../../lib/bindings/Federation';
import type { FederationSummary } from '../../lib/bindings/FederationSummary';
import type { ImportPreview } from '../../lib/bindings/ImportPreview';
import type { ImportReport } from '../../lib/bindings/ImportReport';
import type { KnownAssembly } from '../../lib/bindings/KnownAssembly';
import type { Said } from '../../lib/bindings/Said';
import type { ReceivedBundle } from '../../lib/bindings/ReceivedBundle';
import type { TableReport } from '../../lib/bindings/TableReport';
import { fakeBackend, pagedHandler, type Call, type Handler } from '../../test/ipc';

export const LDN = '0190a000-0000-7000-8000-000000000001';
export const RIV = '0190a000-0000-7000-8000-0000000000r1';
const T = '2011-11-01T18:00:00Z';
export const RIV_FP = '6e6d 8744 d2d5 0c1a 9f3e 77b2 11aa 0b0c 5d6e 7f80 9a1b 2c3d 4e5f 6071 8293 a4b5';

export const london: KnownAssembly = {
  id: LDN,
  name: 'Occupy London General Assembly',
  code: 'LDN',
  is_local: true,
  default_rule: 'modified:90',
  public_key: null,
  fingerprint: null,
  first_import: null,
  last_import: null,
  bundles: 0,
};

export const riverside: KnownAssembly = {
  id: RIV,
  name: 'Riverside General Assembly',
  code: 'RIV',
  is_local: false,
  default_rule: 'consensus',
  public_key: 'ab'.repeat(32),
  fingerprint: RIV_FP,
  first_import: '2011-11-20T10:00:00Z',
  last_import: '2011-12-01T09:30:00Z',
  bundles: 2,
};

export function fwg(p: Partial<FederatedWg> & Pick<FederatedWg, 'id' | 'name'>): FederatedWg {
  const local = (p.origin ?? LDN) === LDN;
  return {
    origin: LDN,
    category: 'operational',
    status: 'active',
    description: '',
    contact: '',
    schedule: '',
    status_since: '2011-10-20',
    created_at: T,
    updated_at: T,
    revision: 1,
    origin_name: local ? london.name : riverside.name,
    origin_code: local ? 'LDN' : 'RIV',
    is_local: local,
    ...p,
  };
}

export function fproposal(p: Partial<FederatedProposal> & Pick<FederatedProposal, 'id' | 'reference'>): FederatedProposal {
  const local = (p.origin ?? LDN) === LDN;
  return {
    adopted_as: null,
    adopted_as_reference: null,
    derived_from_reference: null,
    origin: LDN,
    title: 'A proposal',
    text: 'Its text.',
    status: 'submitted',
    wg_id: null,
    wg_name: null,
    proposer_id: null,
    proposer_name: null,
    derived_from: null,
    created_at: T,
    updated_at: T,
    revision: 1,
    origin_name: local ? london.name : riverside.name,
    origin_code: local ? 'LDN' : 'RIV',
    is_local: local,
    ...p,
  };
}

export function fdecision(
  p: Partial<FederatedDecision> & Pick<FederatedDecision, 'id' | 'proposal_id' | 'proposal_reference'>,
): FederatedDecision {
  const local = p.is_local ?? true;
  return {
    proposal_title: 'A proposal',
    agenda_item_id: `item-${p.id}`,
    item_reference: local ? 'LDN-GA-39.4' : 'RIV-GA-3.2',
    meeting_id: `meeting-${p.id}`,
    meeting_reference: local ? 'LDN-GA-39' : 'RIV-GA-3',
    version: 1,
    rule: 'consensus',
    default_rule: 'consensus',
    support: 40,
    against: 0,
    stand_asides: 0,
    blocks: 0,
    participants: 40,
    ratio: null,
    quorum: null,
    stand_aside_limit: null,
    outcome: 'consensus',
    reason: 'no-blocks',
    explanation: 'Consensus: 40 support, no stand-asides, no blocks.',
    counted: '40 in support',
    wg_voices: [],
    stances: [],
    entered_by: 'minute-taker',
    disputed: false,
    dispute_note: '',
    created_at: T,
    updated_at: T,
    revision: 1,
    origin_name: local ? london.name : riverside.name,
    origin_code: local ? 'LDN' : 'RIV',
    is_local: local,
    ...p,
  };
}

/** Riverside's decision on its community garden (two stand-asides, one named). */
export const rivDecision = (): FederatedDecision =>
  fdecision({
    id: 'd-riv-1',
    proposal_id: 'pr-riv-1',
    proposal_reference: 'RIV-P-2011-003',
    proposal_title: 'Community garden',
    is_local: false,
    support: 31,
    stand_asides: 2,
    participants: 33,
    explanation: 'Consensus: 31 support, 2 stand aside, no blocks.',
    wg_voices: [],
    stances: [{ stance: 'stand-aside', person_id: 'p-bo', name: 'Bo', reason: 'I will be away all spring' }],
    created_at: '2011-11-28T20:15:00Z',
  });

export function receivedBundle(over: Partial<ReceivedBundle> = {}): ReceivedBundle {
  return {
    id: 'rb-1',
    assembly_id: RIV,
    assembly_name: riverside.name,
    file_name: 'RIV-2011-12-01.plenary',
    size: 20480,
    sha256: 'ff'.repeat(32),
    made_at: '2011-12-01T08:00:00Z',
    imported_at: '2011-12-01T09:30:00Z',
    scope: { kind: 'all' },
    ...over,
  };
}

/** London knows Riverside: both have a Kitchen; one proposal each, Riverside's decided. */
export function federation(over: Partial<Federation> = {}): Federation {
  return {
    local: LDN,
    assemblies: [london, riverside],
    working_groups: [
      fwg({ id: 'wg-econ', name: 'Economics', category: 'sectorial' }),
      fwg({ id: 'wg-kitchen', name: 'Kitchen' }),
      fwg({
        id: 'wg-riv-kitchen',
        name: 'Kitchen',
        origin: RIV,
        status: 'forming',
        description: 'Feeding the riverside camp.',
        contact: 'kitchen@riverside.example',
      }),
      fwg({ id: 'wg-riv-legal', name: 'Legal Observers', origin: RIV }),
    ],
    proposals: [
      fproposal({
        id: 'pr-riv-1',
        reference: 'RIV-P-2011-003',
        origin: RIV,
        title: 'Community garden',
        text: 'Plant a garden by the river.',
        status: 'decided',
        wg_name: 'Legal Observers',
        proposer_name: 'Ana',
      }),
      fproposal({ id: 'pr-ldn-1', reference: 'LDN-P-2011-004', title: 'Winter tents', wg_name: 'Kitchen' }),
    ],
    decisions: [rivDecision()],
    ...over,
  };
}

export function localOnly(): Federation {
  return {
    local: LDN,
    assemblies: [london],
    working_groups: [fwg({ id: 'wg-kitchen', name: 'Kitchen' })],
    proposals: [fproposal({ id: 'pr-ldn-1', reference: 'LDN-P-2011-004', title: 'Winter tents' })],
    decisions: [],
  };
}

function table(table: string, record: string, counts: Partial<TableReport>): TableReport {
  return { table, record, new: 0, updated: 0, unchanged: 0, refused: 0, deleted: 0, ...counts };
}

export function report(over: Partial<ImportReport> = {}): ImportReport {
  const tables = over.tables ?? [
    table('assemblies', 'assembly', { new: 1 }),
    table('working_groups', 'working group', { new: 2, unchanged: 1 }),
    table('proposals', 'proposal', { updated: 1, refused: 1 }),
  ];
  const sum = (k: 'new' | 'updated' | 'unchanged' | 'refused' | 'deleted') => tables.reduce((n, t) => n + t[k], 0);
  return {
    file_name: 'RIV-2011-12-01.plenary',
    assembly: { id: RIV, name: riverside.name, code: 'RIV', public_key: 'ab'.repeat(32), fingerprint: RIV_FP },
    key: 'new',
    scope: { kind: 'all' },
    made_at: '2011-12-01T08:00:00Z',
    dry_run: true,
    already_imported: null,
    tables,
    totals: { new: sum('new'), updated: sum('updated'), unchanged: sum('unchanged'), refused: sum('refused'), deleted: sum('deleted') },
    refusals: [
      { table: 'proposals', record: 'proposal', id: 'pr-x', reason: 'its working group is not in the bundle', said: null },
    ],
    refusals_not_listed: 0,
    changed: false,
    received_id: null,
    ...over,
  };
}

export function preview(
  over: {
    key?: ImportPreview['inspection']['key'];
    verifies?: boolean;
    problem?: string | null;
    problem_said?: Said | null;
    refusal?: string | null;
    refusal_said?: Said | null;
    refused_records?: number;
    /** False for the first glance (the `import-checking` event's), before the dry run. */
    checked?: boolean;
  } = {},
): ImportPreview {
  const verifies = over.verifies ?? true;
  const checked = over.checked ?? true;
  const importable = checked && verifies && !over.problem && !over.refusal;
  const key = over.key ?? 'new';
  return {
    token: 'tok-123',
    inspection: {
      file_name: 'RIV-2011-12-01.plenary',
      size: 20480,
      sha256: 'ff'.repeat(32),
      format_version: 1,
      generator: 'Plenary 0.1.0',
      assembly: { id: RIV, name: riverside.name, code: 'RIV', public_key: 'ab'.repeat(32), fingerprint: RIV_FP },
      key,
      pinned_fingerprint: key === 'mismatch' ? '0000 1111 2222 3333' : null,
      made_at: '2011-12-01T08:00:00Z',
      scope: { kind: 'since', since: '2011-11-01' },
      chosen_meetings: [],
      counts: [
        { table: 'working_groups', record: 'working group', records: 3 },
        { table: 'proposals', record: 'proposal', records: 2 },
      ],
      deletions: 0,
      minutes: ['minutes/RIV-GA-3.md'],
      checked,
      verifies,
      problem: over.problem ?? null,
      problem_said: over.problem_said ?? null,
      importable,
      refusal: over.refusal ?? null,
      refusal_said: over.refusal_said ?? null,
      refused_records: over.refused_records ?? 0,
      already_imported: null,
      sealed_for: [],
    },
    report: importable ? report({ key }) : null,
  };
}

/** The first glance at a bundle (what its signed manifest says), as the `import-checking`
 *  event carries it while the dry run runs. */
export function glance(over: Parameters<typeof preview>[0] = {}): ImportPreview['inspection'] {
  return preview({ ...over, checked: false }).inspection;
}

/**
 * The federation commands of the core answered from one `Federation` (test data): the
 * summary per assembly (`get_federation`), one proposal's federation line, and the paged
 * lists, each filtered by origin as the core filters them.
 */
export function fedBackend(f: () => Federation, bundles: () => ReceivedBundle[] = () => []): Record<string, Handler> {
  const byOrigin = (origin: string) => (item: { origin?: string }, filter: Record<string, unknown>) =>
    !filter.origin || (item.origin ?? origin) === filter.origin;
  const decisionOrigin = (d: FederatedDecision, fed: Federation) =>
    fed.proposals.find((p) => p.id === d.proposal_id)?.origin ?? fed.assemblies.find((a) => a.code === d.origin_code)?.id;
  return {
    get_federation: () => {
      const fed = f();
      return {
        local: fed.local,
        assemblies: fed.assemblies.map((a) => {
          const decisions = fed.decisions.filter((d) => decisionOrigin(d, fed) === a.id);
          const received = bundles().filter((b) => b.assembly_id === a.id);
          return {
            ...a,
            working_groups: fed.working_groups.filter((w) => w.origin === a.id).length,
            meetings: 0,
            proposals: fed.proposals.filter((p) => p.origin === a.id).length,
            decisions: decisions.length,
            latest_bundle: received[0] ?? null,
            recent_decisions: decisions.slice(0, 3).map((d) => ({
              id: d.id,
              proposal_reference: d.proposal_reference,
              proposal_title: d.proposal_title,
              outcome: d.outcome,
              meeting_reference: d.meeting_reference,
            })),
          } satisfies AssemblySummary;
        }),
      } satisfies FederationSummary;
    },
    get_federated_proposal: (args) => {
      const p = f().proposals.find((x) => x.id === args.proposal);
      if (!p) throw { kind: 'not-found', message: `no proposal with id ${String(args.proposal)}` };
      return p;
    },
    page_federated_wgs: pagedHandler(() => f().working_groups, byOrigin('')),
    // Who works on what: each WG with no counterpart (tests that need some pass their own).
    page_who_works_on_what: pagedHandler(
      () => f().working_groups.map((w) => ({ ...w, counterparts: [] })),
      byOrigin(''),
    ),
    get_wg_namesakes: () => [],
    get_proposal_namesakes: () => [],
    page_federated_proposals: pagedHandler(() => f().proposals, byOrigin('')),
    page_decisions: pagedHandler(
      () => f().decisions,
      (d, filter) => !filter.origin || decisionOrigin(d, f()) === filter.origin,
    ),
    page_received_bundles: pagedHandler(bundles, (b, filter) => !filter.origin || b.assembly_id === filter.origin),
    // The shared folders, not chosen yet.
    get_federation_folders: () => noFolders(),
  };
}

/** The folders panel before any folder is chosen. */
export function noFolders(): FolderStatus {
  return {
    inbox: null,
    outbox: null,
    last_sync: null,
    last_outbox: null,
    pending: [],
    left_alone: [],
    imported_files: 0,
    relayed: 0,
  };
}

/**
 * A fake backend whose federation is given as before paging: `get_federation` returns a
 * whole `Federation` and `list_received_bundles` the bundles; they are served as the
 * core serves them now (summary, one proposal, pages). Other handlers pass through.
 */
export function fakeFederation(handlers: Record<string, Handler>): Call[] {
  const { get_federation, list_received_bundles, ...rest } = handlers;
  const fed = () => (get_federation ? get_federation({}) : localOnly()) as Federation;
  const bundles = () => (list_received_bundles?.({}) ?? []) as ReceivedBundle[];
  return fakeBackend({ ...fedBackend(fed, bundles), ...rest });
}

// Sample records shaped exactly like the ts-rs bindings, for the unit tests.
import type { AgendaItem } from '../lib/bindings/AgendaItem';
import type { Assembly } from '../lib/bindings/Assembly';
import type { Dashboard } from '../lib/bindings/Dashboard';
import type { Meeting } from '../lib/bindings/Meeting';
import type { MeetingDetail } from '../lib/bindings/MeetingDetail';
import type { Minutes } from '../lib/bindings/Minutes';
import type { Proposal } from '../lib/bindings/Proposal';
import type { WorkingGroup } from '../lib/bindings/WorkingGroup';

const ORIGIN = '0190a000-0000-7000-8000-000000000001';
const T = '2011-11-01T18:00:00Z';

export const assembly: Assembly = {
  id: ORIGIN,
  name: 'Occupy London General Assembly',
  code: 'LDN',
  is_local: true,
  default_rule: 'modified:90',
  public_key: null,
  minutes_lang: 'en',
  created_at: T,
  updated_at: T,
  revision: 1,
};

export function wg(partial: Partial<WorkingGroup> & Pick<WorkingGroup, 'id' | 'name'>): WorkingGroup {
  return {
    origin: ORIGIN,
    category: 'operational',
    status: 'active',
    description: '',
    contact: '',
    schedule: '',
    status_since: '2011-10-20',
    created_at: T,
    updated_at: T,
    revision: 1,
    ...partial,
  };
}

export function meeting(partial: Partial<Meeting> & Pick<Meeting, 'id' | 'number'>): Meeting {
  return {
    origin: ORIGIN,
    reference: `LDN-GA-${partial.number}`,
    date: '2011-11-12',
    place: "St Paul's steps",
    attendance: null,
    attendance_label: null,
    policy: 'progressive',
    format: 'general-assembly',
    status: 'planned',
    opened_at: null,
    closed_at: null,
    created_at: T,
    updated_at: T,
    revision: 1,
    starts_at: null,
    ...partial,
  };
}

export const wgs: WorkingGroup[] = [
  wg({
    id: 'wg-econ',
    name: 'Economics',
    category: 'sectorial',
    status: 'dormant',
    description: 'Alternatives to austerity.',
    contact: 'econ@example.org',
    schedule: 'Thursdays 19:00',
    status_since: '2011-11-02',
  }),
  wg({ id: 'wg-kitchen', name: 'Kitchen', category: 'operational', status: 'active', schedule: 'Daily 10:00' }),
  wg({ id: 'wg-tech', name: 'Tech', category: 'operational', status: 'forming', contact: 'tech tent' }),
  wg({ id: 'wg-vision', name: 'Vision', category: 'strategy', status: 'dissolved' }),
];

export const meetings: Meeting[] = [
  meeting({ id: 'm-40', number: 40, date: '2011-11-13', status: 'planned' }),
  meeting({ id: 'm-39', number: 39, date: '2011-11-12', status: 'open', attendance: { count: 180, up_to: null, about: false }, attendance_label: '180', opened_at: '2011-11-12T19:00:00Z' }),
  meeting({ id: 'm-38', number: 38, date: '2011-11-11', status: 'closed', attendance: { count: 212, up_to: null, about: false }, attendance_label: '212', place: 'Finsbury Square' }),
];

export function dashboard(over: Partial<Dashboard> = {}): Dashboard {
  return {
    assembly,
    working_groups: structuredClone(wgs),
    active_wgs: wgs.filter((w) => w.status === 'active').length,
    wg_total: wgs.length,
    // As the core gives them: not closed soonest first, closed newest first.
    upcoming: structuredClone(meetings.filter((m) => m.status !== 'closed').reverse()),
    recent: structuredClone(meetings.filter((m) => m.status === 'closed')),
    meeting_total: meetings.length,
    ...over,
  };
}

export function item(partial: Partial<AgendaItem> & Pick<AgendaItem, 'id' | 'position' | 'title'>): AgendaItem {
  return {
    origin: ORIGIN,
    meeting_id: 'm-39',
    reference: `LDN-GA-39.${partial.position}`,
    kind: 'discussion',
    allotted_minutes: 10,
    started_at: null,
    ended_at: null,
    status: 'pending',
    wg_id: null,
    wg_name: null,
    proposal_id: null,
    notes: '',
    revision: 1,
    ...partial,
  };
}

export function agenda(): AgendaItem[] {
  return [
    item({ id: 'i-welcome', position: 1, title: 'Welcome and process', kind: 'process', allotted_minutes: 10 }),
    item({
      id: 'i-kitchen',
      position: 2,
      title: 'Kitchen',
      kind: 'report-back',
      allotted_minutes: 5,
      wg_id: 'wg-kitchen',
      wg_name: 'Kitchen',
    }),
    item({ id: 'i-soapbox', position: 3, title: 'Soapbox', kind: 'soapbox', allotted_minutes: 20 }),
  ];
}

/** Renumbers like the core does (positions and references follow the order). */
export function renumber(items: AgendaItem[]): AgendaItem[] {
  return items.map((it, i) => ({ ...it, position: i + 1, reference: `LDN-GA-39.${i + 1}` }));
}

export function detail(over: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    meeting: structuredClone(meetings[1]),
    roles: [{ role: 'facilitator', person_id: 'p-ana', name: 'Ana', from: null, until: null }],
    agenda: agenda(),
    planned_minutes: 35,
    planned_end: null,
    planned_end_day: 0,
    pending_minutes: 35,
    correcting: false,
    read_only: null,
    minutes_approved: false,
    corrections: [],
    ...over,
  };
}

export const proposals: Proposal[] = [
  {
    id: 'pr-1',
    origin: ORIGIN,
    reference: 'LDN-P-2011-004',
    title: 'Winter tents',
    text: 'Buy 20 winter tents.',
    status: 'submitted',
    wg_id: 'wg-kitchen',
    wg_name: 'Kitchen',
    proposer_id: null,
    proposer_name: null,
    derived_from: null,
    created_at: T,
    updated_at: T,
    revision: 1,
  },
];

/** Minutes of LDN-GA-39, shaped like get_minutes returns them. */
export function minutes(over: Partial<Minutes> = {}): Minutes {
  return {
    assembly_name: 'Occupy London General Assembly',
    assembly_code: 'LDN',
    meeting_id: 'm-39',
    reference: 'LDN-GA-39',
    number: 39,
    date: '2011-11-12',
    place: "St Paul's steps",
    meeting_status: 'open',
    attendance: '180',
    opened_at: '2011-11-12T19:00:00Z',
    closed_at: null,
    roles: [
      {
        label: 'Facilitators',
        holders: [
          { name: 'Ana', from: null, until: null },
          { name: 'Tomás', from: null, until: null },
        ],
      },
      { label: 'Minute-taker', holders: [{ name: 'Jo', from: null, until: null }] },
    ],
    items: [
      {
        reference: 'LDN-GA-39.1',
        number: '39.1',
        kind: 'process',
        title: 'Welcome, process and roles',
        status: 'done',
        allotted_minutes: 10,
        started_at: '2011-11-12T19:00:00Z',
        ended_at: '2011-11-12T19:12:00Z',
        actual_minutes: 12,
        wg_name: null,
        report_back: null,
        proposal: null,
        action_items: [],
        speakers: [],
        announcements: [],
        notes: 'Hand signals explained twice.',
      },
      {
        reference: 'LDN-GA-39.2',
        number: '39.2',
        kind: 'report-back',
        title: 'Report-back: Kitchen',
        status: 'active',
        allotted_minutes: 5,
        started_at: '2011-11-12T19:12:00Z',
        ended_at: null,
        actual_minutes: null,
        wg_name: 'Kitchen',
        report_back: {
          wg_name: 'Kitchen',
          on_behalf_of: '',
          presenter: 'Sam',
          summary: 'Fed 400 people today.',
          asks: 'Two volunteers for the morning shift.',
          announcements: '',
        },
        proposal: null,
        action_items: [],
        speakers: [],
        announcements: [],
        notes: '',
      },
      {
        reference: 'LDN-GA-39.3',
        number: '39.3',
        kind: 'soapbox',
        title: 'Soapbox',
        status: 'pending',
        allotted_minutes: 15,
        started_at: null,
        ended_at: null,
        actual_minutes: null,
        wg_name: null,
        report_back: null,
        proposal: null,
        action_items: [],
        speakers: [],
        announcements: [],
        notes: '',
      },
    ],
    redacted: false,
    with_speakers: false,
    status: { status: 'draft' },
    corrections: [],
    policy_changes: [],
    council: null,
    equity: null,
    ...over,
  };
}

/** What `get_wg_choices` answers for the fixture assembly: its groups not dissolved, by name. */
export function wgChoices() {
  return dashboard()
    .working_groups.filter((w) => w.status !== 'dissolved')
    .map(({ id, name, category, status }) => ({ id, name, category, status }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// Meeting mode: the item under way, the stack panel and (for a proposal) the process
// panel on the meeting view; the key rule between them; the start time, the planned
// end and the projected end.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';

import type { EntryKind } from '../../lib/bindings/EntryKind';
import type { MeetingDetail } from '../../lib/bindings/MeetingDetail';
import type { StackView } from '../../lib/bindings/StackView';
import { chooseLang } from '../../lib/i18n.svelte';
import { dashboard, detail, item, wgChoices } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend, type Handler } from '../../test/ipc';
import { proposalDetail } from '../proposals/test-fixtures';
import MeetingView from './MeetingView.svelte';

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

const T = '2011-11-12T19:20:00Z';
const KINDS: [EntryKind, string][] = [
  ['process', 'point of process'],
  ['information', 'point of information'],
  ['clarifying', 'clarifying question'],
  ['direct-response', 'direct response'],
  ['speak', 'to speak'],
];

function stack(itemId: string, over: Partial<StackView> = {}): StackView {
  return {
    item_id: itemId,
    item_reference: 'LDN-GA-39.1',
    item_title: 'Winter tents',
    item_status: 'active',
    meeting_id: 'm-39',
    meeting_reference: 'LDN-GA-39',
    meeting_status: 'open',
    policy: 'progressive',
    policy_label: 'progressive stack',
    floor_policy: { base: 'progressive', first_time_first: false, alternate: [], cap: null, no_repeat: false },
    floor_policy_text: 'progressive',
    writable: true,
    closed: false,
    speaker_limit_seconds: null,
    as_of: T,
    speaker: null,
    waiting: [],
    kinds: KINDS.map(([kind, label], i) => ({ kind, label, hand_signal: 'hand', band: i + 1, allowed: true, why_not: null })),
    undo: null,
    log: [],
    ...over,
  };
}

const stats = () => ({
  meeting_id: 'm-39',
  meeting_reference: 'LDN-GA-39',
  speeches: 0,
  speakers: 0,
  spoken_ms: 0,
  first_time_speakers: 0,
  overruns: 0,
  overrun_ms: 0,
  people: [],
  by_kind: [],
});

function backend(start: MeetingDetail, extra: Record<string, Handler> = {}) {
  const state = structuredClone(start);
  const active = () => state.agenda.find((i) => i.status === 'active')!.id;
  const calls = fakeBackend({
    get_dashboard: () => dashboard(),
    get_wg_choices: () => wgChoices(),
    list_action_items: () => [],
    list_people: () => [],
    get_report_back: () => null,
    get_meeting: () => structuredClone(state),
    get_stack: (a) => stack(a.item as string),
    get_speaking_stats: () => stats(),
    stack_add: (a) => stack(a.item as string),
    stack_next: (a) => stack(a.item as string),
    set_item_notes: (a) => ({ ...state.agenda.find((i) => i.id === a.item)!, notes: a.notes }),
    get_hearing: () => proposalDetail().hearings[0],
    get_proposal: () => proposalDetail(),
    finish_item: () => {
      const it = state.agenda.find((i) => i.id === active())!;
      Object.assign(it, { status: 'done', ended_at: T });
      return structuredClone(it);
    },
    ...extra,
  });
  return { calls, state };
}

const proposalUnderWay = () =>
  detail({
    agenda: [
      item({ id: 'i-tents', position: 1, title: 'Winter tents', kind: 'proposal', proposal_id: 'pr-tents', status: 'active', started_at: T, allotted_minutes: 30 }),
      item({ id: 'i-soapbox', position: 2, title: 'Soapbox', kind: 'soapbox', allotted_minutes: 20 }),
    ],
  });

describe('meeting mode', () => {
  test('a proposal under way: the item, the stack panel and the process panel on the meeting view', async () => {
    const user = userEvent.setup();
    const { calls } = backend(proposalUnderWay());
    render(MeetingView, { id: 'm-39' });

    const live = await screen.findByTestId('live-workspace');
    expect(live.dataset.itemId).toBe('i-tents');
    expect(live.dataset.kind).toBe('proposal');
    expect(within(live).getByTestId('live-title').textContent).toContain('Winter tents');
    expect(within(live).getByTestId('live-timer')).toBeTruthy();
    const stackPanel = await within(live).findByTestId('stack-view');
    expect(stackPanel.dataset.embedded).toBe('true');
    const process = await within(live).findByTestId('process-panel');
    expect(process.dataset.embedded).toBe('true');
    expect(process.dataset.itemId).toBe('i-tents');
    await waitFor(() => expect(callsOf(calls, 'get_stack')[0]?.args).toEqual({ item: 'i-tents' }));
    // A panel, not the stack-keeper's page: no item picker, no speaking chart, no breadcrumbs.
    expect(within(live).queryByTestId('stack-item-select')).toBeNull();
    expect(within(live).queryByTestId('speaking-chart')).toBeNull();
    expect(within(live).queryByTestId('process-meeting-link')).toBeNull();
    // Its queue keeps its place whatever it holds.
    expect(within(live).getByTestId('stack-queue-box')).toBeTruthy();
    // Nothing took the focus away from the page's heading.
    expect(document.activeElement?.getAttribute('data-testid')).toBe('meeting-reference');

    // Enter adds the typed name to the stack of the item under way.
    const name = await within(live).findByTestId('stack-name-input');
    await user.click(name);
    await user.keyboard('Sam{Enter}');
    await waitFor(() => expect(callsOf(calls, 'stack_add')).toHaveLength(1));
    expect(callsOf(calls, 'stack_add')[0].args).toMatchObject({ item: 'i-tents', name: 'Sam' });
  }, 20_000); // a loaded machine: the meeting view and its stack panel take seconds to mount

  test('stack keys act on the stack, except in a text field of another panel', async () => {
    const user = userEvent.setup();
    const { calls } = backend(proposalUnderWay());
    render(MeetingView, { id: 'm-39' });
    const live = await screen.findByTestId('live-workspace');
    await within(live).findByTestId('stack-name-input');

    // Ctrl+Enter in the minute-taker's notes (agenda item below) saves the notes.
    const row = screen.getAllByTestId('agenda-item').find((li) => li.dataset.itemId === 'i-tents')!;
    const notes = (await within(row).findByLabelText("Minute-taker's notes")) as HTMLTextAreaElement;
    await user.click(notes);
    await user.keyboard('Tents agreed in principle.{Control>}{Enter}{/Control}');
    await waitFor(() => expect(callsOf(calls, 'set_item_notes')).toHaveLength(1));
    expect(callsOf(calls, 'stack_next')).toHaveLength(0);

    // Alt+3 in that field does not change the stack's kind either.
    await user.keyboard('{Alt>}3{/Alt}');
    expect(within(live).getByTestId('stack-kind').dataset.value).toBe('speak');

    // Outside text fields (a button has the focus), Ctrl+Enter is "next speaker".
    within(live).getByTestId('live-finish').focus();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(callsOf(calls, 'stack_next')).toHaveLength(1));
    expect(callsOf(calls, 'stack_next')[0].args).toEqual({ item: 'i-tents' });
    await user.keyboard('{Alt>}3{/Alt}');
    await waitFor(() => expect(within(live).getByTestId('stack-kind').dataset.value).toBe('clarifying'));

    // In the stack's own name field too.
    await user.click(within(live).getByTestId('stack-name-input'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(callsOf(calls, 'stack_next')).toHaveLength(2));
  }, 20_000);

  test('a report-back under way: the stack beside what comes next; no process panel; Finish', async () => {
    const user = userEvent.setup();
    const { calls } = backend(
      detail({
        agenda: [
          item({ id: 'i-kitchen', position: 1, title: 'Kitchen', kind: 'report-back', status: 'active', started_at: T, wg_name: 'Kitchen' }),
          item({ id: 'i-soapbox', position: 2, title: 'Soapbox', kind: 'soapbox', allotted_minutes: 20 }),
        ],
      }),
    );
    render(MeetingView, { id: 'm-39' });
    const live = await screen.findByTestId('live-workspace');
    expect(live.dataset.kind).toBe('report-back');
    expect(within(live).queryByTestId('process-panel')).toBeNull();
    expect(await within(live).findByTestId('stack-view')).toBeTruthy();
    expect(within(live).getAllByTestId('live-coming-item').map((li) => li.dataset.itemId)).toEqual(['i-soapbox']);

    await user.click(within(live).getByTestId('live-finish'));
    await waitFor(() => expect(callsOf(calls, 'finish_item')).toHaveLength(1));
    // The core said the item is done: no item under way, no meeting mode.
    await waitFor(() => expect(screen.queryByTestId('live-workspace')).toBeNull());
  });

  test('a spokes council: the format, the council panel in meeting mode, and airtime equity on demand', async () => {
    const user = userEvent.setup();
    const council = detail({
      agenda: [item({ id: 'i-winter', position: 1, title: 'The winter', kind: 'discussion', status: 'active', started_at: T })],
    });
    council.meeting = { ...council.meeting, format: 'spokes-council' };
    const airtime = (item: string | null) => ({
      meeting_id: 'm-39',
      meeting_reference: 'LDN-GA-39',
      item_id: item,
      item_reference: item ? 'LDN-GA-39.1' : null,
      speeches: 2,
      speakers: 2,
      spoken_ms: 90_000,
      counted: 40,
      present_note: '40 present',
      gini: item ? 0.91 : 0.93,
      people: [],
      lists: [],
      first_time_speakers: 2,
      last_ten: [],
    });
    const { calls } = backend(council, {
      get_council: () => ({
        meeting_id: 'm-39',
        format: 'spokes-council',
        format_label: 'spokes council',
        wgs: [{ wg_id: 'w-k', name: 'Kitchen', spoke: 'Ana' }],
        spokes: [{ wg_id: 'w-k', wg: 'Kitchen', person_id: 'p-ana', name: 'Ana', from: T, until: null }],
        consult_break: null,
        breaks: [],
        as_of: T,
      }),
      get_airtime: (a) => airtime((a.item as string | null) ?? null),
    });
    render(MeetingView, { id: 'm-39' });
    expect((await screen.findByTestId('meeting-format')).textContent).toBe('Spokes council');
    const live = await screen.findByTestId('live-workspace');
    const panel = await within(live).findByTestId('council-panel');
    expect((await within(panel).findAllByTestId('council-wg'))[0].dataset.spoke).toBe('Ana');
    expect(callsOf(calls, 'get_airtime')).toHaveLength(0);
    await user.click(within(live).getByText('Airtime equity', { selector: 'summary' }));
    await waitFor(() => expect(callsOf(calls, 'get_airtime')).toHaveLength(2));
    expect(callsOf(calls, 'get_airtime').map((c) => c.args)).toEqual([
      { meeting: 'm-39', item: 'i-winter' },
      { meeting: 'm-39', item: null },
    ]);
    expect((await within(live).findByTestId('airtime-gini')).textContent).toContain('0.91');
  }, 20_000);

  test('no meeting mode before the meeting is opened', async () => {
    const planned = proposalUnderWay();
    planned.meeting = { ...planned.meeting, status: 'planned', opened_at: null };
    planned.agenda = planned.agenda.map((i) => ({ ...i, status: 'pending', started_at: null }));
    backend(planned);
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');
    expect(screen.queryByTestId('live-workspace')).toBeNull();
    expect(screen.queryByTestId('stack-view')).toBeNull();
  });
});

describe('start time, planned end, projected end', () => {
  /** 19:30 local time on the GA's day: the welcome (10 min) started at 19:00. */
  function timed(): MeetingDetail {
    const at = (hhmm: string) => new Date(`2011-11-12T${hhmm}:00`).toISOString();
    const d = detail({
      agenda: [
        item({ id: 'i-welcome', position: 1, title: 'Welcome', kind: 'process', allotted_minutes: 10, status: 'active', started_at: at('19:00') }),
        item({ id: 'i-kitchen', position: 2, title: 'Kitchen', kind: 'report-back', allotted_minutes: 5 }),
        item({ id: 'i-soapbox', position: 3, title: 'Soapbox', kind: 'soapbox', allotted_minutes: 20 }),
      ],
      planned_minutes: 35,
      planned_end: '19:35',
      pending_minutes: 25,
    });
    d.meeting = { ...d.meeting, starts_at: '19:00', opened_at: at('19:00') };
    return d;
  }

  test('shows the planned end the core computed, and warns when the GA runs past it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2011-11-12T19:30:00'));
    const user = userEvent.setup();
    const { calls, state } = backend(timed(), {
      set_meeting_start: (a) => {
        if (a.startsAt === '7pm') throw coreError('invalid-input', 'start time "7pm" is not a time of day: write it as HH:MM (24-hour), e.g. 18:30');
        Object.assign(state, { planned_end: '20:05' });
        state.meeting.starts_at = a.startsAt as string;
        return structuredClone(state.meeting);
      },
    });
    render(MeetingView, { id: 'm-39' });

    const header = (await screen.findAllByTestId('schedule'))[0];
    expect(within(header).getByTestId('planned-start').dataset.value).toBe('19:00');
    expect(within(header).getByTestId('planned-end').dataset.value).toBe('19:35');
    // Now 19:30, the welcome is over its 10 minutes, 25 minutes still to take up: 19:55.
    const projected = within(header).getByTestId('projected-end');
    expect(projected.dataset.value).toBe('19:55');
    expect(projected.dataset.late).toBe('true');
    expect(within(header).getByTestId('projected-late').textContent).toContain('20 min past the planned end');
    // Meeting mode shows it too.
    const live = screen.getByTestId('live-workspace');
    expect(within(live).getByTestId('projected-end').dataset.late).toBe('true');

    // A start time the core refuses: its message, nothing changes.
    const field = screen.getByTestId('start-time-input') as HTMLInputElement;
    expect(field.value).toBe('19:00');
    await user.clear(field);
    await user.type(field, '7pm{Enter}');
    expect((await within(screen.getByTestId('start-time-form')).findByRole('alert')).textContent).toContain('HH:MM');
    expect(within(header).getByTestId('planned-end').dataset.value).toBe('19:35');

    // Starting at 19:30 instead: the core's new planned end, and the GA is on time.
    await user.clear(field);
    await user.type(field, '19:30{Enter}');
    await waitFor(() => expect(callsOf(calls, 'set_meeting_start')).toHaveLength(2));
    expect(callsOf(calls, 'set_meeting_start')[1].args).toEqual({ meeting: 'm-39', startsAt: '19:30' });
    await waitFor(() => expect(within(screen.getAllByTestId('schedule')[0]).getByTestId('planned-end').dataset.value).toBe('20:05'));
    const again = within(screen.getAllByTestId('schedule')[0]).getByTestId('projected-end');
    expect(again.dataset.late).toBe('false');
    expect(again.textContent).toContain('on time');
    expect(screen.getByTestId('start-time-saved').textContent).toContain('19:30');
  });

  test('without a start time, says how to get a planned end', async () => {
    const d = detail();
    backend(d);
    render(MeetingView, { id: 'm-39' });
    expect((await screen.findAllByTestId('no-start-time'))[0].textContent).toContain('set one');
    expect(screen.queryByTestId('planned-end')).toBeNull();
    void fireEvent;
  });
});

describe('meeting mode in other languages', () => {
  afterEach(() => chooseLang('en'));

  const discussionUnderWay = () =>
    detail({
      agenda: [
        item({ id: 'i-tents', position: 1, title: 'Winter tents', kind: 'discussion', status: 'active', started_at: T, allotted_minutes: 30 }),
        item({ id: 'i-soapbox', position: 2, title: 'Soapbox', kind: 'soapbox', allotted_minutes: 20 }),
      ],
    });

  /** The English words of meeting mode's item card, its stack panel and the agenda. */
  const ENGLISH = [
    'Finish',
    'Take up next',
    'Coming up',
    'Now',
    'Under way',
    'Discussion',
    'Next speaker',
    'Nobody has the floor',
    'Kind of hand',
    'Waiting',
    'Undo',
    'Close the stack',
    'Floor policy',
    'Agenda',
    'Take up',
    'Table',
    'Open projector',
    'Planned:',
  ];

  function words(...testids: string[]) {
    return testids.map((id) => screen.getByTestId(id).textContent ?? '').join(' ');
  }

  test('in Spanish: the item under way, the stack panel and the agenda speak Spanish', async () => {
    chooseLang('es');
    backend(discussionUnderWay());
    render(MeetingView, { id: 'm-39' });
    const live = await screen.findByTestId('live-workspace');
    await within(live).findByTestId('stack-next');
    expect(within(live).getByTestId('live-finish').textContent).toBe('Terminar LDN-GA-39.1');
    expect(within(live).getByTestId('live-next').textContent).toBe('Pasar al siguiente: LDN-GA-39.2');
    expect(within(live).getByTestId('stack-next').textContent).toContain('Siguiente turno');
    expect(screen.getByRole('heading', { name: 'Orden del día' })).toBeTruthy();
    expect(screen.getByTestId('open-projector').textContent).toBe('Abrir el proyector');
    const text = words('live-item', 'stack-view', 'agenda', 'live-coming', 'planned-minutes') + screen.getByRole('navigation').textContent;
    for (const english of ENGLISH) expect(text, english).not.toMatch(new RegExp(`\\b${english}\\b`));
  }, 20_000);

  test('in Arabic: right to left, Arabic words, the titles as typed', async () => {
    chooseLang('ar');
    backend(discussionUnderWay());
    render(MeetingView, { id: 'm-39' });
    const live = await screen.findByTestId('live-workspace');
    await within(live).findByTestId('stack-next');
    expect(document.documentElement.dir).toBe('rtl');
    expect(within(live).getByTestId('live-finish').textContent).toBe('إنهاء \u2068LDN-GA-39.1\u2069'); // the reference isolated (bidi)
    expect(within(live).getByTestId('live-title').textContent).toContain('Winter tents');
    const text = words('live-item', 'stack-view', 'agenda', 'live-coming');
    for (const english of ENGLISH) expect(text, english).not.toMatch(new RegExp(`\\b${english}\\b`));
  }, 20_000);
});

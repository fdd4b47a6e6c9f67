import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';

import type { AgendaItem } from '../../lib/bindings/AgendaItem';
import type { MeetingDetail } from '../../lib/bindings/MeetingDetail';
import type { NewAgendaItem } from '../../lib/bindings/NewAgendaItem';
import type { ReportBackInput } from '../../lib/bindings/ReportBackInput';
import { dashboard, detail, item, proposals, renumber, wg, wgChoices } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend, type Handler } from '../../test/ipc';
import { chooseLang } from '../../lib/i18n.svelte';
import MeetingView from './MeetingView.svelte';

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

/** A small stateful core: the agenda moves and grows as the real one would. */
function meetingBackend(extra: Record<string, Handler> = {}, start: MeetingDetail = detail()) {
  const state = structuredClone(start);
  const calls = fakeBackend({
    get_dashboard: () => dashboard(),
    get_wg_choices: () => wgChoices(),
    find_agenda_proposals: () => ({
      proposals: proposals.map(({ id, reference, title, status }) => ({ id, reference, title, status })),
      total: proposals.length,
    }),
    list_action_items: () => [],
    get_meeting: () => structuredClone(state),
    move_agenda_item: (args) => {
      const from = state.agenda.findIndex((i) => i.id === args.item);
      const [moved] = state.agenda.splice(from, 1);
      state.agenda.splice((args.position as number) - 1, 0, moved);
      state.agenda = renumber(state.agenda);
      return structuredClone(state.agenda);
    },
    remove_agenda_item: (args) => {
      state.agenda = renumber(state.agenda.filter((i) => i.id !== args.item));
      return structuredClone(state.agenda);
    },
    ...extra,
  });
  return { calls, state };
}

const titles = () =>
  screen.getAllByTestId('agenda-item').map((li) => within(li).getByTestId('agenda-title').textContent?.replace(/\s+/g, ' ').trim());
const itemRow = (id: string) => screen.getAllByTestId('agenda-item').find((li) => li.dataset.itemId === id)!;

describe('meeting view', () => {
  test('shows the meeting and its agenda, numbered, in the order the core gives', async () => {
    const { calls } = meetingBackend();
    render(MeetingView, { id: 'm-39' });

    const rows = await screen.findAllByTestId('agenda-item');
    expect(callsOf(calls, 'get_meeting')[0].args).toEqual({ meeting: 'm-39' });
    expect(screen.getByTestId('meeting-reference').textContent?.trim()).toBe('LDN-GA-39');
    expect(screen.getByTestId('meeting-status').dataset.value).toBe('open');
    expect(screen.getByTestId('planned-minutes').textContent).toContain('35 min');

    expect(rows.map((r) => r.dataset.itemId)).toEqual(['i-welcome', 'i-kitchen', 'i-soapbox']);
    expect(rows.map((r) => within(r).getByTestId('agenda-ref').textContent)).toEqual([
      'LDN-GA-39.1',
      'LDN-GA-39.2',
      'LDN-GA-39.3',
    ]);
    const kitchen = rows[1];
    expect(kitchen.textContent).toContain('Report-back');
    expect(kitchen.textContent).toContain('5 min');
    expect(within(kitchen).getByTestId('item-status').textContent?.trim()).toBe('Pending');
    expect(screen.getByTestId('roles').textContent).toContain('Ana');
  });

  test('Alt+ArrowDown on a focused item moves it down one place and keeps focus on it', async () => {
    const user = userEvent.setup();
    const { calls } = meetingBackend();
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');

    within(itemRow('i-welcome')).getByTestId('agenda-title').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');

    await waitFor(() => expect(callsOf(calls, 'move_agenda_item')).toHaveLength(1));
    expect(callsOf(calls, 'move_agenda_item')[0].args).toEqual({ item: 'i-welcome', position: 2 });
    await waitFor(() => expect(titles()).toEqual(['LDN-GA-39.1 Kitchen', 'LDN-GA-39.2 Welcome and process', 'LDN-GA-39.3 Soapbox']));
    expect(document.activeElement?.closest<HTMLElement>('[data-testid="agenda-item"]')?.dataset.itemId).toBe('i-welcome');
    expect(screen.getByTestId('agenda-announce').textContent).toContain('is now item 2 of 3');

    // Again, from where it now is: Alt+ArrowUp takes it back to position 1.
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(callsOf(calls, 'move_agenda_item')).toHaveLength(2));
    expect(callsOf(calls, 'move_agenda_item')[1].args).toEqual({ item: 'i-welcome', position: 1 });
  });

  test('drag and drop: dropping a row on another sends move_agenda_item with the 1-based target position', async () => {
    const { calls } = meetingBackend();
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');
    expect(itemRow('i-soapbox').getAttribute('draggable')).toBe('true');

    // Soapbox (3rd) dropped before Welcome (1st): position 1.
    await fireEvent.dragStart(itemRow('i-soapbox'));
    await fireEvent.dragOver(itemRow('i-welcome'));
    expect(itemRow('i-welcome').dataset.drop).toBe('before');
    await fireEvent.drop(itemRow('i-welcome'));
    await waitFor(() => expect(callsOf(calls, 'move_agenda_item')).toHaveLength(1));
    expect(callsOf(calls, 'move_agenda_item')[0].args).toEqual({ item: 'i-soapbox', position: 1 });
    await waitFor(() => expect(titles()).toEqual(['LDN-GA-39.1 Soapbox', 'LDN-GA-39.2 Welcome and process', 'LDN-GA-39.3 Kitchen']));
    expect(itemRow('i-welcome').dataset.drop).toBeUndefined();

    // Soapbox (now 1st) dropped before Kitchen (3rd): it lands in position 2.
    await fireEvent.dragStart(itemRow('i-soapbox'));
    await fireEvent.dragOver(itemRow('i-kitchen'));
    await fireEvent.drop(itemRow('i-kitchen'));
    await waitFor(() => expect(callsOf(calls, 'move_agenda_item')).toHaveLength(2));
    expect(callsOf(calls, 'move_agenda_item')[1].args).toEqual({ item: 'i-soapbox', position: 2 });

    // Dropped where it already is: nothing is sent.
    await fireEvent.dragStart(itemRow('i-kitchen'));
    await fireEvent.dragOver(itemRow('i-kitchen'));
    await fireEvent.drop(itemRow('i-kitchen'));
    expect(callsOf(calls, 'move_agenda_item')).toHaveLength(2);
  });

  test('drag and drop: rows of a closed meeting are not draggable', async () => {
    const base = detail();
    meetingBackend({}, { ...base, meeting: { ...base.meeting, status: 'closed' } });
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');
    expect(itemRow('i-soapbox').getAttribute('draggable')).toBeNull();
  });

  test('plain arrows, and moving past either end, send nothing', async () => {
    const user = userEvent.setup();
    const { calls } = meetingBackend();
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');

    within(itemRow('i-welcome')).getByTestId('agenda-title').focus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    within(itemRow('i-soapbox')).getByTestId('agenda-title').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(callsOf(calls, 'move_agenda_item')).toHaveLength(0);
    expect(within(itemRow('i-welcome')).getByRole('button', { name: /up$/ })).toHaveProperty('disabled', true);
  });

  test('the "move up" button has an accessible name and moves the item one place up', async () => {
    const user = userEvent.setup();
    const { calls } = meetingBackend();
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');

    await user.click(screen.getByRole('button', { name: 'Move LDN-GA-39.3 “Soapbox” up' }));
    await waitFor(() => expect(callsOf(calls, 'move_agenda_item')).toHaveLength(1));
    expect(callsOf(calls, 'move_agenda_item')[0].args).toEqual({ item: 'i-soapbox', position: 2 });
    await waitFor(() => expect(screen.getAllByTestId('agenda-item').map((r) => r.dataset.itemId)).toEqual(['i-welcome', 'i-soapbox', 'i-kitchen']));
  });

  test('a refused move shows the core message and leaves the order alone', async () => {
    const user = userEvent.setup();
    meetingBackend({
      move_agenda_item: () => {
        throw coreError('not-allowed', 'meeting LDN-GA-39 is closed; its record can no longer change');
      },
    });
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');

    within(itemRow('i-kitchen')).getByTestId('agenda-title').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    const error = await screen.findByRole('alert');
    expect(error.textContent).toContain('meeting LDN-GA-39 is closed; its record can no longer change');
    expect(screen.getAllByTestId('agenda-item').map((r) => r.dataset.itemId)).toEqual(['i-welcome', 'i-kitchen', 'i-soapbox']);
  });

  test('removing a pending item asks first, then calls remove_agenda_item', async () => {
    const user = userEvent.setup();
    const { calls } = meetingBackend();
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');

    await user.click(within(itemRow('i-soapbox')).getByTestId('remove-item'));
    expect(callsOf(calls, 'remove_agenda_item')).toHaveLength(0);
    await user.click(within(itemRow('i-soapbox')).getByTestId('confirm-remove'));
    await waitFor(() => expect(callsOf(calls, 'remove_agenda_item')).toHaveLength(1));
    expect(callsOf(calls, 'remove_agenda_item')[0].args).toEqual({ item: 'i-soapbox' });
    await waitFor(() => expect(screen.getAllByTestId('agenda-item')).toHaveLength(2));
  });

  test('only pending items can be removed', async () => {
    meetingBackend({}, detail({ agenda: [item({ id: 'i-done', position: 1, title: 'Welcome', status: 'done' }), item({ id: 'i-next', position: 2, title: 'Next' })] }));
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');
    expect(within(itemRow('i-done')).queryByTestId('remove-item')).toBeNull();
    expect(within(itemRow('i-next')).queryByTestId('remove-item')).not.toBeNull();
  });

  test('adding a report-back sends the WG id, and the new item appears at the end', async () => {
    const user = userEvent.setup();
    const { calls, state } = meetingBackend({
      add_agenda_item: (args) => {
        const input = args.input as NewAgendaItem;
        const added: AgendaItem = item({
          id: 'i-new',
          position: state.agenda.length + 1,
          title: input.title,
          kind: 'report-back',
          allotted_minutes: input.allotted_minutes,
          wg_id: input.wg,
          wg_name: 'Tech',
        });
        state.agenda.push(added);
        state.planned_minutes += input.allotted_minutes ?? 0;
        return added;
      },
    });
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');

    const form = screen.getByTestId('add-item-form');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'report-back');
    await waitFor(() => expect(within(form).getByLabelText('Working group').querySelectorAll('option').length).toBeGreaterThan(1));
    await user.selectOptions(within(form).getByLabelText('Working group'), 'wg-tech');
    // Picking the WG fills the empty title.
    expect((within(form).getByLabelText('Title') as HTMLInputElement).value).toBe('Tech');
    await user.type(within(form).getByLabelText(/Minutes/), '7{Enter}');

    await waitFor(() => expect(callsOf(calls, 'add_agenda_item')).toHaveLength(1));
    expect(callsOf(calls, 'add_agenda_item')[0].args).toEqual({
      input: { meeting: 'm-39', kind: 'report-back', title: 'Tech', allotted_minutes: 7, wg: 'wg-tech', proposal: null },
    });
    await waitFor(() => expect(screen.getAllByTestId('agenda-item').map((r) => r.dataset.itemId)).toEqual(['i-welcome', 'i-kitchen', 'i-soapbox', 'i-new']));
    // Totals come from the core again.
    await waitFor(() => expect(screen.getByTestId('planned-minutes').textContent).toContain('42 min'));
  });

  test('a refused add shows the core message', async () => {
    const user = userEvent.setup();
    meetingBackend({
      add_agenda_item: () => {
        throw coreError('invalid-input', 'a proposal item names its proposal (--proposal)');
      },
    });
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');
    const form = screen.getByTestId('add-item-form');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'proposal');
    await user.type(within(form).getByLabelText('Title'), 'Tents{Enter}');
    expect((await within(form).findByRole('alert')).textContent).toContain('a proposal item names its proposal');
  });

  test('closing asks for confirmation before close_meeting is called', async () => {
    const user = userEvent.setup();
    const { calls, state } = meetingBackend({
      close_meeting: () => {
        // The core: a closed GA whose minutes are not approved takes corrections.
        state.meeting = { ...state.meeting, status: 'closed', closed_at: '2011-11-12T21:30:00Z' };
        state.correcting = true;
        return structuredClone(state.meeting);
      },
    });
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');

    await user.click(screen.getByRole('button', { name: 'Close meeting…' }));
    expect(callsOf(calls, 'close_meeting')).toHaveLength(0);
    // Focus is on the safe choice.
    expect(document.activeElement?.textContent).toBe('Keep it open');
    await user.click(screen.getByTestId('confirm-close'));
    await waitFor(() => expect(callsOf(calls, 'close_meeting')).toHaveLength(1));
    expect(callsOf(calls, 'close_meeting')[0].args).toEqual({ meeting: 'm-39' });
    await waitFor(() => expect(screen.getByTestId('meeting-status').dataset.value).toBe('closed'));
    // A closed meeting's agenda no longer changes; its record takes corrections.
    expect((await screen.findByTestId('correction-notice')).textContent).toContain('kept as corrections');
    expect(screen.queryByTestId('add-item-form')).toBeNull();
    expect(screen.queryAllByTestId('move-up')).toHaveLength(0);
    expect((screen.getByTestId('attendance-input') as HTMLInputElement).disabled).toBe(false);
    expect(screen.getByTestId('closed-at')).toBeTruthy();
  });

  test('roles: a name is assigned with its role, and removed by person id', async () => {
    const user = userEvent.setup();
    const { calls } = meetingBackend({
      list_people: (args) => (String(args.prefix).toLowerCase().startsWith('s') ? [{ id: 'p-sam', origin: 'o', name: 'Sam', pronouns: 'they/them' }] : []),
      assign_role: (args) => [
        { role: 'facilitator', person_id: 'p-ana', name: 'Ana' },
        { role: args.role, person_id: 'p-sam', name: args.name },
      ],
      unassign_role: () => [{ role: 'stack-keeper', person_id: 'p-sam', name: 'Sam' }],
    });
    render(MeetingView, { id: 'm-39' });
    const roles = await screen.findByTestId('roles');

    const roleInput = within(roles).getByLabelText(/^Role/);
    await user.clear(roleInput);
    await user.type(roleInput, 'stack-keeper');
    const name = within(roles).getByLabelText('Name');
    await user.type(name, 'S');
    const suggestion = await within(roles).findByTestId('person-suggestion');
    expect(suggestion.textContent).toContain('Sam');
    expect(callsOf(calls, 'list_people').at(-1)?.args).toEqual({ prefix: 'S' });
    // Arrow down highlights the suggestion, Enter takes it; Enter again submits.
    await user.keyboard('{ArrowDown}{Enter}');
    expect((name as HTMLInputElement).value).toBe('Sam');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(callsOf(calls, 'assign_role')).toHaveLength(1));
    expect(callsOf(calls, 'assign_role')[0].args).toEqual({ meeting: 'm-39', role: 'stack-keeper', name: 'Sam' });
    await waitFor(() => expect(within(roles).getAllByTestId('role-holder')).toHaveLength(2));

    // A role of the assembly's own, handed over: Lee stepped up at 20:10.
    await user.clear(roleInput);
    await user.type(roleInput, 'livestream');
    await user.type(name, 'Lee');
    await user.type(within(roles).getByLabelText(/^From/), '20:10');
    await user.click(within(roles).getByRole('button', { name: 'Add to role' }));
    await waitFor(() => expect(callsOf(calls, 'assign_role')).toHaveLength(2));
    expect(callsOf(calls, 'assign_role')[1].args).toEqual({ meeting: 'm-39', role: 'livestream', name: 'Lee', from: '20:10' });

    await user.click(within(roles).getByRole('button', { name: 'Remove Ana as facilitator' }));
    await waitFor(() => expect(callsOf(calls, 'unassign_role')).toHaveLength(1));
    expect(callsOf(calls, 'unassign_role')[0].args).toEqual({ meeting: 'm-39', role: 'facilitator', person: 'p-ana' });
    await waitFor(() => expect(within(roles).getAllByTestId('role-holder').map((r) => r.textContent)).toEqual([expect.stringContaining('Sam')]));
  });

  test('attendance is saved as typed (a count, a range, about a count), and cleared as empty', async () => {
    const user = userEvent.setup();
    const { calls, state } = meetingBackend({
      set_attendance: (args) => ({
        ...state.meeting,
        attendance_label: args.attendance === '' ? null : String(args.attendance).replace('-', '–'),
      }),
    });
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');

    const input = screen.getByLabelText(/^Attendance/) as HTMLInputElement;
    expect(input.value).toBe('180');
    await user.clear(input);
    await user.type(input, '50-60{Enter}');
    await waitFor(() => expect(callsOf(calls, 'set_attendance')).toHaveLength(1));
    expect(callsOf(calls, 'set_attendance')[0].args).toEqual({ meeting: 'm-39', attendance: '50-60' });
    expect(await screen.findByText('Attendance saved: 50–60.')).toBeTruthy();

    await user.clear(input);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(callsOf(calls, 'set_attendance')).toHaveLength(2));
    expect(callsOf(calls, 'set_attendance')[1].args).toEqual({ meeting: 'm-39', attendance: '' });
  });

  test('a report-back is loaded into its editor; saving sends only what changed, and blanking asks first', async () => {
    const user = userEvent.setup();
    let current = {
      id: 'rb-1',
      origin: 'o',
      agenda_item_id: 'i-kitchen',
      wg_id: 'wg-kitchen',
      wg_name: 'Kitchen',
      on_behalf_of: '',
      presenter_id: null as string | null,
      presenter_name: null as string | null,
      summary: 'Fed 400 people.',
      asks: '',
      announcements: '',
    };
    const { calls } = meetingBackend({
      get_report_back: () => current,
      list_people: () => [],
      record_report_back: (args) => {
        const input = args.input as Partial<ReportBackInput>;
        const cleared = (f: string) => (input.clear ?? []).includes(f);
        current = {
          ...current,
          presenter_id: input.presenter ? 'p-jo' : current.presenter_id,
          presenter_name: input.presenter ?? current.presenter_name,
          summary: cleared('summary') ? '' : (input.summary ?? current.summary),
          asks: input.asks ?? current.asks,
        };
        return current;
      },
    });
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');

    await user.click(within(itemRow('i-kitchen')).getByTestId('agenda-title'));
    const editor = await within(itemRow('i-kitchen')).findByTestId('report-back');
    const summary = (await within(editor).findByLabelText('Summary')) as HTMLTextAreaElement;
    expect(callsOf(calls, 'get_report_back')[0].args).toEqual({ item: 'i-kitchen' });
    await waitFor(() => expect(summary.value).toBe('Fed 400 people.'));

    await user.type(within(editor).getByLabelText('Presented by'), 'Jo');
    await user.type(within(editor).getByLabelText(/Asks/), 'Two volunteers');
    await user.click(within(editor).getByRole('button', { name: 'Save report-back' }));
    await waitFor(() => expect(callsOf(calls, 'record_report_back')).toHaveLength(1));
    // Only the fields that changed: the summary is not sent, so it cannot be lost.
    expect(callsOf(calls, 'record_report_back')[0].args).toEqual({
      item: 'i-kitchen',
      input: { presenter: 'Jo', asks: 'Two volunteers', clear: [] },
    });
    expect((await within(editor).findByTestId('rb-saved')).textContent).toContain('saved');

    // Emptying the summary is not saved until the person says so.
    await user.clear(summary);
    await user.click(within(editor).getByRole('button', { name: 'Save report-back' }));
    const confirm = await within(editor).findByTestId('rb-confirm-blank');
    expect(confirm.textContent).toContain('This blanks the summary');
    expect(callsOf(calls, 'record_report_back')).toHaveLength(1);
    await user.click(within(confirm).getByRole('button', { name: 'Blank and save' }));
    await waitFor(() => expect(callsOf(calls, 'record_report_back')).toHaveLength(2));
    expect(callsOf(calls, 'record_report_back')[1].args).toEqual({ item: 'i-kitchen', input: { clear: ['summary'] } });
    await waitFor(() => expect(within(editor).queryByTestId('rb-confirm-blank')).toBeNull());
  });

  test('agenda titles, WG names, places and role names are shown as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const d = detail({
      roles: [{ role: 'facilitator', person_id: 'p-x', name: evil, from: null, until: null }],
      agenda: [item({ id: 'i-x', position: 1, title: evil, kind: 'report-back', wg_id: 'w', wg_name: '<b>WG</b>' })],
    });
    d.meeting.place = '<iframe src="x"></iframe>';
    meetingBackend({}, d);
    const { container } = render(MeetingView, { id: 'm-39' });
    const row = await screen.findByTestId('agenda-item');
    expect(within(row).getByTestId('agenda-title').textContent).toContain(evil);
    expect(row.textContent).toContain('<b>WG</b>');
    expect(screen.getByTestId('roles').textContent).toContain(evil);
    expect(container.textContent).toContain('<iframe src="x"></iframe>');
    expect(container.querySelector('img, b, iframe')).toBeNull();
  });

  test('a meeting that cannot be loaded says why', async () => {
    fakeBackend({
      get_dashboard: () => dashboard(),
      get_wg_choices: () => wgChoices(),
      get_meeting: () => {
        throw coreError('not-found', 'no meeting with id m-99');
      },
    });
    render(MeetingView, { id: 'm-99' });
    expect((await screen.findByTestId('error')).textContent).toContain('no meeting with id m-99');
    expect(screen.getByTestId('back-to-dashboard').getAttribute('href')).toBe('#/');
  });

  describe('preparing from the usual order of business', () => {
    const candidates = {
      working_groups: [
        wg({ id: 'wg-facil', name: 'Facilitation', status: 'active' }),
        wg({ id: 'wg-kitchen', name: 'Kitchen', status: 'active' }),
        wg({ id: 'wg-tech', name: 'Tech', status: 'forming' }),
      ],
      proposals: [
        proposals[0],
        { ...proposals[0], id: 'pr-2', reference: 'LDN-P-2011-005', title: 'Library tent', status: 'tabled' as const },
      ],
    };

    function prepareBackend(extra: Record<string, Handler> = {}) {
      const backend = meetingBackend(
        {
          get_agenda_candidates: () => structuredClone(candidates),
          add_order_of_business: (args) => {
            const plan = args.plan as { report_backs: string[]; proposals: string[] };
            const titles = [
              'Welcome, process and roles',
              ...plan.report_backs.map((w) => `Report-back: ${w}`),
              ...plan.proposals.map((p) => `Proposal ${p}`),
              'Announcements',
              'Soapbox',
              'Closing',
            ];
            backend.state.agenda = titles.map((title, i) => item({ id: `i-${i + 1}`, position: i + 1, title }));
            backend.state.planned_minutes = 100;
            return structuredClone(backend.state.agenda);
          },
          ...extra,
        },
        detail({ agenda: [], planned_minutes: 0 }),
      );
      return backend;
    }

    const box = (testid: string, attr: string, id: string) =>
      screen.getAllByTestId(testid).find((b) => b.getAttribute(attr) === id) as HTMLInputElement;

    test('active WGs start ticked, forming ones and proposals do not; the ticked ones are sent in the listed order', async () => {
      const user = userEvent.setup();
      const { calls } = prepareBackend();
      render(MeetingView, { id: 'm-39' });

      const panel = await screen.findByTestId('prepare-agenda');
      await within(panel).findAllByTestId('prepare-wg');
      const wgBox = (id: string) => box('prepare-wg', 'data-wg-id', id);
      expect([wgBox('wg-facil').checked, wgBox('wg-kitchen').checked, wgBox('wg-tech').checked]).toEqual([true, true, false]);
      expect(screen.getAllByTestId('prepare-proposal').map((b) => (b as HTMLInputElement).checked)).toEqual([false, false]);
      // Each checkbox is named by its WG or proposal.
      expect(within(panel).getByLabelText('Tech')).toBe(wgBox('wg-tech'));
      expect(within(panel).getByTestId('prepare-count').textContent).toContain('2 report-backs, 0 proposals');

      await user.click(within(panel).getByLabelText('Facilitation'));
      // Untick Kitchen, tick Tech (keyboard: Space), tick Kitchen again: the order sent is
      // the order listed, not the order ticked.
      await user.click(wgBox('wg-kitchen'));
      wgBox('wg-tech').focus();
      await user.keyboard(' ');
      await user.click(wgBox('wg-kitchen'));
      await user.click(within(panel).getByLabelText('Library tent'));
      expect(within(panel).getByTestId('prepare-count').textContent).toContain('2 report-backs, 1 proposal');

      await user.click(within(panel).getByRole('button', { name: 'Prepare the agenda' }));
      await waitFor(() => expect(callsOf(calls, 'add_order_of_business')).toHaveLength(1));
      expect(callsOf(calls, 'add_order_of_business')[0].args).toEqual({
        meeting: 'm-39',
        plan: { report_backs: ['wg-kitchen', 'wg-tech'], proposals: ['pr-2'] },
      });

      // The agenda is shown, the planned total comes from get_meeting, the panel is gone.
      await waitFor(() => expect(screen.getAllByTestId('agenda-item')).toHaveLength(7));
      await waitFor(() => expect(screen.getByTestId('planned-minutes').textContent).toContain('1 h 40 min'));
      expect(callsOf(calls, 'get_meeting').length).toBeGreaterThanOrEqual(2);
      expect(screen.queryByTestId('prepare-agenda')).toBeNull();
      await waitFor(() => expect(screen.getByTestId('prepare-done').textContent).toContain('7 items, planned 1 h 40 min'));
    });

    test('a refused plan shows the core message and keeps the choices', async () => {
      const user = userEvent.setup();
      prepareBackend({
        add_order_of_business: () => {
          throw coreError('conflict', 'this GA already has an agenda; add items to it one by one');
        },
      });
      render(MeetingView, { id: 'm-39' });
      const panel = await screen.findByTestId('prepare-agenda');
      await within(panel).findAllByTestId('prepare-wg');
      await user.click(within(panel).getByRole('button', { name: 'Prepare the agenda' }));
      expect((await within(panel).findByRole('alert')).textContent).toContain('already has an agenda');
      expect(box('prepare-wg', 'data-wg-id', 'wg-kitchen').checked).toBe(true);
    });

    test('not offered once the agenda has items, nor for a closed meeting', async () => {
      meetingBackend();
      const { unmount } = render(MeetingView, { id: 'm-39' });
      await screen.findAllByTestId('agenda-item');
      expect(screen.queryByTestId('prepare-agenda')).toBeNull();
      unmount();
      clearMocks();

      const closed = detail({ agenda: [], planned_minutes: 0 });
      closed.meeting = { ...closed.meeting, status: 'closed' };
      closed.minutes_approved = true;
      closed.read_only = 'the minutes of GA 39 were approved at GA 40: its record can no longer be corrected';
      meetingBackend({}, closed);
      render(MeetingView, { id: 'm-39' });
      // The core's reason, said plainly; nothing can be edited.
      expect((await screen.findByTestId('read-only-notice')).textContent).toContain('were approved at GA 40');
      expect(screen.queryByTestId('prepare-agenda')).toBeNull();
      expect((screen.getByTestId('attendance-input') as HTMLInputElement).disabled).toBe(true);
      expect(screen.queryByTestId('meeting-times')).toBeNull();
      expect(screen.queryByTestId('role-form')).toBeNull();
    });

    test('why the record is read-only is asked again in the language chosen while the view is shown', async () => {
      const closed = detail({ agenda: [], planned_minutes: 0 });
      closed.meeting = { ...closed.meeting, status: 'closed' };
      closed.minutes_approved = true;
      const { calls } = meetingBackend({
        get_meeting: (args) => ({
          ...structuredClone(closed),
          read_only:
            args.lang === 'es'
              ? 'el acta de la asamblea 39 se aprobó en la asamblea 40: su registro ya no se puede corregir'
              : 'the minutes of GA 39 were approved at GA 40: its record can no longer be corrected',
        }),
      });
      try {
        render(MeetingView, { id: 'm-39' });
        expect((await screen.findByTestId('read-only-notice')).textContent).toContain('were approved at GA 40');
        chooseLang('es');
        await waitFor(() => expect(screen.getByTestId('read-only-notice').textContent).toContain('se aprobó en la asamblea 40'));
        expect(callsOf(calls, 'get_meeting').at(-1)?.args).toEqual({ meeting: 'm-39', lang: 'es' });
      } finally {
        chooseLang(null);
      }
    });

    test('the corrections are asked again in the language chosen, and who made them is said in it', async () => {
      const closed = detail({ agenda: [], planned_minutes: 0 });
      closed.meeting = { ...closed.meeting, status: 'closed' };
      closed.correcting = true;
      const correction = (what: string, after: string) => ({
        id: 'c-1',
        meeting_id: closed.meeting.id,
        what,
        before: '',
        after,
        names_person: false,
        item_id: null,
        actor: 'minute-taker' as const,
        at: '2011-11-13T10:15:00Z',
      });
      const { calls } = meetingBackend({
        // The core words what a correction changed in the language it is asked in.
        get_meeting: (args) => ({
          ...structuredClone(closed),
          corrections: [
            args.lang === 'es'
              ? correction('Moderación: alta', 'Evan (desde las 20:10)')
              : correction('Facilitator added', 'Evan (from 20:10)'),
          ],
        }),
      });
      try {
        render(MeetingView, { id: 'm-39' });
        await waitFor(() =>
          expect(screen.getByTestId('correction').textContent).toContain('(minute-taker): Facilitator added: (none) → Evan (from 20:10)'),
        );
        chooseLang('es');
        await waitFor(() =>
          expect(screen.getByTestId('correction').textContent).toContain('(acta): Moderación: alta: (nada) → Evan (desde las 20:10)'),
        );
        expect(callsOf(calls, 'get_meeting').at(-1)?.args).toEqual({ meeting: 'm-39', lang: 'es' });
      } finally {
        chooseLang(null);
      }
    });

    test('a closed GA whose minutes are not approved says edits are corrections, and lists them', async () => {
      const closed = detail({ agenda: [], planned_minutes: 0 });
      closed.meeting = { ...closed.meeting, status: 'closed' };
      closed.correcting = true;
      closed.corrections = [
        {
          id: 'c-1',
          meeting_id: closed.meeting.id,
          what: 'attendance',
          before: '40',
          after: '45',
          names_person: false,
          item_id: null,
          actor: 'minute-taker',
          at: '2011-11-13T10:15:00Z',
        },
        {
          id: 'c-2',
          meeting_id: closed.meeting.id,
          what: 'facilitator added',
          before: '',
          after: '<b>Evan</b>',
          names_person: true,
          item_id: null,
          actor: 'minute-taker',
          at: '2011-11-13T10:16:00Z',
        },
      ];
      meetingBackend({}, closed);
      render(MeetingView, { id: 'm-39' });
      const notice = await screen.findByTestId('correction-notice');
      expect(notice.textContent).toContain('changes are kept as corrections and listed in the minutes');
      expect(screen.queryByTestId('read-only-notice')).toBeNull();
      const list = screen.getAllByTestId('correction').map((li) => li.textContent);
      expect(list[0]).toContain('attendance: 40 → 45');
      // Text, never HTML.
      expect(list[1]).toContain('facilitator added: (none) → <b>Evan</b>');
      expect(screen.getByTestId('corrections').querySelector('b')).toBeNull();
    });
  });

  describe('writing up and correcting a closed GA', () => {
    test('item times are typed as HH:MM and each change is shown beside the item it corrected', async () => {
      const user = userEvent.setup();
      const closed = detail();
      closed.meeting = { ...closed.meeting, status: 'closed', closed_at: '2011-11-12T21:00:00Z' };
      closed.agenda = closed.agenda.map((i) =>
        i.id === 'i-welcome' ? { ...i, status: 'done', started_at: '2011-11-12T19:10:00Z', ended_at: '2011-11-12T19:20:00Z' } : i,
      );
      closed.correcting = true;
      const { calls, state } = meetingBackend(
        {
          start_item: (args) => {
            state.corrections = [
              {
                id: 'c-1',
                meeting_id: state.meeting.id,
                what: 'item 39.1: started',
                before: '19:10',
                after: String(args.at),
                names_person: false,
                item_id: 'i-welcome',
                actor: 'facilitator',
                at: '2011-11-13T10:00:00Z',
              },
            ];
            return state.agenda[0];
          },
          set_item_notes: (args) => ({ ...state.agenda[0], notes: String(args.notes) }),
        },
        closed,
      );
      render(MeetingView, { id: 'm-39' });
      await screen.findByTestId('correction-notice');
      const row = itemRow('i-welcome');
      await user.click(within(row).getByTestId('agenda-title'));
      // The agenda no longer changes; the item's record does.
      expect(within(row).queryByTestId('move-up')).toBeNull();
      const started = within(row).getByTestId('item-started-at') as HTMLInputElement;
      await user.clear(started);
      await user.type(started, '19:12');
      await user.click(within(row).getByTestId('item-started-at-save'));
      await waitFor(() => expect(callsOf(calls, 'start_item')).toHaveLength(1));
      expect(callsOf(calls, 'start_item')[0].args).toEqual({ item: 'i-welcome', at: '19:12' });
      // The view asks the core again and shows the correction beside the item.
      const mine = await within(itemRow('i-welcome')).findAllByTestId('item-correction');
      expect(mine.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['item 39.1: started: 19:10 → 19:12']);
      expect(within(itemRow('i-kitchen')).queryByTestId('item-corrections')).toBeNull();
      // Notes on a closed GA are saved on leaving the field, not at every pause: each
      // save is a correction.
      const notes = within(itemRow('i-welcome')).getByTestId('item-notes');
      await user.type(notes, 'Quorum reached.');
      await new Promise((r) => setTimeout(r, 2300));
      expect(callsOf(calls, 'set_item_notes')).toHaveLength(0);
      await user.tab();
      await waitFor(() => expect(callsOf(calls, 'set_item_notes')).toHaveLength(1));
    });
  });

  describe('running the items of an open meeting', () => {
    const NOW = '2011-11-12T19:20:00Z';

    function runBackend(start: MeetingDetail = detail()) {
      const backend = meetingBackend(
        {
          start_item: (args) => {
            for (const i of backend.state.agenda) {
              if (i.status === 'active') Object.assign(i, { status: 'done', ended_at: NOW });
            }
            const it = backend.state.agenda.find((i) => i.id === args.item)!;
            Object.assign(it, { status: 'active', started_at: it.started_at ?? NOW });
            return structuredClone(it);
          },
          finish_item: (args) => {
            const it = backend.state.agenda.find((i) => i.id === args.item)!;
            Object.assign(it, { status: 'done', ended_at: NOW });
            return structuredClone(it);
          },
          table_item: (args) => {
            const it = backend.state.agenda.find((i) => i.id === args.item)!;
            Object.assign(it, { status: 'tabled' });
            backend.state.planned_minutes -= it.allotted_minutes ?? 0;
            return structuredClone(it);
          },
          get_report_back: () => null,
          list_people: () => [],
        },
        start,
      );
      return backend;
    }

    test('"Take up" starts an item, "Finish" ends it, "Table" defers one; each step asks for the meeting again', async () => {
      const user = userEvent.setup();
      const { calls } = runBackend();
      render(MeetingView, { id: 'm-39' });
      await screen.findAllByTestId('agenda-item');
      expect(screen.queryByTestId('item-finish')).toBeNull();

      await user.click(screen.getByRole('button', { name: 'Take up LDN-GA-39.1 “Welcome and process”' }));
      await waitFor(() => expect(callsOf(calls, 'start_item')).toHaveLength(1));
      expect(callsOf(calls, 'start_item')[0].args).toEqual({ item: 'i-welcome' });
      await waitFor(() => expect(itemRow('i-welcome').dataset.status).toBe('active'));
      expect(itemRow('i-welcome').getAttribute('aria-current')).toBe('step');
      expect(within(itemRow('i-welcome')).getByTestId('item-now')).toBeTruthy();
      expect(within(itemRow('i-welcome')).getByTestId('item-timer')).toBeTruthy();
      // The item under way is open, its notes at hand; focus is on its "Finish".
      expect(within(itemRow('i-welcome')).getByTestId('item-notes')).toBeTruthy();
      await waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('item-finish'));
      await waitFor(() => expect(callsOf(calls, 'get_meeting')).toHaveLength(2));

      // Taking up the next one: the core finishes the first; the refreshed agenda says so.
      await user.click(within(itemRow('i-kitchen')).getByTestId('item-start'));
      await waitFor(() => expect(itemRow('i-welcome').dataset.status).toBe('done'));
      expect(itemRow('i-kitchen').dataset.status).toBe('active');
      expect(screen.getAllByTestId('item-timer')).toHaveLength(1);

      await user.keyboard('{Enter}'); // focus is on Kitchen's "Finish"
      await waitFor(() => expect(callsOf(calls, 'finish_item')).toHaveLength(1));
      expect(callsOf(calls, 'finish_item')[0].args).toEqual({ item: 'i-kitchen' });
      await waitFor(() => expect(itemRow('i-kitchen').dataset.status).toBe('done'));
      // Focus moves on to the next pending item's "Take up".
      await waitFor(() =>
        expect(document.activeElement?.getAttribute('aria-label')).toBe('Take up LDN-GA-39.3 “Soapbox”'),
      );

      await user.click(within(itemRow('i-soapbox')).getByTestId('item-table'));
      await waitFor(() => expect(callsOf(calls, 'table_item')).toHaveLength(1));
      expect(callsOf(calls, 'table_item')[0].args).toEqual({ item: 'i-soapbox', reason: null });
      await waitFor(() => expect(itemRow('i-soapbox').dataset.status).toBe('tabled'));
      await waitFor(() => expect(screen.getByTestId('planned-minutes').textContent).toContain('15 min'));
    });

    test('a refused step is shown on its item', async () => {
      const user = userEvent.setup();
      meetingBackend({
        start_item: () => {
          throw coreError('conflict', 'open the meeting before taking up its items');
        },
      });
      render(MeetingView, { id: 'm-39' });
      await screen.findAllByTestId('agenda-item');
      await user.click(within(itemRow('i-kitchen')).getByTestId('item-start'));
      expect((await within(itemRow('i-kitchen')).findByRole('alert')).textContent).toContain('open the meeting before');
      expect(itemRow('i-kitchen').dataset.status).toBe('pending');
    });

    test('no steps before the meeting is opened, nor after it is closed', async () => {
      const planned = detail();
      planned.meeting = { ...planned.meeting, status: 'planned', opened_at: null };
      runBackend(planned);
      const { unmount } = render(MeetingView, { id: 'm-39' });
      await screen.findAllByTestId('agenda-item');
      expect(screen.queryAllByTestId('item-start')).toHaveLength(0);
      expect(screen.getByTestId('open-meeting')).toBeTruthy();
      unmount();
      clearMocks();

      const closed = detail({
        agenda: [item({ id: 'i-done', position: 1, title: 'Welcome', status: 'done', notes: 'Quorum reached <b>late</b>.' })],
      });
      closed.meeting = { ...closed.meeting, status: 'closed' };
      runBackend(closed);
      render(MeetingView, { id: 'm-39' });
      await screen.findAllByTestId('agenda-item');
      expect(screen.queryAllByTestId('item-start')).toHaveLength(0);
      expect(screen.queryAllByTestId('item-table')).toHaveLength(0);
      // Notes of a closed meeting are read, not edited (and shown as text).
      await userEvent.setup().click(screen.getByTestId('agenda-title'));
      expect(screen.getByTestId('item-notes-text').textContent).toBe('Quorum reached <b>late</b>.');
      expect(screen.queryByTestId('item-notes')).toBeNull();
    });

    test('the item under way shows its running time, and a warning in words when it is over its time', async () => {
      vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
      const started = Date.parse('2011-11-12T19:10:00Z');
      vi.setSystemTime(started + 4 * 60_000);
      runBackend(
        detail({
          agenda: [
            item({ id: 'i-welcome', position: 1, title: 'Welcome', status: 'done', started_at: '2011-11-12T19:00:00Z', ended_at: '2011-11-12T19:10:00Z' }),
            item({ id: 'i-kitchen', position: 2, title: 'Kitchen', kind: 'report-back', allotted_minutes: 5, status: 'active', started_at: '2011-11-12T19:10:00Z' }),
          ],
        }),
      );
      render(MeetingView, { id: 'm-39' });

      const timer = await within(await waitFor(() => itemRow('i-kitchen'))).findByTestId('item-timer');
      expect(screen.getAllByTestId('item-timer')).toHaveLength(1);
      expect(within(timer).getByTestId('item-elapsed').textContent).toBe('4:00');
      expect(timer.textContent).toContain('of 5 min');
      expect(within(timer).getByTestId('item-remaining').textContent).toBe('1 min left');
      expect(timer.dataset.over).toBe('false');
      expect(within(timer).queryByTestId('item-overrun')).toBeNull();

      // It ticks every second.
      await vi.advanceTimersByTimeAsync(1000);
      await waitFor(() => expect(within(timer).getByTestId('item-elapsed').textContent).toBe('4:01'));

      // 7:05 into a 5-minute slot.
      await vi.advanceTimersByTimeAsync(3 * 60_000 + 4_000);
      await waitFor(() => expect(within(timer).getByTestId('item-elapsed').textContent).toBe('7:05'));
      expect(timer.dataset.over).toBe('true');
      expect(timer.classList.contains('over')).toBe(true);
      expect(within(timer).getByTestId('item-overrun').textContent).toContain('2 min over');
      expect(within(timer).queryByTestId('item-remaining')).toBeNull();
    });
  });

  describe("the minute-taker's notes", () => {
    function notesBackend(setNotes: Handler) {
      return meetingBackend({ set_item_notes: setNotes });
    }
    async function openNotes(user: ReturnType<typeof userEvent.setup>) {
      await screen.findAllByTestId('agenda-item');
      await user.click(within(itemRow('i-soapbox')).getByTestId('agenda-title'));
      return (await within(itemRow('i-soapbox')).findByLabelText("Minute-taker's notes")) as HTMLTextAreaElement;
    }

    test('are saved with Ctrl+Enter and on leaving the field, with the item id and the text', async () => {
      const user = userEvent.setup();
      const { calls } = notesBackend((args) => ({ ...item({ id: 'i-soapbox', position: 3, title: 'Soapbox' }), notes: String(args.notes).trim() }));
      render(MeetingView, { id: 'm-39' });
      const notes = await openNotes(user);
      const state = () => within(itemRow('i-soapbox')).getByTestId('item-notes-state');

      await user.type(notes, 'Three speakers on housing.');
      expect(state().dataset.state).toBe('unsaved');
      await user.keyboard('{Control>}{Enter}{/Control}');
      await waitFor(() => expect(callsOf(calls, 'set_item_notes')).toHaveLength(1));
      expect(callsOf(calls, 'set_item_notes')[0].args).toEqual({ item: 'i-soapbox', notes: 'Three speakers on housing.' });
      await waitFor(() => expect(state().dataset.state).toBe('saved'));
      expect(state().textContent).toContain('Saved');
      // Ctrl+Enter added no line break.
      expect(notes.value).toBe('Three speakers on housing.');

      // Leaving the field without a change sends nothing; with a change, it saves.
      await user.tab();
      expect(callsOf(calls, 'set_item_notes')).toHaveLength(1);
      await user.click(notes);
      await user.type(notes, '{Enter}Point of process raised.');
      await user.tab();
      await waitFor(() => expect(callsOf(calls, 'set_item_notes')).toHaveLength(2));
      expect(callsOf(calls, 'set_item_notes')[1].args).toEqual({
        item: 'i-soapbox',
        notes: 'Three speakers on housing.\nPoint of process raised.',
      });
      await waitFor(() => expect(state().dataset.state).toBe('saved'));
    });

    test('save themselves two seconds after typing stops, without rewriting the field; a failure is not retried by itself', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
      let fail = false;
      const { calls } = notesBackend((args) => {
        if (fail) throw coreError('invalid-input', 'the database is busy');
        return { ...item({ id: 'i-soapbox', position: 3, title: 'Soapbox' }), notes: String(args.notes).trim() };
      });
      render(MeetingView, { id: 'm-39' });
      const notes = await openNotes(user);
      const state = () => within(itemRow('i-soapbox')).getByTestId('item-notes-state');

      await user.type(notes, 'Three speakers ');
      vi.advanceTimersByTime(1500);
      expect(callsOf(calls, 'set_item_notes')).toHaveLength(0);
      vi.advanceTimersByTime(600);
      await waitFor(() => expect(callsOf(calls, 'set_item_notes')).toHaveLength(1));
      expect(callsOf(calls, 'set_item_notes')[0].args).toEqual({ item: 'i-soapbox', notes: 'Three speakers ' });
      await waitFor(() => expect(state().dataset.state).toBe('saved'));
      // The pause after a space kept the space: typing goes on where it was.
      expect(notes.value).toBe('Three speakers ');
      await user.type(notes, 'on housing.');
      expect(notes.value).toBe('Three speakers on housing.');

      // A failed automatic save shows why and waits for the person.
      fail = true;
      vi.advanceTimersByTime(2100);
      await waitFor(() => expect(callsOf(calls, 'set_item_notes')).toHaveLength(2));
      await waitFor(() => expect(state().dataset.state).toBe('error'));
      vi.advanceTimersByTime(10_000);
      expect(callsOf(calls, 'set_item_notes')).toHaveLength(2);
      fail = false;
      await user.keyboard('{Control>}{Enter}{/Control}');
      await waitFor(() => expect(callsOf(calls, 'set_item_notes')).toHaveLength(3));
      await waitFor(() => expect(state().dataset.state).toBe('saved'));
      expect(notes.value).toBe('Three speakers on housing.');
    });

    test('a failed save keeps the typed text in the field and shows why; saving again works', async () => {
      const user = userEvent.setup();
      let fail = true;
      const { calls } = notesBackend((args) => {
        if (fail) throw coreError('invalid-input', 'notes contains a control character');
        return { ...item({ id: 'i-soapbox', position: 3, title: 'Soapbox' }), notes: args.notes as string };
      });
      render(MeetingView, { id: 'm-39' });
      const notes = await openNotes(user);

      await user.type(notes, 'Do not lose this.');
      await user.tab();
      await waitFor(() => expect(callsOf(calls, 'set_item_notes')).toHaveLength(1));
      expect((await within(itemRow('i-soapbox')).findByRole('alert')).textContent).toContain('notes contains a control character');
      expect(notes.value).toBe('Do not lose this.');
      const state = within(itemRow('i-soapbox')).getByTestId('item-notes-state');
      expect(state.dataset.state).toBe('error');
      expect(state.textContent).toContain('Not saved');

      // Closing and opening the item's details loses nothing either.
      const title = within(itemRow('i-soapbox')).getByTestId('agenda-title');
      await user.click(title);
      expect(title.getAttribute('aria-expanded')).toBe('false');
      await user.click(title);
      expect((within(itemRow('i-soapbox')).getByLabelText("Minute-taker's notes") as HTMLTextAreaElement).value).toBe(
        'Do not lose this.',
      );

      fail = false;
      notes.focus();
      await user.keyboard('{Control>}{Enter}{/Control}');
      await waitFor(() => expect(callsOf(calls, 'set_item_notes')).toHaveLength(2));
      expect(callsOf(calls, 'set_item_notes')[1].args).toEqual({ item: 'i-soapbox', notes: 'Do not lose this.' });
      await waitFor(() => expect(state.dataset.state).toBe('saved'));
      expect(within(itemRow('i-soapbox')).queryByRole('alert')).toBeNull();
      expect(notes.value).toBe('Do not lose this.');
    });
  });
});

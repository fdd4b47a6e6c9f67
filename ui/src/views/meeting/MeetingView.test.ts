import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { AgendaItem } from '../../lib/bindings/AgendaItem';
import type { MeetingDetail } from '../../lib/bindings/MeetingDetail';
import type { NewAgendaItem } from '../../lib/bindings/NewAgendaItem';
import type { ReportBackInput } from '../../lib/bindings/ReportBackInput';
import { dashboard, detail, item, proposals, renumber } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend, type Handler } from '../../test/ipc';
import MeetingView from './MeetingView.svelte';

afterEach(() => {
  clearMocks();
});

/** A small stateful core: the agenda moves and grows as the real one would. */
function meetingBackend(extra: Record<string, Handler> = {}, start: MeetingDetail = detail()) {
  const state = structuredClone(start);
  const calls = fakeBackend({
    get_dashboard: () => dashboard(),
    list_proposals: () => proposals,
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
      close_meeting: () => ({ ...state.meeting, status: 'closed', closed_at: '2011-11-12T21:30:00Z' }),
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
    // A closed meeting is shown read-only.
    expect(screen.getByTestId('read-only-notice')).toBeTruthy();
    expect(screen.queryByTestId('add-item-form')).toBeNull();
    expect(screen.queryAllByTestId('move-up')).toHaveLength(0);
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

    await user.selectOptions(within(roles).getByLabelText('Role'), 'stack-keeper');
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

    await user.click(within(roles).getByRole('button', { name: 'Remove Ana as facilitator' }));
    await waitFor(() => expect(callsOf(calls, 'unassign_role')).toHaveLength(1));
    expect(callsOf(calls, 'unassign_role')[0].args).toEqual({ meeting: 'm-39', role: 'facilitator', person: 'p-ana' });
    await waitFor(() => expect(within(roles).getAllByTestId('role-holder').map((r) => r.textContent)).toEqual([expect.stringContaining('Sam')]));
  });

  test('attendance is saved as a number, and cleared as null', async () => {
    const user = userEvent.setup();
    const { calls, state } = meetingBackend({
      set_attendance: (args) => ({ ...state.meeting, attendance: args.attendance }),
    });
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');

    const input = screen.getByLabelText('Attendance') as HTMLInputElement;
    expect(input.value).toBe('180');
    await user.clear(input);
    await user.type(input, '204{Enter}');
    await waitFor(() => expect(callsOf(calls, 'set_attendance')).toHaveLength(1));
    expect(callsOf(calls, 'set_attendance')[0].args).toEqual({ meeting: 'm-39', attendance: 204 });

    await user.clear(input);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(callsOf(calls, 'set_attendance')).toHaveLength(2));
    expect(callsOf(calls, 'set_attendance')[1].args).toEqual({ meeting: 'm-39', attendance: null });
  });

  test('a report-back is loaded into its editor and saved with record_report_back', async () => {
    const user = userEvent.setup();
    const { calls } = meetingBackend({
      get_report_back: () => ({
        id: 'rb-1',
        origin: 'o',
        agenda_item_id: 'i-kitchen',
        wg_id: 'wg-kitchen',
        wg_name: 'Kitchen',
        presenter_id: null,
        presenter_name: null,
        summary: 'Fed 400 people.',
        asks: '',
        announcements: '',
      }),
      list_people: () => [],
      record_report_back: (args) => {
        const input = args.input as ReportBackInput;
        return {
          id: 'rb-1',
          origin: 'o',
          agenda_item_id: 'i-kitchen',
          wg_id: 'wg-kitchen',
          wg_name: 'Kitchen',
          presenter_id: 'p-jo',
          presenter_name: input.presenter,
          summary: input.summary,
          asks: input.asks,
          announcements: input.announcements,
        };
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
    expect(callsOf(calls, 'record_report_back')[0].args).toEqual({
      item: 'i-kitchen',
      input: { presenter: 'Jo', summary: 'Fed 400 people.', asks: 'Two volunteers', announcements: '' },
    });
    expect((await within(editor).findByTestId('rb-saved')).textContent).toContain('saved');
  });

  test('agenda titles, WG names, places and role names are shown as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const d = detail({
      roles: [{ role: 'facilitator', person_id: 'p-x', name: evil }],
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
      list_proposals: () => [],
      get_meeting: () => {
        throw coreError('not-found', 'no meeting with id m-99');
      },
    });
    render(MeetingView, { id: 'm-99' });
    expect((await screen.findByTestId('error')).textContent).toContain('no meeting with id m-99');
    expect(screen.getByTestId('back-to-dashboard').getAttribute('href')).toBe('#/');
  });
});

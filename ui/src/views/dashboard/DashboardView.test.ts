import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { NewMeeting } from '../../lib/bindings/NewMeeting';
import type { NewWg } from '../../lib/bindings/NewWg';
import { dashboard, meeting, wg } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import DashboardView from './DashboardView.svelte';

afterEach(() => {
  clearMocks();
});

function rowsOf(category: string) {
  const section = screen
    .getAllByTestId('wg-category')
    .find((s) => s.dataset.category === category);
  if (!section) throw new Error(`no section for ${category}`);
  return within(section).queryAllByTestId('wg-row');
}

describe('dashboard', () => {
  test('shows the assembly and its working groups grouped by category, with their status', async () => {
    fakeBackend({ get_dashboard: () => dashboard() });
    render(DashboardView);

    expect(await screen.findByTestId('assembly-name')).toHaveProperty('textContent', 'Occupy London General Assembly');
    expect(screen.getByTestId('assembly-code').textContent).toBe('LDN');

    const list = screen.getByTestId('wg-list');
    const categories = within(list)
      .getAllByTestId('wg-category')
      .map((s) => s.dataset.category);
    expect(categories).toEqual(['operational', 'sectorial', 'strategy', 'caucus']);

    // Every active one is shown: nothing to say about the ones not shown.
    expect(screen.queryByTestId('wg-recent-note')).toBeNull();
    const names = (category: string) => rowsOf(category).map((r) => within(r).getByTestId('wg-name').textContent);
    expect(names('operational')).toEqual(['Kitchen', 'Tech']);
    expect(names('sectorial')).toEqual(['Economics']);
    expect(names('strategy')).toEqual(['Vision']);

    const status = (name: string) => {
      const row = screen.getAllByTestId('wg-row').find((r) => within(r).getByTestId('wg-name').textContent === name)!;
      return within(row).getByTestId('wg-status').textContent?.trim();
    };
    expect(status('Kitchen')).toBe('Active');
    expect(status('Tech')).toBe('Forming');
    expect(status('Economics')).toBe('Dormant');
    expect(status('Vision')).toBe('Dissolved');

    const econ = rowsOf('sectorial')[0];
    expect(econ.textContent).toContain('Alternatives to austerity.');
    expect(econ.textContent).toContain('econ@example.org');
    expect(econ.textContent).toContain('Thursdays 19:00');
    expect(within(econ).getByText((_, el) => el?.tagName === 'TIME').getAttribute('datetime')).toBe('2011-11-02');
  });

  test('shows upcoming GAs soonest first and recent ones newest first, each linking to its meeting view; all GAs and WGs one step away', async () => {
    fakeBackend({ get_dashboard: () => dashboard({ meeting_total: 1500, wg_total: 200, active_wgs: 120 }) });
    render(DashboardView);

    const upcoming = await screen.findByTestId('meetings-upcoming');
    const past = screen.getByTestId('meetings-past');
    const refs = (el: HTMLElement) => within(el).queryAllByTestId('meeting-row').map((r) => r.dataset.meetingId);
    expect(refs(upcoming)).toEqual(['m-39', 'm-40']);
    // The totals come from the core: the lists are only the first few.
    expect(screen.getByTestId('meeting-count').textContent).toBe('1500');
    expect(screen.getByTestId('wg-count').textContent).toBe('120 of 200');
    // More active than shown: the dashboard says which ones these are.
    expect(screen.getByTestId('wg-recent-note').textContent).toBe(
      `The ${dashboard().working_groups.length} most recently active, latest first.`,
    );
    expect(screen.getByTestId('all-meetings-link').getAttribute('href')).toBe('#/meetings');
    expect(screen.getByTestId('all-wgs-link').getAttribute('href')).toBe('#/wgs');
    expect(refs(past)).toEqual(['m-38']);

    const row38 = within(past).getByTestId('meeting-row');
    expect(row38.textContent).toContain('LDN-GA-38');
    expect(row38.textContent).toContain('Finsbury Square');
    expect(row38.textContent).toContain('212 present');
    expect(within(row38).getByRole('link').getAttribute('href')).toBe('#/meeting/m-38');
  });

  test('creating a working group sends add_wg with the form as input and shows the new group', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_dashboard: () => dashboard(),
      add_wg: (args) => {
        const input = args.input as NewWg;
        return wg({
          id: 'wg-new',
          name: input.name,
          category: input.category as 'strategy',
          status: input.status as 'forming',
          description: input.description,
          contact: input.contact,
          schedule: input.schedule,
        });
      },
    });
    render(DashboardView);
    await screen.findByTestId('wg-list');

    await user.click(screen.getByRole('button', { name: 'New working group' }));
    await user.type(screen.getByLabelText('Name'), 'Housing');
    await user.selectOptions(screen.getByLabelText('Category'), 'strategy');
    await user.selectOptions(screen.getByLabelText('Status'), 'active');
    await user.type(screen.getByLabelText('Description'), 'Homes for all');
    await user.type(screen.getByLabelText('Contact'), 'housing@example.org');
    // Enter in a field submits the form.
    await user.type(screen.getByLabelText('Schedule'), 'Mondays 18:00{Enter}');

    await waitFor(() => expect(callsOf(calls, 'add_wg')).toHaveLength(1));
    expect(callsOf(calls, 'add_wg')[0].args).toEqual({
      input: {
        name: 'Housing',
        category: 'strategy',
        status: 'active',
        description: 'Homes for all',
        contact: 'housing@example.org',
        schedule: 'Mondays 18:00',
      },
    });

    await waitFor(() => expect(rowsOf('strategy').map((r) => within(r).getByTestId('wg-name').textContent)).toEqual(['Housing', 'Vision']));
    expect(screen.getByTestId('new-wg-done').textContent).toContain('Housing');
    // The form is ready for the next one.
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('');
  });

  test('a refused add_wg shows the core message to the person and keeps what was typed', async () => {
    const user = userEvent.setup();
    fakeBackend({
      get_dashboard: () => dashboard(),
      add_wg: () => {
        throw coreError('conflict', 'a working group named "Kitchen" already exists');
      },
    });
    render(DashboardView);
    await screen.findByTestId('wg-list');

    await user.click(screen.getByRole('button', { name: 'New working group' }));
    await user.type(screen.getByLabelText('Name'), 'Kitchen{Enter}');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('a working group named "Kitchen" already exists');
    expect(alert.dataset.testid).toBe('error');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Kitchen');
    expect(rowsOf('operational')).toHaveLength(2);
  });

  test('a failed get_dashboard shows its message', async () => {
    fakeBackend({
      get_dashboard: () => {
        throw coreError('database', 'database is locked');
      },
    });
    render(DashboardView);
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('database is locked');
    expect(screen.queryByTestId('wg-list')).toBeNull();
  });

  test('text from the core is shown as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    fakeBackend({
      get_dashboard: () =>
        dashboard({
          assembly: { ...dashboard().assembly, name: '<b>Bold</b> assembly' },
          working_groups: [wg({ id: 'wg-x', name: evil, description: '<script>alert(2)</script>', contact: evil })],
          upcoming: [meeting({ id: 'm-1', number: 1, place: '<img src=y onerror=alert(3)>' })],
          recent: [],
        }),
    });
    const { container } = render(DashboardView);

    const row = await screen.findByTestId('wg-row');
    expect(within(row).getByTestId('wg-name').textContent).toBe(evil);
    expect(row.textContent).toContain('<script>alert(2)</script>');
    expect(screen.getByTestId('assembly-name').textContent).toBe('<b>Bold</b> assembly');
    expect(screen.getByTestId('meeting-row').textContent).toContain('<img src=y onerror=alert(3)>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  test('changing a status asks for the new status, then calls set_wg_status and shows the result', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_dashboard: () => dashboard(),
      set_wg_status: (args) =>
        wg({ id: 'wg-kitchen', name: 'Kitchen', status: args.status as 'dormant', status_since: '2011-11-20' }),
      get_wg_history: () => [
        { status: 'forming', changed_on: '2011-10-01', note: '' },
        { status: 'active', changed_on: '2011-10-20', note: 'enough people' },
        { status: 'dormant', changed_on: '2011-11-20', note: 'winter break' },
      ],
    });
    render(DashboardView);
    await screen.findByTestId('wg-list');

    await user.click(screen.getByRole('button', { name: 'Change status of Kitchen' }));
    const form = screen.getByTestId('wg-status-form');
    // Nothing is sent until a status is chosen and confirmed.
    expect(within(form).getByRole('button', { name: 'Confirm' })).toHaveProperty('disabled', true);
    await user.selectOptions(within(form).getByLabelText('New status'), 'dormant');
    await user.type(within(form).getByLabelText(/Note/), 'winter break');
    expect(callsOf(calls, 'set_wg_status')).toHaveLength(0);
    await user.click(within(form).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(callsOf(calls, 'set_wg_status')).toHaveLength(1));
    expect(callsOf(calls, 'set_wg_status')[0].args).toEqual({ wg: 'wg-kitchen', status: 'dormant', note: 'winter break', on: null });
    const kitchen = rowsOf('operational').find((r) => r.dataset.wgId === 'wg-kitchen')!;
    await waitFor(() => expect(within(kitchen).getByTestId('wg-status').textContent?.trim()).toBe('Dormant'));
    expect(screen.queryByTestId('wg-status-form')).toBeNull();

    await user.click(within(kitchen).getByRole('button', { name: 'Status history of Kitchen' }));
    const entries = await within(kitchen).findAllByTestId('wg-history-entry');
    expect(entries).toHaveLength(3);
    expect(entries[2].textContent).toContain('winter break');
    expect(callsOf(calls, 'get_wg_history')[0].args).toEqual({ wg: 'wg-kitchen' });
  });

  test('a status change can be dated back: the day typed is sent, for the core to check', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_dashboard: () => dashboard(),
      set_wg_status: (args) =>
        wg({ id: 'wg-kitchen', name: 'Kitchen', status: args.status as 'dormant', status_since: args.on as string }),
    });
    render(DashboardView);
    await screen.findByTestId('wg-list');
    await user.click(screen.getByRole('button', { name: 'Change status of Kitchen' }));
    const form = screen.getByTestId('wg-status-form');
    await user.selectOptions(within(form).getByLabelText('New status'), 'dormant');
    await user.type(within(form).getByLabelText(/Since/), '2011-11-20');
    await user.click(within(form).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(callsOf(calls, 'set_wg_status')).toHaveLength(1));
    expect(callsOf(calls, 'set_wg_status')[0].args).toEqual({ wg: 'wg-kitchen', status: 'dormant', note: '', on: '2011-11-20' });
  });

  test('creating a meeting sends new_meeting and lists it under Upcoming, in date order', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_dashboard: () => dashboard(),
      new_meeting: (args) => {
        const input = args.input as NewMeeting;
        return meeting({ id: 'm-41', number: 41, date: input.date, place: input.place, policy: 'fifo' });
      },
    });
    render(DashboardView);
    await screen.findByTestId('meeting-list');

    await user.click(screen.getByRole('button', { name: 'New meeting' }));
    const date = screen.getByLabelText('Date') as HTMLInputElement;
    await user.clear(date);
    await user.type(date, '2011-11-14');
    await user.selectOptions(screen.getByLabelText('Stack'), 'fifo');
    await user.selectOptions(screen.getByLabelText('Format'), 'spokes-council');
    await user.type(screen.getByTestId('new-meeting-time'), '18:30');
    await user.type(screen.getByLabelText('Place'), 'Finsbury Square{Enter}');

    await waitFor(() => expect(callsOf(calls, 'new_meeting')).toHaveLength(1));
    // The start time goes to the core as typed; the core checks it.
    expect(callsOf(calls, 'new_meeting')[0].args).toEqual({
      input: {
        date: '2011-11-14',
        place: 'Finsbury Square',
        policy: 'fifo',
        number: null,
        starts_at: '18:30',
        format: 'spokes-council',
      },
    });
    const upcoming = screen.getByTestId('meetings-upcoming');
    await waitFor(() =>
      expect(within(upcoming).getAllByTestId('meeting-row').map((r) => r.dataset.meetingId)).toEqual(['m-39', 'm-40', 'm-41']),
    );
    // Focus lands on the link to the new meeting, so Enter opens it.
    expect(document.activeElement?.getAttribute('href')).toBe('#/meeting/m-41');
  });
});

import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { ProposalChoices } from '../../lib/bindings/ProposalChoices';
import { dashboard, detail, item, wgChoices } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import AddItemForm from './AddItemForm.svelte';
import MeetingView from './MeetingView.svelte';

afterEach(() => clearMocks());

const choice = (n: number, title: string) => ({
  id: `pr-${n}`,
  reference: `LDN-P-2011-${String(n).padStart(3, '0')}`,
  title,
  status: 'submitted' as const,
});

/** A core holding 130 proposals that can go on the agenda; it answers the newest 2 of the matches. */
function finder(): (args: Record<string, unknown>) => ProposalChoices {
  const all = [choice(130, 'Library tent'), choice(129, 'Kitchen rota'), choice(7, 'Kitchen hours')];
  return (args) => {
    const q = String(args.query).toLowerCase();
    const matches = all.filter((p) => p.title.toLowerCase().includes(q) || p.reference.toLowerCase().includes(q));
    return { proposals: matches.slice(0, 2), total: q === '' ? 130 : matches.length };
  };
}

describe('add-item form: proposals, asked for when needed and bounded', () => {
  test('nothing is asked until the kind "proposal" is chosen; then the newest, with how many there are', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({ find_agenda_proposals: finder(), get_wg_choices: () => wgChoices() });
    render(AddItemForm, { meetingId: 'm-39', onadded: () => {} });

    expect(callsOf(calls, 'find_agenda_proposals')).toHaveLength(0);
    await user.selectOptions(screen.getByTestId('item-kind'), 'proposal');
    await waitFor(() => expect(screen.getByTestId('item-proposal-count').textContent).toContain('The newest 2 of 130'));
    expect(callsOf(calls, 'find_agenda_proposals').map((c) => c.args)).toEqual([{ meeting: 'm-39', query: '' }]);
    const options = within(screen.getByTestId('item-proposal')).getAllByRole('option').slice(1);
    expect(options.map((o) => o.textContent)).toEqual([
      'LDN-P-2011-130 — Library tent (submitted)',
      'LDN-P-2011-129 — Kitchen rota (submitted)',
    ]);
    expect(screen.getByRole('searchbox', { name: 'Find a proposal' })).toBeTruthy();
  });

  test('typing narrows it (asked again once typing pauses); the chosen one fills the title and is added', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      find_agenda_proposals: finder(),
      get_wg_choices: () => wgChoices(),
      add_agenda_item: (args) => item({ id: 'i-new', position: 4, title: (args.input as { title: string }).title, kind: 'proposal' }),
    });
    render(AddItemForm, { meetingId: 'm-39', onadded: () => {} });
    await user.selectOptions(screen.getByTestId('item-kind'), 'proposal');
    await waitFor(() => expect(callsOf(calls, 'find_agenda_proposals')).toHaveLength(1));

    await user.type(screen.getByTestId('item-proposal-search'), 'hours');
    await waitFor(() => expect(screen.getByTestId('item-proposal-count').textContent?.trim()).toBe('1 proposal'));
    const queries = callsOf(calls, 'find_agenda_proposals').map((c) => c.args.query);
    expect(queries.at(-1)).toBe('hours');
    expect(queries.length).toBeLessThan(1 + 'hours'.length);

    await user.selectOptions(screen.getByTestId('item-proposal'), 'pr-7');
    expect((screen.getByTestId('item-title') as HTMLInputElement).value).toBe('Kitchen hours');
    await user.click(screen.getByTestId('add-item'));
    await waitFor(() => expect(callsOf(calls, 'add_agenda_item')).toHaveLength(1));
    expect(callsOf(calls, 'add_agenda_item')[0].args.input).toMatchObject({ kind: 'proposal', proposal: 'pr-7', title: 'Kitchen hours' });

    await user.clear(screen.getByTestId('item-proposal-search'));
    await user.type(screen.getByTestId('item-proposal-search'), 'nothing like it');
    await waitFor(() =>
      expect(screen.getByTestId('item-proposal-count').textContent).toContain('No proposal that can go on this agenda matches.'),
    );
  });

  test('a refused search is shown by the field', async () => {
    const user = userEvent.setup();
    fakeBackend({
      get_wg_choices: () => wgChoices(),
      find_agenda_proposals: () => {
        throw coreError('not-found', 'no meeting with id m-39');
      },
    });
    render(AddItemForm, { meetingId: 'm-39', onadded: () => {} });
    await user.selectOptions(screen.getByTestId('item-kind'), 'proposal');
    expect((await screen.findByTestId('error')).textContent).toContain('no meeting with id m-39');
  });

  test('opening a meeting loads no list of proposals', async () => {
    const calls = fakeBackend({
      get_dashboard: () => dashboard(),
      get_wg_choices: () => wgChoices(),
      list_action_items: () => [],
      get_meeting: () => detail(),
    });
    render(MeetingView, { id: 'm-39' });
    await screen.findAllByTestId('agenda-item');
    await screen.findByTestId('add-item-form');
    expect(callsOf(calls, 'find_agenda_proposals')).toHaveLength(0);
  });
});

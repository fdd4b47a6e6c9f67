// The new proposal form: a proposal of the assembly's history is entered with the day it
// was submitted (its reference takes that year — the core's rule); empty means today.
import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';

import { callsOf, fakeBackend } from '../../test/ipc';
import { wgChoices } from '../../test/fixtures';
import NewProposalForm from './NewProposalForm.svelte';
import { proposal } from './test-fixtures';

afterEach(() => {
  clearMocks();
});

test('a past proposal is sent with its day; without one, no day is sent (today)', async () => {
  const user = userEvent.setup();
  const calls = fakeBackend({
    get_wg_choices: () => wgChoices(),
    new_proposal: (args) => {
      const input = args.input as { title: string; date?: string };
      const year = input.date ? input.date.slice(0, 4) : '2026';
      return proposal({ title: input.title, reference: `NYC-P-${year}-003` });
    },
  });
  render(NewProposalForm, { oncreated: () => {} });
  await user.click(screen.getByTestId('new-proposal-toggle'));
  await user.type(screen.getByTestId('new-proposal-title'), 'Occupy the bank lobby');
  await user.type(screen.getByTestId('new-proposal-text'), 'We hold the lobby for a day.');
  const day = screen.getByLabelText(/Submitted on/);
  await user.type(day, '2012-01-28');
  await user.click(screen.getByTestId('new-proposal-submit'));
  await waitFor(() => expect(screen.getByTestId('new-proposal-done').textContent).toContain('NYC-P-2012-003'));
  expect(callsOf(calls, 'new_proposal')[0].args.input).toMatchObject({ title: 'Occupy the bank lobby', date: '2012-01-28' });
  // The form is emptied, the day with it: the next proposal is today's.
  expect((day as HTMLInputElement).value).toBe('');
  await user.type(screen.getByTestId('new-proposal-title'), 'A teach-in');
  await user.type(screen.getByTestId('new-proposal-text'), 'On debt.');
  await user.click(screen.getByTestId('new-proposal-submit'));
  await waitFor(() => expect(callsOf(calls, 'new_proposal')).toHaveLength(2));
  expect(callsOf(calls, 'new_proposal')[1].args.input).not.toHaveProperty('date');
});

test('the working groups offered are asked for when the form opens: every one not dissolved, by name', async () => {
  const user = userEvent.setup();
  const calls = fakeBackend({
    get_wg_choices: () => [
      { id: 'w-a', name: 'Allotments', category: 'operational', status: 'forming' },
      { id: 'w-b', name: 'Bees', category: 'sectorial', status: 'dormant' },
    ],
  });
  render(NewProposalForm, { oncreated: () => {} });
  expect(callsOf(calls, 'get_wg_choices')).toHaveLength(0);
  await user.click(screen.getByTestId('new-proposal-toggle'));
  await waitFor(() => expect(screen.getByTestId('new-proposal-wg').querySelectorAll('option[value^="w-"]')).toHaveLength(2));
  const offered = [...screen.getByTestId('new-proposal-wg').querySelectorAll('option[value^="w-"]')].map((o) => o.getAttribute('value'));
  expect(offered).toEqual(['w-a', 'w-b']);
  expect(callsOf(calls, 'get_wg_choices')).toHaveLength(1);
});

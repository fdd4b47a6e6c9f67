// The new proposal form: a proposal of the assembly's history is entered with the day it
// was submitted (its reference takes that year — the core's rule); empty means today.
import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';

import { callsOf, fakeBackend } from '../../test/ipc';
import NewProposalForm from './NewProposalForm.svelte';
import { proposal } from './test-fixtures';

afterEach(() => {
  clearMocks();
});

test('a past proposal is sent with its day; without one, no day is sent (today)', async () => {
  const user = userEvent.setup();
  const calls = fakeBackend({
    new_proposal: (args) => {
      const input = args.input as { title: string; date?: string };
      const year = input.date ? input.date.slice(0, 4) : '2026';
      return proposal({ title: input.title, reference: `NYC-P-${year}-003` });
    },
  });
  render(NewProposalForm, { wgs: [], oncreated: () => {} });
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

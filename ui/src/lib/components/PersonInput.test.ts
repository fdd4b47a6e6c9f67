import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';

import { callsOf, fakeBackend } from '../../test/ipc';
import PersonInput from './PersonInput.svelte';

afterEach(() => clearMocks());

const sam = { id: 'p-sam', origin: 'o', name: 'Sam', pronouns: null };

test('suggests known people while the field has the focus, and Enter takes one', async () => {
  const user = userEvent.setup();
  fakeBackend({ list_people: () => [sam] });
  render(PersonInput, { id: 'who' });
  const field = screen.getByRole('combobox');
  await user.type(field, 'Sa');
  await waitFor(() => expect(screen.getByTestId('person-suggestions').hidden).toBe(false));
  await user.keyboard('{ArrowDown}{Enter}');
  expect((field as HTMLInputElement).value).toBe('Sam');
  expect(screen.getByTestId('person-suggestions').hidden).toBe(true);
});

test('a lookup that answers after the focus left does not open the list', async () => {
  const user = userEvent.setup();
  let answer: (people: (typeof sam)[]) => void = () => {};
  const calls = fakeBackend({ list_people: () => new Promise((r) => (answer = r)) });
  render(PersonInput, { id: 'who' });
  await user.type(screen.getByRole('combobox'), 'Sa');
  await waitFor(() => expect(callsOf(calls, 'list_people').length).toBeGreaterThan(0));
  await user.tab(); // focus leaves while the lookup is under way
  answer([sam]);
  // …and one still waiting to start is dropped too.
  await new Promise((r) => setTimeout(r, 200));
  expect(screen.getByTestId('person-suggestions').hidden).toBe(true);
  expect(screen.getByRole('combobox').getAttribute('aria-expanded')).toBe('false');
});

// The people's screen in another language: Spanish words, Arabic right to left, names as
// typed, and none of the English labels.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, test } from 'vitest';

import { chooseLang } from '../../lib/i18n.svelte';
import { callsOf, fakeBackend } from '../../test/ipc';
import PeopleView from './PeopleView.svelte';

afterEach(() => {
  clearMocks();
  chooseLang(null);
  localStorage.clear();
});

const person = (id: string, name: string) => ({ id, name, pronouns: null, references: 2, meetings: 1 });
const ENGLISH = ['People', 'Search', 'Rename', 'Merge', 'Forget', 'Records', 'Name'];

function noEnglish(root: HTMLElement) {
  const words = [root.textContent ?? '', ...Array.from(root.querySelectorAll('[aria-label]')).map((e) => e.getAttribute('aria-label'))].join('\n');
  for (const w of ENGLISH) expect(words, w).not.toContain(w);
}

describe('People in another language', () => {
  test('in Spanish: the list, a rename and what it says after', async () => {
    chooseLang('es');
    const user = userEvent.setup();
    let people = [person('p-1', 'Barbara Kowalski'), person('p-2', 'Evan Moore')];
    const calls = fakeBackend({
      page_people: () => ({ items: people, total: people.length, next: null }),
      rename_person: (a) => {
        people = people.map((p) => (p.id === a.person ? { ...p, name: String(a.name) } : p));
        return { id: a.person, origin: 'o', name: a.name, pronouns: null };
      },
    });
    render(PeopleView);

    expect(await screen.findByRole('heading', { name: 'Personas' })).toBeTruthy();
    const rows = await screen.findAllByTestId('person-row');
    expect(within(rows[0]).getByRole('button', { name: 'Renombrar a Barbara Kowalski' })).toBeTruthy();
    noEnglish(screen.getByTestId('people'));
    await user.click(within(rows[0]).getByTestId('person-rename'));
    const input = screen.getByTestId('rename-input') as HTMLInputElement;
    await user.clear(input);
    await user.type(input, 'Barbara K.{Enter}');
    expect(callsOf(calls, 'rename_person')).toHaveLength(1);
    expect((await screen.findByTestId('people-status')).textContent).toBe('Barbara Kowalski ahora es Barbara K..');
  });

  test('in Arabic: right to left, the names as typed', async () => {
    chooseLang('ar');
    fakeBackend({ page_people: () => ({ items: [person('p-1', 'Barbara Kowalski')], total: 1, next: null }) });
    render(PeopleView);
    expect(await screen.findByRole('heading', { name: 'الأشخاص' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect((await screen.findByTestId('person-row')).dataset.name).toBe('Barbara Kowalski');
    noEnglish(screen.getByTestId('people'));
  });
});

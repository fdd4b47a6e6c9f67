import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';

import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import PeopleView from './PeopleView.svelte';

// jsdom has <dialog> but not its modal methods (the real window has them, with the focus
// kept inside and a `close` event).
beforeAll(() => {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { showModal?: () => void };
  if (typeof proto.showModal !== 'function') {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    proto.close = function (this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  }
});

afterEach(() => clearMocks());

const person = (id: string, name: string, references = 1) => ({ id, name, pronouns: null, references, meetings: 1 });
type Someone = ReturnType<typeof person>;

/** The core's page_people over `people()`: names containing the search, any case; one page. */
const pageOf = (people: () => Someone[]) => (a: Record<string, unknown>) => {
  const search = String((a.filter as { search?: string | null }).search ?? '').toLowerCase();
  const items = people().filter((p) => p.name.toLowerCase().includes(search));
  return { items, total: items.length, next: null };
};

describe('People', () => {
  test('lists and searches people; renames one', async () => {
    const user = userEvent.setup();
    let people = [person('p-1', 'Barbara Kowalski', 4), person('p-2', 'Barbra Kowalski'), person('p-3', 'Evan Moore')];
    const calls = fakeBackend({
      page_people: pageOf(() => people),
      rename_person: (a) => {
        people = people.map((p) => (p.id === a.person ? { ...p, name: String(a.name) } : p));
        return { id: a.person, origin: 'o', name: a.name, pronouns: null };
      },
    });
    render(PeopleView);
    await waitFor(() => expect(screen.getAllByTestId('person-row')).toHaveLength(3));
    await user.type(screen.getByLabelText('Search'), 'kowal');
    // The core searches (the record may name thousands): asked once the typing settles.
    await waitFor(() =>
      expect(screen.getAllByTestId('person-row').map((r) => r.dataset.name)).toEqual(['Barbara Kowalski', 'Barbra Kowalski']),
    );
    expect((callsOf(calls, 'page_people').at(-1)?.args.filter as { search: string }).search).toBe('kowal');

    await user.clear(screen.getByLabelText('Search'));
    await waitFor(() => expect(screen.getAllByTestId('person-row')).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Rename Evan Moore' }));
    const input = screen.getByLabelText('New name for Evan Moore') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    await user.clear(input);
    await user.type(input, 'Evan Moore-Ruiz{Enter}');
    await waitFor(() => expect(callsOf(calls, 'rename_person')).toHaveLength(1));
    expect(callsOf(calls, 'rename_person')[0].args).toEqual({ person: 'p-3', name: 'Evan Moore-Ruiz' });
    expect(await screen.findByText('Evan Moore is now Evan Moore-Ruiz.')).toBeTruthy();
    expect(screen.getAllByTestId('person-row').map((r) => r.dataset.name)).toContain('Evan Moore-Ruiz');
  });

  test('merging asks first in a dialog, says why the core refuses, and gives the focus back', async () => {
    const user = userEvent.setup();
    let refuse = true;
    let people = [person('p-1', 'Barbara Kowalski', 4), person('p-2', 'Barbra Kowalski')];
    const calls = fakeBackend({
      page_people: pageOf(() => people),
      merge_people: () => {
        if (refuse) {
          throw coreError('conflict', 'Barbra Kowalski and Barbara Kowalski both wait in the speak band of the stack of item 144.5');
        }
        people = people.filter((p) => p.id !== 'p-2');
        return { id: 'p-1', origin: 'o', name: 'Barbara Kowalski', pronouns: null };
      },
    });
    render(PeopleView);
    await waitFor(() => expect(screen.getAllByTestId('person-row')).toHaveLength(2));
    const mergeButton = screen.getByRole('button', { name: 'Merge Barbra Kowalski into someone else' });
    await user.click(mergeButton);
    const dialog = screen.getByTestId('merge-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(callsOf(calls, 'merge_people')).toHaveLength(0);
    const into = within(dialog).getByLabelText('Into') as HTMLSelectElement;
    await waitFor(() => expect(Array.from(into.options).map((o) => o.textContent)).toEqual(['Choose a person', 'Barbara Kowalski']));
    await user.selectOptions(into, 'p-1');
    await user.click(within(dialog).getByTestId('merge-confirm'));
    expect(await within(dialog).findByText(/both wait in the speak band/)).toBeTruthy();
    expect(dialog.open).toBe(true);

    refuse = false;
    await user.click(within(dialog).getByTestId('merge-confirm'));
    await waitFor(() => expect(dialog.open).toBe(false));
    expect(callsOf(calls, 'merge_people').at(-1)?.args).toEqual({ person: 'p-2', into: 'p-1' });
    await waitFor(() => expect(screen.getAllByTestId('person-row').map((r) => r.dataset.name)).toEqual(['Barbara Kowalski']));
    expect(screen.getByTestId('people-status').textContent).toContain('Barbra Kowalski is merged into Barbara Kowalski');
  });

  test('cancelling a merge changes nothing and returns the focus to its button', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({ page_people: pageOf(() => [person('p-1', 'Ana'), person('p-2', 'Anna')]) });
    render(PeopleView);
    await waitFor(() => expect(screen.getAllByTestId('person-row')).toHaveLength(2));
    const mergeButton = screen.getByRole('button', { name: 'Merge Anna into someone else' });
    await user.click(mergeButton);
    await user.click(screen.getByTestId('merge-cancel'));
    expect((screen.getByTestId('merge-dialog') as HTMLDialogElement).open).toBe(false);
    expect(document.activeElement).toBe(mergeButton);
    expect(callsOf(calls, 'merge_people')).toHaveLength(0);
  });

  test('forgetting asks first in a dialog, then shows the placeholder; cancelling changes nothing', async () => {
    const user = userEvent.setup();
    let people = [person('p-1', 'Jo Becker', 17), person('p-2', 'Evan Moore')];
    const calls = fakeBackend({
      page_people: pageOf(() => people),
      forget_person: (a) => {
        people = people.map((p) => (p.id === a.person ? { ...p, name: 'Participant 1' } : p));
        return { id: a.person, placeholder: 'Participant 1', records: 12, local_rows: 30, backups_deleted: 2 };
      },
    });
    render(PeopleView);
    await waitFor(() => expect(screen.getAllByTestId('person-row')).toHaveLength(2));
    const forgetButton = screen.getByRole('button', { name: 'Forget Jo Becker on request' });
    await user.click(forgetButton);
    const dialog = screen.getByTestId('forget-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(within(dialog).getByRole('heading').textContent).toBe('Forget Jo Becker');
    await user.click(within(dialog).getByTestId('forget-cancel'));
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(forgetButton);
    expect(callsOf(calls, 'forget_person')).toHaveLength(0);

    await user.click(forgetButton);
    await user.click(within(dialog).getByTestId('forget-confirm'));
    await waitFor(() => expect(callsOf(calls, 'forget_person')).toHaveLength(1));
    expect(callsOf(calls, 'forget_person')[0].args).toEqual({ person: 'p-1' });
    await waitFor(() => expect(screen.getAllByTestId('person-row').map((r) => r.dataset.name)).toContain('Participant 1'));
    const said = screen.getByTestId('people-status').textContent ?? '';
    expect(said).toContain('Participant 1');
    expect(said).toContain('2 automatic backups deleted');
    expect(said).not.toContain('Jo Becker');
    expect(dialog.open).toBe(false);
  });

  test('a refused forgetting says why in the dialog', async () => {
    const user = userEvent.setup();
    fakeBackend({
      page_people: pageOf(() => [person('p-1', 'Participant 1')]),
      forget_person: () => {
        throw coreError('invalid', 'Participant 1 is already a placeholder: there is no name left to forget');
      },
    });
    render(PeopleView);
    await waitFor(() => expect(screen.getAllByTestId('person-row')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Forget Participant 1 on request' }));
    const dialog = screen.getByTestId('forget-dialog') as HTMLDialogElement;
    await user.click(within(dialog).getByTestId('forget-confirm'));
    expect(await within(dialog).findByText(/already a placeholder/)).toBeTruthy();
    expect(dialog.open).toBe(true);
  });
});

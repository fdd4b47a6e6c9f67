import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { ActionItem } from '../../lib/bindings/ActionItem';
import { item } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend, type Handler } from '../../test/ipc';
import ActionItems from './ActionItems.svelte';

afterEach(() => {
  clearMocks();
});

const welcome = item({ id: 'i-welcome', position: 1, title: 'Welcome and process', kind: 'process', status: 'done' });

function action(id: string, text: string, who: string | null): ActionItem {
  return { id, agenda_item_id: 'i-welcome', text, person_id: who ? `p-${who}` : null, who };
}

/** A small core: the list grows and shrinks as the real one would. */
function backend(extra: Record<string, Handler> = {}) {
  let list = [action('a-1', 'Reprint the hand signals poster', 'Ana')];
  let n = 1;
  const calls = fakeBackend({
    list_action_items: () => structuredClone(list),
    list_people: (args) =>
      [
        { id: 'p-sam', name: 'Sam', pronouns: null },
        { id: 'p-sara', name: 'Sara', pronouns: 'she/her' },
      ].filter((p) => p.name.toLowerCase().startsWith(String(args.prefix).toLowerCase())),
    add_action_item: (args) => {
      const input = args.input as { text: string; who: string | null };
      const a = action(`a-${++n}`, input.text.trim(), input.who);
      list = [...list, a];
      return a;
    },
    remove_action_item: (args) => {
      list = list.filter((a) => a.id !== args.action);
      return null;
    },
    ...extra,
  });
  return calls;
}

const texts = () => screen.getAllByTestId('action-item').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('action items', () => {
  test('are listed for the item, added from the keyboard with the suggested name, and removed by id', async () => {
    const user = userEvent.setup();
    const calls = backend();
    render(ActionItems, { item: welcome, readOnly: false });

    await screen.findByTestId('action-item');
    expect(callsOf(calls, 'list_action_items')[0].args).toEqual({ item: 'i-welcome' });
    expect(texts()).toEqual(['Reprint the hand signals poster — Ana Remove']);

    // Keyboard only: type the text, Tab to "Who", pick "Sam" from the suggestions, Enter adds.
    await user.click(screen.getByLabelText('What will be done'));
    await user.keyboard('Book the hall for Sunday');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /Who/ }));
    await user.keyboard('Sa');
    await screen.findAllByTestId('person-suggestion');
    await user.keyboard('{ArrowDown}{Enter}');
    expect((screen.getByRole('combobox', { name: /Who/ }) as HTMLInputElement).value).toBe('Sam');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(callsOf(calls, 'add_action_item')).toHaveLength(1));
    expect(callsOf(calls, 'add_action_item')[0].args).toEqual({
      item: 'i-welcome',
      input: { text: 'Book the hall for Sunday', who: 'Sam' },
    });
    await waitFor(() => expect(texts()).toHaveLength(2));
    expect(texts()[1]).toBe('Book the hall for Sunday — Sam Remove');
    // The fields are cleared and the focus is back on the text, ready for the next one.
    expect((screen.getByLabelText('What will be done') as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText('What will be done'));

    // No one named: who is null.
    await user.keyboard('Price yurts{Enter}');
    await waitFor(() => expect(callsOf(calls, 'add_action_item')).toHaveLength(2));
    expect(callsOf(calls, 'add_action_item')[1].args).toEqual({ item: 'i-welcome', input: { text: 'Price yurts', who: null } });

    await user.click(screen.getByRole('button', { name: 'Remove action item “Reprint the hand signals poster”' }));
    await waitFor(() => expect(callsOf(calls, 'remove_action_item')).toHaveLength(1));
    expect(callsOf(calls, 'remove_action_item')[0].args).toEqual({ action: 'a-1' });
    await waitFor(() => expect(texts()).toEqual(['Book the hall for Sunday — Sam Remove', 'Price yurts Remove']));
    // The focus moves to the next Remove button, not to the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove action item “Book the hall for Sunday”' }));
  });

  test("the core's refusals are shown, and what was typed stays", async () => {
    const user = userEvent.setup();
    backend({
      add_action_item: () => {
        throw coreError('conflict', 'LDN-GA-39 is closed: its record cannot change');
      },
      remove_action_item: () => {
        throw coreError('not-found', 'no action item a-1');
      },
    });
    render(ActionItems, { item: welcome, readOnly: false });
    await screen.findByTestId('action-item');

    await user.type(screen.getByLabelText('What will be done'), 'Book the hall{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('its record cannot change');
    expect((screen.getByLabelText('What will be done') as HTMLInputElement).value).toBe('Book the hall');

    await user.click(screen.getByTestId('action-remove'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('no action item a-1'));
    expect(screen.getAllByTestId('action-item')).toHaveLength(1);
  });

  test('a failed list says why', async () => {
    backend({
      list_action_items: () => {
        throw coreError('not-found', 'no agenda item i-welcome');
      },
    });
    render(ActionItems, { item: welcome, readOnly: false });
    expect((await screen.findByRole('alert')).textContent).toContain('no agenda item i-welcome');
  });

  test('on a closed meeting they are listed without the form or Remove buttons', async () => {
    const calls = backend();
    render(ActionItems, { item: welcome, readOnly: true });
    const row = await screen.findByTestId('action-item');
    expect(within(row).getByTestId('action-text').textContent).toBe('Reprint the hand signals poster');
    expect(within(row).getByTestId('action-who').textContent).toBe('Ana');
    expect(screen.queryByTestId('action-form')).toBeNull();
    expect(screen.queryByTestId('action-remove')).toBeNull();
    expect(callsOf(calls, 'add_action_item')).toHaveLength(0);
  });

  test('text is shown as text', async () => {
    backend({ list_action_items: () => [action('a-9', '<img src=x onerror=alert(1)>', '<b>Jo</b>')] });
    const { container } = render(ActionItems, { item: welcome, readOnly: false });
    const row = await screen.findByTestId('action-item');
    expect(within(row).getByTestId('action-text').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img, b')).toBeNull();
  });
});

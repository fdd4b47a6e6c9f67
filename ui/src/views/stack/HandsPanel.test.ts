import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { EntryKind } from '../../lib/bindings/EntryKind';
import type { HandRequest } from '../../lib/bindings/HandRequest';
import type { StackView } from '../../lib/bindings/StackView';
import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import HandsPanel from './HandsPanel.svelte';

afterEach(() => clearMocks());

const hand = (id: string, name: string, kind: EntryKind = 'speak'): HandRequest => ({
  id,
  meeting_id: 'm-4',
  name,
  kind,
  kind_label: kind === 'speak' ? 'to speak' : 'clarifying question',
  status: 'pending',
  created_at: '2026-12-04T19:00:00Z',
});

describe("the stack-keeper's hands panel", () => {
  test('nothing is shown while no hand waits', async () => {
    const calls = fakeBackend({ get_pending_hands: () => ({ hands: [], total: 0 }) });
    render(HandsPanel, { meeting: 'm-4', refreshMs: 0, onaccepted: () => {} });
    await waitFor(() => expect(callsOf(calls, 'get_pending_hands')).toHaveLength(1));
    expect(screen.queryByTestId('hands-panel')).toBeNull();
  });

  test('lists the hands oldest first; Accept puts one on the stack, Decline takes another off the list', async () => {
    const user = userEvent.setup();
    let pending = [hand('h-1', 'Sam Whitfield', 'clarifying'), hand('h-2', 'Ana Ruiz')];
    const accepted: StackView[] = [];
    const view = { item_id: 'i-1' } as StackView;
    const calls = fakeBackend({
      get_pending_hands: () => ({ hands: pending, total: pending.length }),
      accept_hand: (a) => {
        pending = pending.filter((h) => h.id !== a.hand);
        return view;
      },
      decline_hand: (a) => {
        pending = pending.filter((h) => h.id !== a.hand);
        return { hands: pending, total: pending.length };
      },
    });
    render(HandsPanel, { meeting: 'm-4', refreshMs: 0, onaccepted: (v: StackView) => accepted.push(v) });
    const rows = await screen.findAllByTestId('hand-request');
    expect(rows.map((r) => r.textContent?.replace(/\s+/g, ' ').trim().split(' Accept')[0])).toEqual([
      'Sam Whitfield clarifying question',
      'Ana Ruiz to speak',
    ]);
    await user.click(screen.getAllByTestId('hand-accept')[0]);
    await waitFor(() => expect(screen.getAllByTestId('hand-request')).toHaveLength(1));
    expect(callsOf(calls, 'accept_hand').map((c) => c.args)).toEqual([{ hand: 'h-1' }]);
    expect(accepted).toEqual([view]);

    await user.click(screen.getByTestId('hand-decline'));
    await waitFor(() => expect(screen.queryByTestId('hands-panel')).toBeNull());
    expect(callsOf(calls, 'decline_hand').map((c) => c.args)).toEqual([{ hand: 'h-2' }]);
  });

  test("the core's refusal is shown", async () => {
    const user = userEvent.setup();
    fakeBackend({
      get_pending_hands: () => ({ hands: [hand('h-1', 'Sam')], total: 1 }),
      accept_hand: () => {
        throw coreError('conflict', 'no item is under way: start one before accepting Sam’s hand');
      },
    });
    render(HandsPanel, { meeting: 'm-4', refreshMs: 0, onaccepted: () => {} });
    await user.click(await screen.findByTestId('hand-accept'));
    await waitFor(() => expect(screen.getByTestId('hands-error').textContent).toContain('no item is under way'));
  });
});

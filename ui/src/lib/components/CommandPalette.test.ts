import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { SearchHit } from '../bindings/SearchHit';
import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import CommandPalette from './CommandPalette.svelte';

afterEach(() => {
  clearMocks();
  location.hash = '';
  delete (window as unknown as { __pwned?: unknown }).__pwned;
});

const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>bold</b>';

function hit(over: Partial<SearchHit>): SearchHit {
  return {
    kind: 'wg',
    record_id: 'wg-k',
    title: 'Kitchen',
    reference: null,
    state: 'active',
    snippet: 'Feeds the square.',
    origin_id: 'a-riv',
    origin_code: 'RIV',
    origin_name: 'Riverside Assembly',
    is_local: true,
    target: { view: 'wg', id: 'wg-k' },
    ...over,
  };
}

const HITS: SearchHit[] = [
  hit({}),
  hit({
    kind: 'proposal',
    record_id: 'p-lak',
    title: 'A gas stove for the food kitchen',
    reference: 'LAK-P-2026-001',
    state: 'submitted',
    snippet: `The Food Kitchen asks ${HOSTILE}`,
    origin_id: 'a-lak',
    origin_code: 'LAK',
    origin_name: 'Lakeside Assembly',
    is_local: false,
    target: { view: 'proposal', id: 'p-lak' },
  }),
  hit({
    kind: 'minutes',
    record_id: 'item-3',
    title: 'Announcements',
    reference: 'RIV-GA-3.10',
    state: null,
    snippet: 'Kitchen Tech asks for spare cables.',
    target: { view: 'minutes', id: 'm-3' },
  }),
];

function backend(hits = HITS) {
  return fakeBackend({
    search: (args) => {
      const q = args.query as { text: string; offset?: number };
      const found = q.text.trim() === '' ? [] : hits;
      return { hits: found, offset: q.offset ?? 0, total: found.length, total_is_lower_bound: false, more: false };
    },
  });
}

describe('command palette', () => {
  test('Ctrl+K opens it; typing searches; the count is announced; hits say their kind and assembly as text', async () => {
    const user = userEvent.setup();
    const calls = backend();
    render(CommandPalette);
    const opener = screen.getByTestId('palette-open');
    opener.focus();

    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByTestId('palette');
    expect(dialog.tagName).toBe('DIALOG');
    const input = screen.getByTestId('palette-input') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(input));

    await user.type(input, 'kitchen');
    await waitFor(() => expect(screen.getAllByTestId('palette-hit')).toHaveLength(3));
    // Debounced: one search for the whole word, not one per key.
    expect(callsOf(calls, 'search').map((c) => (c.args.query as { text: string }).text)).toEqual(['kitchen']);
    const status = screen.getByTestId('palette-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent?.trim()).toBe('3 results.');

    const rows = screen.getAllByTestId('palette-hit');
    expect(rows.map((r) => within(r).getByTestId('palette-hit-kind').textContent)).toEqual([
      'Working group',
      'Proposal',
      'Minutes',
    ]);
    expect(rows[1].dataset.originCode).toBe('LAK');
    expect(rows[1].textContent).toContain('Lakeside Assembly');
    expect(within(rows[1]).getByTestId('palette-hit-title').textContent).toBe(
      'LAK-P-2026-001 A gas stove for the food kitchen',
    );
    // Imported text stays text.
    expect(within(rows[1]).getByTestId('palette-hit-snippet').textContent).toContain(HOSTILE);
    expect(dialog.querySelector('img, b')).toBeNull();
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
    // The first hit is highlighted; the box points at it.
    expect(rows[0].getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(rows[0].id);
  });

  test('arrows move through the hits and Enter opens the highlighted one on its screen', async () => {
    const user = userEvent.setup();
    backend();
    render(CommandPalette);
    await user.click(screen.getByTestId('palette-open'));
    const input = await screen.findByTestId('palette-input');
    await user.type(input, 'kitchen');
    await waitFor(() => expect(screen.getAllByTestId('palette-hit')).toHaveLength(3));

    await user.keyboard('{ArrowDown}{ArrowDown}');
    let rows = screen.getAllByTestId('palette-hit');
    expect(rows.map((r) => r.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true']);
    await user.keyboard('{ArrowDown}'); // wraps around
    rows = screen.getAllByTestId('palette-hit');
    expect(rows[0].getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowUp}');
    expect(screen.getAllByTestId('palette-hit')[2].getAttribute('aria-selected')).toBe('true');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByTestId('palette')).toBeNull());
    expect(location.hash).toBe('#/meeting/m-3/minutes');
  });

  test('Esc closes it and the focus returns; an error is shown; no hits says so', async () => {
    const user = userEvent.setup();
    backend([]);
    render(CommandPalette);
    const opener = screen.getByTestId('palette-open');
    await user.click(opener);
    const input = await screen.findByTestId('palette-input');
    await user.type(input, 'nothing');
    await waitFor(() => expect(screen.getByTestId('palette-status').textContent?.trim()).toBe('No results.'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('palette')).toBeNull());
    expect(document.activeElement).toBe(opener);

    fakeBackend({
      search: () => {
        throw coreError('invalid-input', 'the search text has 13 words: at most 12');
      },
    });
    await user.click(opener);
    await user.type(await screen.findByTestId('palette-input'), 'x');
    await waitFor(() => expect(screen.getByTestId('palette-error').textContent).toContain('at most 12'));
  });

  test('a click opens a hit; "Show more" reads the next page', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 25 }, (_, i) =>
      hit({ record_id: `wg-${i}`, title: `Tent group ${i}`, target: { view: 'wg', id: `wg-${i}` } }),
    );
    const calls = fakeBackend({
      search: (args) => {
        const q = args.query as { offset: number; limit: number };
        const page = many.slice(q.offset, q.offset + q.limit);
        return { hits: page, offset: q.offset, total: 25, total_is_lower_bound: false, more: q.offset + page.length < 25 };
      },
    });
    render(CommandPalette);
    await user.click(screen.getByTestId('palette-open'));
    await user.type(await screen.findByTestId('palette-input'), 'tent');
    await waitFor(() => expect(screen.getAllByTestId('palette-hit')).toHaveLength(20));
    await user.click(screen.getByTestId('palette-more'));
    await waitFor(() => expect(screen.getAllByTestId('palette-hit')).toHaveLength(25));
    expect(callsOf(calls, 'search').at(-1)?.args.query).toMatchObject({ text: 'tent', offset: 20, limit: 20 });
    expect(screen.queryByTestId('palette-more')).toBeNull();
    await user.click(screen.getAllByTestId('palette-hit')[22]);
    await waitFor(() => expect(location.hash).toBe('#/wg/wg-22'));
  });
});

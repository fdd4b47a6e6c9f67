import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';

import type { Namesake } from '../../lib/bindings/Namesake';
import type { WgCounterparts } from '../../lib/bindings/WgCounterparts';
import { PagedList } from '../../lib/paged.svelte';
import { coreError, fakeBackend, pagedHandler } from '../../test/ipc';
import { pageWhoWorksOnWhat } from '../../lib/api';
import Namesakes from './Namesakes.svelte';
import WhoWorksOnWhat from './WhoWorksOnWhat.svelte';
import WhoWorksSection from './WhoWorksSection.svelte';

afterEach(() => clearMocks());

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const food: Namesake = {
  id: 'wg-food',
  title: 'Food Kitchen',
  reference: null,
  status: 'active',
  outcome: null,
  origin_code: 'LAK',
  origin_name: `Lakeside ${HOSTILE}`,
};

describe('namesakes', () => {
  test("a WG's page lists the alike WGs of other assemblies, each linked to its page", async () => {
    fakeBackend({ get_wg_namesakes: (args) => (args.wg === 'wg-k' ? [food] : []) });
    const { container } = render(Namesakes, { kind: 'wg', id: 'wg-k' });
    const rows = await screen.findAllByTestId('namesake');
    expect(rows).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'In other assemblies' })).toBeTruthy();
    const link = within(rows[0]).getByTestId('namesake-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('#/wg/wg-food');
    expect(link.textContent).toBe('Food Kitchen');
    expect(rows[0].dataset.originCode).toBe('LAK');
    expect(rows[0].textContent).toContain(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
  });

  test("a proposal's page says what became of the similar proposals elsewhere", async () => {
    fakeBackend({
      get_proposal_namesakes: () => [
        { ...food, id: 'p-riv', title: 'Buy a second gas stove', reference: 'RIV-P-2026-001', status: 'decided', outcome: 'consensus', origin_code: 'RIV', origin_name: 'Riverside' },
      ],
    });
    render(Namesakes, { kind: 'proposal', id: 'p-lak' });
    const row = await screen.findByTestId('namesake');
    expect(screen.getByRole('heading', { name: 'Similar proposals elsewhere, and what became of them' })).toBeTruthy();
    expect((within(row).getByTestId('namesake-link') as HTMLAnchorElement).getAttribute('href')).toBe('#/proposal/p-riv');
    expect(within(row).getByTestId('namesake-link').textContent).toBe('RIV-P-2026-001 Buy a second gas stove');
    expect(within(row).getByTestId('namesake-status').textContent).toBe('decided');
    expect(within(row).getByTestId('namesake-outcome').textContent).toBe('decided: consensus');
  });

  test('none found, and an error, are said', async () => {
    fakeBackend({ get_wg_namesakes: () => [] });
    const { unmount } = render(Namesakes, { kind: 'wg', id: 'wg-k' });
    expect((await screen.findByTestId('namesakes-none')).textContent).toContain('No working group of another assembly');
    unmount();
    fakeBackend({
      get_proposal_namesakes: () => {
        throw coreError('not-found', 'no proposal p-x');
      },
    });
    render(Namesakes, { kind: 'proposal', id: 'p-x' });
    await waitFor(() => expect(screen.getByTestId('namesakes-error').textContent).toContain('no proposal p-x'));
  });
});

describe('who works on what', () => {
  test('a page of WGs, each beside its counterparts elsewhere, rows numbered in the whole list', async () => {
    const rows: WgCounterparts[] = Array.from({ length: 12 }, (_, i) => ({
      id: `wg-${i}`,
      origin: 'a-riv',
      name: i === 0 ? 'Kitchen' : `Group ${i}`,
      category: 'operational',
      status: 'active',
      description: 'Feeds the square.',
      contact: '',
      schedule: '',
      status_since: '2026-01-01',
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      revision: 1,
      origin_name: 'Riverside',
      origin_code: 'RIV',
      is_local: true,
      counterparts: i === 0 ? [food] : [],
    }));
    fakeBackend({ page_who_works_on_what: pagedHandler(() => rows) });
    const list = new PagedList<WgCounterparts>((page) => pageWhoWorksOnWhat({}, page), 10);
    await list.first();
    render(WhoWorksOnWhat, { list });
    const trs = screen.getAllByTestId('who-works-row');
    expect(trs).toHaveLength(10);
    expect(screen.getByTestId('who-works').getAttribute('aria-rowcount')).toBe('13');
    expect(trs[0].getAttribute('aria-rowindex')).toBe('2');
    const c = within(trs[0]).getByTestId('who-works-counterpart');
    expect(c.dataset.originCode).toBe('LAK');
    expect(c.querySelector('a')?.getAttribute('href')).toBe('#/wg/wg-food');
    expect(trs[1].textContent).toContain('none known');
  });

  test('the federation section: heading, count, and a page turn puts the focus on the first row', async () => {
    const rows: WgCounterparts[] = Array.from({ length: 12 }, (_, i) => ({
      id: `wg-${i}`,
      origin: 'a-lak',
      name: `Group ${i}`,
      category: 'operational',
      status: 'active',
      description: 'Feeds the square.',
      contact: '',
      schedule: '',
      status_since: '2026-01-01',
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      revision: 1,
      origin_name: 'Lakeside',
      origin_code: 'LAK',
      is_local: false,
      counterparts: [],
    }));
    fakeBackend({ page_who_works_on_what: pagedHandler(() => rows) });
    const list = new PagedList<WgCounterparts>((page) => pageWhoWorksOnWhat({}, page), 10);
    await list.first();
    render(WhoWorksSection, { list });
    const section = screen.getByRole('region', { name: 'Who works on what' });
    expect(within(section).getByTestId('who-works-count').dataset.total).toBe('12');
    expect(within(section).getAllByTestId('who-works-row')).toHaveLength(10);
    within(section).getByTestId('pager-next').click();
    await waitFor(() => expect(within(section).getAllByTestId('who-works-row')).toHaveLength(2));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Group 10'));
  });
});

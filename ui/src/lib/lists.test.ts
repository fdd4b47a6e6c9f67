// The lists that come a page at a time (PagedList + Pager): the proposals board, all GAs,
// all working groups. Paging forward to the end and back, filters sent to the core,
// totals and positions for screen readers, the keyboard's place after a page turn.
import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { Meeting } from './bindings/Meeting';
import type { ProposalStatus } from './bindings/ProposalStatus';
import type { ProposalSummary } from './bindings/ProposalSummary';
import type { WgReportBack } from './bindings/WgReportBack';
import type { WorkingGroup } from './bindings/WorkingGroup';
import { dashboard, meeting, wg } from '../test/fixtures';
import { callsOf, coreError, fakeBackend, pagedHandler } from '../test/ipc';
import AllMeetingsView from '../views/dashboard/AllMeetingsView.svelte';
import AllWgsView from '../views/dashboard/AllWgsView.svelte';
import ProposalsView from '../views/proposals/ProposalsView.svelte';
import WgView from '../views/dashboard/WgView.svelte';

afterEach(() => {
  clearMocks();
});

/** 60 GAs, newest first, one a week from 2011-09-17; every third closed. */
const gas: Meeting[] = Array.from({ length: 60 }, (_, i) => {
  const n = 60 - i;
  const d = new Date(Date.UTC(2011, 8, 17 + 7 * (n - 1)));
  return meeting({
    id: `m-${n}`,
    number: n,
    reference: `LDN-GA-${n}`,
    date: d.toISOString().slice(0, 10),
    status: n % 3 === 0 ? 'closed' : 'planned',
  });
});

const ids = () => screen.getAllByTestId('meeting-row').map((r) => r.dataset.meetingId);

describe('all GAs, a page at a time', () => {
  test('pages forward to the end and back, each row saying its place in the whole list; focus goes to the new page', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({ page_meetings: pagedHandler(() => gas) });
    render(AllMeetingsView);

    await waitFor(() => expect(screen.getAllByTestId('meeting-row')).toHaveLength(25));
    expect(ids()[0]).toBe('m-60');
    expect(screen.getByTestId('all-meetings-count').dataset.total).toBe('60');
    expect(screen.getByTestId('pager-status').textContent).toBe('1–25 of 60 GAs');
    const first = screen.getAllByTestId('meeting-row')[0];
    expect([first.getAttribute('aria-posinset'), first.getAttribute('aria-setsize')]).toEqual(['1', '60']);
    expect(screen.getByTestId('pager-previous')).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Next GAs →' }));
    await waitFor(() => expect(ids()[0]).toBe('m-35'));
    expect(screen.getAllByTestId('meeting-row')[0].getAttribute('aria-posinset')).toBe('26');
    // The keyboard goes on from the first GA of the new page.
    expect(document.activeElement?.getAttribute('href')).toBe('#/meeting/m-35');

    await user.click(screen.getByTestId('pager-next'));
    await waitFor(() => expect(ids()).toHaveLength(10));
    expect(ids().at(-1)).toBe('m-1');
    expect(screen.getByTestId('pager-status').textContent).toBe('51–60 of 60 GAs');
    expect(screen.getByTestId('pager-next')).toHaveProperty('disabled', true);

    // Back: exactly the pages seen before, with the cursors the core gave.
    await user.click(screen.getByTestId('pager-previous'));
    await waitFor(() => expect(ids()[0]).toBe('m-35'));
    await user.click(screen.getByTestId('pager-previous'));
    await waitFor(() => expect(ids()[0]).toBe('m-60'));
    const afters = callsOf(calls, 'page_meetings').map((c) => (c.args.page as { after: string | null }).after);
    expect(afters).toEqual([null, 'at:25', 'at:50', 'at:25', null]);
  }, 15000);

  test('filters by status and year go to the core and start from the first page', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      page_meetings: pagedHandler(
        () => gas,
        (m, f) => (!f.status || m.status === f.status) && (!f.year || m.date.startsWith(String(f.year))),
      ),
    });
    render(AllMeetingsView);
    await waitFor(() => expect(screen.getAllByTestId('meeting-row')).toHaveLength(25));
    await user.click(screen.getByTestId('pager-next'));
    await waitFor(() => expect(ids()[0]).toBe('m-35'));

    await user.selectOptions(screen.getByTestId('meetings-filter-status'), 'closed');
    await waitFor(() => expect(screen.getByTestId('all-meetings-count').dataset.total).toBe('20'));
    expect(screen.getAllByTestId('meeting-row').every((r) => r.dataset.status === 'closed')).toBe(true);
    expect(ids()[0]).toBe('m-60');
    const year = screen.getByTestId('meetings-filter-year');
    await user.type(year, '2011');
    year.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() =>
      expect(callsOf(calls, 'page_meetings').at(-1)?.args).toEqual({
        filter: { status: 'closed', year: 2011 },
        page: { after: null, limit: 25 },
      }),
    );
    await waitFor(() => expect(screen.getByTestId('all-meetings-count').dataset.total).toBe('5'));
    expect(screen.queryByTestId('pager')).toBeNull();
  });
});

describe('all working groups, a page at a time', () => {
  const many: WorkingGroup[] = Array.from({ length: 30 }, (_, i) =>
    wg({ id: `wg-${i}`, name: `Group ${String(i).padStart(2, '0')}`, status: i % 2 ? 'active' : 'dormant' }),
  );

  test('this assembly’s WGs by name, paged, filtered by status', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_dashboard: () => dashboard(),
      page_wgs: pagedHandler(() => many, (w, f) => !f.status || w.status === f.status),
    });
    render(AllWgsView);
    await waitFor(() => expect(screen.getAllByTestId('wg-row')).toHaveLength(25));
    expect(callsOf(calls, 'page_wgs')[0].args.filter).toEqual({ status: null, origin: dashboard().assembly.id });
    const last = screen.getAllByTestId('wg-row')[24];
    expect([last.getAttribute('aria-posinset'), last.getAttribute('aria-setsize')]).toEqual(['25', '30']);
    await user.click(screen.getByTestId('pager-next'));
    await waitFor(() => expect(screen.getAllByTestId('wg-row')).toHaveLength(5));
    expect(screen.getByTestId('pager-status').textContent).toBe('26–30 of 30 working groups');

    await user.selectOptions(screen.getByTestId('wgs-filter-status'), 'active');
    await waitFor(() => expect(screen.getByTestId('all-wgs-count').dataset.total).toBe('15'));
    expect(screen.getAllByTestId('wg-row')).toHaveLength(15);
    expect(screen.queryByTestId('pager')).toBeNull();
  });
});

describe('the proposals board', () => {
  const summary = (i: number, status: ProposalStatus, year: number): ProposalSummary => ({
    id: `p-${year}-${i}`,
    origin: 'o-ldn',
    origin_code: 'LDN',
    origin_name: 'Occupy London',
    is_local: true,
    reference: `LDN-P-${year}-${String(i).padStart(3, '0')}`,
    title: `Proposal ${i} of ${year}`,
    status,
    year,
    wg_name: null,
    proposer_name: null,
    outcome: status === 'decided' ? 'consensus' : null,
    created_at: `${year}-01-01T00:00:00Z`,
  });
  const all: ProposalSummary[] = [
    ...Array.from({ length: 3 }, (_, i) => summary(100 + i, 'submitted', 2012)),
    ...Array.from({ length: 40 }, (_, i) => summary(60 - i, 'decided', 2012)),
    ...Array.from({ length: 12 }, (_, i) => summary(20 - i, 'decided', 2011)),
  ];
  const keep = (p: ProposalSummary, f: Record<string, unknown>) =>
    (!f.status || p.status === f.status) && (!f.year || p.year === f.year);
  const counts = (args: Record<string, unknown>) => {
    const f = (args.filter ?? {}) as Record<string, unknown>;
    const shown = all.filter((p) => keep(p, { year: f.year }));
    const by = ['submitted', 'decided'].map((s) => ({ status: s, count: shown.filter((p) => p.status === s).length }));
    return { by_status: by.filter((c) => c.count > 0), years: [2012, 2011], total: shown.length };
  };

  test('groups by status with the core’s counts; the decided are paged, with the outcome from the list row', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_dashboard: () => dashboard(),
      get_proposal_counts: counts,
      page_proposals: pagedHandler(() => all, keep),
    });
    render(ProposalsView);

    // The first group at once, the others a frame later (drawnLater).
    await waitFor(() => expect(screen.getAllByTestId('proposal-group').map((g) => g.dataset.status)).toEqual(['submitted', 'decided']));
    const groups = screen.getAllByTestId('proposal-group');
    const decided = groups[1];
    // The history ten at a time (boardPages.ts); what is under way 25.
    await waitFor(() => expect(within(decided).getAllByTestId('proposal-row')).toHaveLength(10));
    expect(callsOf(calls, 'page_proposals').map((c) => [(c.args.filter as { status: string }).status, (c.args.page as { limit: number }).limit])).toEqual([
      ['submitted', 25],
      ['decided', 10],
    ]);
    expect(decided.dataset.total).toBe('52');
    expect(within(decided).getByRole('table').getAttribute('aria-rowcount')).toBe('53');
    expect(within(decided).getAllByTestId('proposal-row')[0].getAttribute('aria-rowindex')).toBe('2');
    expect(within(decided).getAllByTestId('proposal-outcome')[0].dataset.value).toBe('consensus');
    expect(screen.getByTestId('proposals-count').dataset.total).toBe('55');
    // Nobody reads whole proposals to fill the board.
    expect(callsOf(calls, 'get_proposal')).toHaveLength(0);

    // To the end of the decided ones and back; the submitted group stays as it was.
    await user.click(within(decided).getByTestId('pager-next'));
    await waitFor(() => expect(within(decided).getAllByTestId('proposal-row')[0].getAttribute('aria-rowindex')).toBe('12'));
    for (let page = 3; page <= 6; page++) {
      await user.click(within(decided).getByTestId('pager-next'));
      await waitFor(() =>
        expect(within(decided).getAllByTestId('proposal-row')[0].getAttribute('aria-rowindex')).toBe(String((page - 1) * 10 + 2)),
      );
    }
    await waitFor(() => expect(within(decided).getAllByTestId('proposal-row')).toHaveLength(2));
    expect(within(decided).getByTestId('pager-next')).toHaveProperty('disabled', true);
    expect(document.activeElement?.getAttribute('href')).toBe('#/proposal/p-2011-10');
    await user.click(within(decided).getByTestId('pager-previous'));
    await waitFor(() => expect(within(decided).getAllByTestId('proposal-row')).toHaveLength(10));
    expect(within(groups[0]).getAllByTestId('proposal-row')).toHaveLength(3);
  }, 15000);

  test('filters by status and year', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_dashboard: () => dashboard(),
      get_proposal_counts: counts,
      page_proposals: pagedHandler(() => all, keep),
    });
    render(ProposalsView);
    await screen.findAllByTestId('proposal-group');

    await user.selectOptions(screen.getByTestId('proposals-filter-year'), '2011');
    await waitFor(() => expect(screen.getAllByTestId('proposal-group').map((g) => g.dataset.status)).toEqual(['decided']));
    await waitFor(() => expect(screen.getAllByTestId('proposal-row')).toHaveLength(10));
    expect(screen.getByTestId('proposal-group').dataset.total).toBe('12');
    expect(callsOf(calls, 'get_proposal_counts').at(-1)?.args).toEqual({ filter: { year: 2011 } });
    expect(callsOf(calls, 'page_proposals').at(-1)?.args.filter).toEqual({ status: 'decided', year: 2011 });

    await user.selectOptions(screen.getByTestId('proposals-filter-year'), '');
    await user.selectOptions(screen.getByTestId('proposals-filter-status'), 'submitted');
    await waitFor(() => expect(screen.getAllByTestId('proposal-group').map((g) => g.dataset.status)).toEqual(['submitted']));
    expect(screen.getByTestId('proposals-count').dataset.total).toBe('3');
  });
});

describe("a working group's page", () => {
  const kitchen = wg({ id: 'wg-k', name: 'Kitchen', description: 'We feed the camp.', contact: 'kitchen@example.org' });
  const backs: WgReportBack[] = Array.from({ length: 23 }, (_, i) => ({
    meeting_id: `m-${40 - i}`,
    meeting_reference: `LDN-GA-${40 - i}`,
    meeting_date: `2012-01-${String(30 - i).padStart(2, '0')}`,
    item_id: `i-${40 - i}`,
    item_title: 'Kitchen report-back',
    presenter_name: i === 0 ? 'Barbara' : null,
    summary: i === 0 ? 'x'.repeat(280) : `Served ${100 + i} meals.`,
    summary_cut: i === 0,
    asks: i === 1 ? 'Two volunteers for Sunday.' : '',
    asks_cut: false,
  }));
  const props: ProposalSummary[] = Array.from({ length: 14 }, (_, i) => ({
    id: `p-${i}`,
    origin: 'o-ldn',
    origin_code: 'LDN',
    origin_name: 'Occupy London',
    is_local: true,
    reference: `LDN-P-2012-${String(i).padStart(3, '0')}`,
    title: `Kitchen proposal ${i}`,
    status: i < 12 ? 'decided' : 'submitted',
    year: 2012,
    wg_name: 'Kitchen',
    proposer_name: null,
    outcome: i < 12 ? 'consensus' : null,
    created_at: '2012-01-01T00:00:00Z',
  }));
  const detail = {
    wg: kitchen,
    origin_name: 'Occupy London',
    origin_code: 'LDN',
    is_local: true,
    history: [
      { status: 'active', changed_on: '2011-10-20', note: 'first shift' },
      { status: 'forming', changed_on: '2011-10-16', note: '' },
    ],
    history_total: 2,
    proposals: {
      by_status: [
        { status: 'submitted', count: 2 },
        { status: 'decided', count: 12 },
      ],
      years: [2012],
      total: 14,
    },
    report_backs_total: 23,
  };

  test('shows the group, its report-backs a page at a time and its proposals by status, asking the core for this group only', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_wg: () => detail,
      page_wg_report_backs: pagedHandler(() => backs),
      page_proposals: pagedHandler(
        () => props,
        (p, f) => p.status === f.status && p.wg_name === 'Kitchen' && f.wg === 'wg-k',
      ),
    });
    render(WgView, { id: 'wg-k' });

    const heading = await screen.findByTestId('wg-view-heading');
    expect(heading.textContent).toBe('Kitchen');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByTestId('wg-view-description').textContent).toBe('We feed the camp.');
    expect(screen.getByTestId('wg-view-contact').textContent).toBe('kitchen@example.org');
    expect(screen.getByTestId('wg-view-status').dataset.value).toBe('active');
    // The status changes are below the first screenful: drawn a frame later (drawnLater).
    expect((await screen.findAllByTestId('wg-history-entry')).map((e) => e.textContent?.trim())).toEqual([
      expect.stringContaining('Active — first shift'),
      expect.stringContaining('Forming'),
    ]);

    // Report-backs: ten at a time, newest first, each linking to its GA; a long summary is cut.
    const section = screen.getByTestId('wg-report-backs');
    await waitFor(() => expect(within(section).getAllByTestId('wg-report-back')).toHaveLength(10));
    const first = within(section).getAllByTestId('wg-report-back')[0];
    expect([first.getAttribute('aria-posinset'), first.getAttribute('aria-setsize')]).toEqual(['1', '23']);
    expect(within(first).getByTestId('wg-report-back-meeting').getAttribute('href')).toBe('#/meeting/m-40');
    expect(first.textContent).toContain('given by Barbara');
    expect(within(first).getByTestId('wg-report-back-summary').textContent?.endsWith(' …')).toBe(true);
    expect(within(section).getAllByTestId('wg-report-back-asks')[0].textContent).toContain('Two volunteers for Sunday.');
    await user.click(within(section).getByTestId('pager-next'));
    await user.click(within(section).getByTestId('pager-next'));
    await waitFor(() => expect(within(section).getAllByTestId('wg-report-back')).toHaveLength(3));
    expect(within(section).getByTestId('pager-status').textContent).toBe('21–23 of 23 report-backs');
    expect(callsOf(calls, 'page_wg_report_backs').every((c) => c.args.wg === 'wg-k')).toBe(true);

    // Proposals: one group per status the core counted, the group's own only, paged.
    const groups = within(screen.getByTestId('wg-proposals')).getAllByTestId('proposal-group');
    expect(groups.map((g) => g.dataset.status)).toEqual(['submitted', 'decided']);
    await waitFor(() => expect(within(groups[1]).getAllByTestId('proposal-row')).toHaveLength(10));
    expect(groups[1].dataset.total).toBe('12');
    expect(within(groups[1]).getByRole('heading', { level: 3 })).toBeTruthy();
    expect(callsOf(calls, 'page_proposals').every((c) => (c.args.filter as { wg?: string }).wg === 'wg-k')).toBe(true);
  }, 15000);

  test('says so when the group has no report-back and no proposal, and shows the core’s error for an unknown group', async () => {
    fakeBackend({
      get_wg: () => ({ ...detail, report_backs_total: 0, proposals: { by_status: [], years: [], total: 0 } }),
    });
    const { unmount } = render(WgView, { id: 'wg-k' });
    expect(await screen.findByTestId('wg-report-backs-none')).toBeTruthy();
    expect(screen.getByTestId('wg-proposals-none')).toBeTruthy();
    unmount();

    fakeBackend({
      get_wg: () => {
        throw coreError('not-found', 'no working group with id wg-x');
      },
    });
    render(WgView, { id: 'wg-x' });
    await waitFor(() => expect(screen.getByTestId('error').textContent).toContain('no working group with id wg-x'));
  });
});

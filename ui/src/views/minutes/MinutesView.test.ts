import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';

import type { Minutes } from '../../lib/bindings/Minutes';
import { dashboard, minutes } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend, type Handler } from '../../test/ipc';
import MinutesView from './MinutesView.svelte';

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

/** get_minutes as the core answers it: with redact, people become "Participant N". */
function redacted(m: Minutes): Minutes {
  const names = new Map<string, string>();
  const p = (n: string) => {
    if (!names.has(n)) names.set(n, `Participant ${names.size + 1}`);
    return names.get(n)!;
  };
  return {
    ...m,
    roles: m.roles.map((r) => ({ ...r, holders: r.holders.map((h) => ({ ...h, name: p(h.name) })) })),
    items: m.items.map((i) => ({
      ...i,
      report_back: i.report_back && { ...i.report_back, presenter: i.report_back.presenter && p(i.report_back.presenter) },
    })),
    redacted: true,
  };
}

function minutesBackend(extra: Record<string, Handler> = {}, base: Minutes = minutes()) {
  return fakeBackend({
    get_dashboard: () => dashboard(),
    get_minutes: (args) => (args.redact ? redacted(base) : structuredClone(base)),
    ...extra,
  });
}

describe('minutes', () => {
  test('the preview is drawn from get_minutes: header, roles, items with timing, report-back and notes', async () => {
    const calls = minutesBackend();
    render(MinutesView, { id: 'm-39' });

    const doc = await screen.findByTestId('minutes-preview');
    expect(callsOf(calls, 'get_minutes')[0].args).toEqual({ meeting: 'm-39', redact: false, speakers: false, equity: false });
    expect(within(doc).getByTestId('minutes-title').textContent).toContain('Occupy London General Assembly — GA 39');
    const facts = within(doc).getByTestId('minutes-facts').textContent!;
    expect(facts).toContain("St Paul's steps");
    expect(facts).toContain('180');
    expect(within(doc).getByTestId('minutes-roles').textContent).toContain('Ana, Tomás');

    const items = within(doc).getAllByTestId('minutes-item');
    expect(items.map((i) => i.dataset.number)).toEqual(['39.1', '39.2', '39.3']);
    expect(within(items[0]).getByTestId('minutes-timing').textContent).toMatch(/^Process · allotted 10 min · actual 12 min \(.+–.+\) · done$/);
    expect(within(items[0]).getByTestId('minutes-notes').textContent).toBe('Hand signals explained twice.');
    expect(within(items[1]).getByTestId('minutes-timing').textContent).toContain('under way');
    expect(within(items[1]).getByTestId('minutes-rb-summary').textContent).toBe('Fed 400 people today.');
    expect(within(items[1]).getByTestId('minutes-rb-asks').textContent).toBe('Two volunteers for the morning shift.');
    expect(within(items[1]).getByTestId('minutes-rb-presenter').textContent).toBe('Sam');
    // Empty parts are left out.
    expect(within(items[1]).queryByTestId('minutes-rb-announcements')).toBeNull();
    expect(within(items[2]).queryByTestId('minutes-notes')).toBeNull();
    expect(within(items[2]).queryByTestId('minutes-report-back')).toBeNull();
    expect(screen.getByTestId('back-to-meeting').getAttribute('href')).toBe('#/meeting/m-39');
  });

  test("a long GA's minutes draw their first items at once and the rest a frame later, busy until then", async () => {
    const base = minutes();
    const one = base.items[0];
    const m = { ...base, items: Array.from({ length: 12 }, (_, n) => ({ ...one, number: `39.${n + 1}`, reference: `LDN-GA-39.${n + 1}` })) };
    m.corrections = [{ what: 'attendance', before: '', after: '180', names_person: false, by: 'minute-taker', at: '2011-11-13T10:15:00Z' }];
    minutesBackend({}, m);
    render(MinutesView, { id: 'm-39' });

    const doc = await screen.findByTestId('minutes-preview');
    // The first frame: the header and the first three items; the rest is still to come.
    expect(within(doc).getAllByTestId('minutes-item').map((i) => i.dataset.number)).toEqual(['39.1', '39.2', '39.3']);
    expect(doc.getAttribute('aria-busy')).toBe('true');
    expect(within(doc).queryByTestId('minutes-corrections')).toBeNull();
    // Then every item, in order, and what follows them.
    await waitFor(() => expect(doc.getAttribute('aria-busy')).toBe('false'));
    expect(within(doc).getAllByTestId('minutes-item').map((i) => i.dataset.number)).toEqual(m.items.map((i) => i.number));
    expect(within(doc).getByTestId('minutes-corrections')).toBeTruthy();
  });

  test('the corrections made after the meeting are listed, as text, with who made them', async () => {
    const m = minutes();
    m.corrections = [
      { what: 'attendance', before: '', after: '180', names_person: false, by: 'minute-taker', at: '2011-11-13T10:15:00Z' },
      {
        what: 'item 39.2: report-back presenter',
        before: 'Sam',
        after: '<b>Jo</b>',
        names_person: true,
        by: 'facilitator',
        at: '2011-11-13T10:16:00Z',
      },
    ];
    minutesBackend({}, m);
    render(MinutesView, { id: 'm-39' });
    const section = await screen.findByTestId('minutes-corrections');
    expect(within(section).getByRole('heading').textContent).toBe('Corrected after the meeting');
    const lines = within(section)
      .getAllByTestId('minutes-correction')
      .map((li) => li.textContent);
    expect(lines[0]).toMatch(/\(minute-taker\): attendance: \(none\) → 180$/);
    expect(lines[1]).toMatch(/\(facilitator\): item 39\.2: report-back presenter: Sam → <b>Jo<\/b>$/);
    expect(section.querySelector('b')).toBeNull();
  });

  test("the floor policy's changes are listed with their time, item and reason, as the exported minutes do", async () => {
    const m = minutes();
    m.policy_changes = [
      {
        policy: 'progressive',
        label: 'progressive stack',
        before: 'fifo',
        before_label: 'fifo',
        reason: 'Too many men spoke <i>first</i>.',
        item_reference: 'LDN-GA-39.2',
        at: '2011-11-12T19:40:00Z',
      },
    ];
    minutesBackend({}, m);
    render(MinutesView, { id: 'm-39' });
    const list = await screen.findByTestId('minutes-policy-changes');
    expect(list.textContent).toContain('Floor policy changed:');
    const line = within(list).getByTestId('minutes-policy-change').textContent!;
    expect(line).toMatch(/^.+: fifo → progressive stack \(during LDN-GA-39\.2\) — Too many men spoke <i>first<\/i>\.$/);
    expect(list.querySelector('i')).toBeNull();
  });

  test('minutes without corrections have no such section', async () => {
    minutesBackend();
    render(MinutesView, { id: 'm-39' });
    await screen.findByTestId('minutes-preview');
    expect(screen.queryByTestId('minutes-corrections')).toBeNull();
  });

  test('"Redact names" asks the core again with redact=true, and exports use it too', async () => {
    const user = userEvent.setup();
    const calls = minutesBackend({ export_minutes: () => ['/home/jo/LDN-GA-39.md'] });
    render(MinutesView, { id: 'm-39' });
    const doc = await screen.findByTestId('minutes-preview');
    expect(within(doc).getByTestId('minutes-rb-presenter').textContent).toBe('Sam');

    await user.click(screen.getByLabelText('Redact names'));
    await waitFor(() => expect(callsOf(calls, 'get_minutes')).toHaveLength(2));
    expect(callsOf(calls, 'get_minutes')[1].args).toEqual({ meeting: 'm-39', redact: true, speakers: false, equity: false });
    await waitFor(() => expect(within(doc).getByTestId('minutes-rb-presenter').textContent).toBe('Participant 4'));
    expect(within(doc).getByTestId('minutes-roles').textContent).not.toContain('Ana');
    expect(within(doc).getByTestId('minutes-redacted')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    await waitFor(() => expect(callsOf(calls, 'export_minutes')).toHaveLength(1));
    expect(callsOf(calls, 'export_minutes')[0].args).toEqual({ meeting: 'm-39', format: 'md', redact: true, speakers: false, equity: false });
  });

  test('export shows where the file was saved, or that the person cancelled', async () => {
    const user = userEvent.setup();
    let answer: string[] | null = ['/home/jo/Documents/LDN-GA-39 minutes.html'];
    const calls = minutesBackend({ export_minutes: () => answer });
    render(MinutesView, { id: 'm-39' });
    await screen.findByTestId('minutes-preview');

    await user.click(screen.getByTestId('minutes-export-html'));
    await waitFor(() => expect(screen.getByTestId('minutes-saved-path').textContent).toContain('Saved to /home/jo/Documents/LDN-GA-39 minutes.html'));
    expect(callsOf(calls, 'export_minutes')[0].args).toEqual({ meeting: 'm-39', format: 'html', redact: false, speakers: false, equity: false });

    answer = null;
    await user.click(screen.getByTestId('minutes-export-csv'));
    await waitFor(() => expect(screen.getByTestId('minutes-saved-path').textContent).toContain('nothing was saved'));
    expect(callsOf(calls, 'export_minutes')[1].args).toEqual({ meeting: 'm-39', format: 'csv', redact: false, speakers: false, equity: false });
    expect(screen.getByTestId('minutes-saved-path').textContent).not.toContain('Saved to');
  });

  test('a failed export says why', async () => {
    const user = userEvent.setup();
    minutesBackend({
      export_minutes: () => {
        throw coreError('io', 'could not write /readonly/minutes.md: permission denied');
      },
    });
    render(MinutesView, { id: 'm-39' });
    await screen.findByTestId('minutes-preview');
    await user.click(screen.getByTestId('minutes-export-md'));
    expect((await screen.findByRole('alert')).textContent).toContain('permission denied');
  });

  test('"Print…" prints the page', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    minutesBackend();
    render(MinutesView, { id: 'm-39' });
    await screen.findByTestId('minutes-preview');
    await user.click(screen.getByRole('button', { name: 'Print…' }));
    expect(print).toHaveBeenCalledTimes(1);
    // The tools are not printed.
    expect(screen.getByTestId('redact-names').closest('.no-print')).not.toBeNull();
    expect(screen.getByTestId('minutes-preview').closest('.no-print')).toBeNull();
  });

  test('while the meeting is open the preview refreshes every 5 seconds, keeping the same elements', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let notes = 'Hand signals explained twice.';
    const calls = minutesBackend({
      get_minutes: () => {
        const m = minutes();
        m.items[0].notes = notes;
        return m;
      },
    });
    render(MinutesView, { id: 'm-39' });
    const doc = await screen.findByTestId('minutes-preview');
    const first = within(doc).getAllByTestId('minutes-item')[0];
    expect(callsOf(calls, 'get_minutes')).toHaveLength(1);

    notes = 'Hand signals explained twice. Livestream started.';
    await vi.advanceTimersByTimeAsync(5000);
    await waitFor(() => expect(callsOf(calls, 'get_minutes')).toHaveLength(2));
    await waitFor(() => expect(within(first).getByTestId('minutes-notes').textContent).toContain('Livestream started.'));
    // Updated in place: the same section element, no placeholder in between.
    expect(within(doc).getAllByTestId('minutes-item')[0]).toBe(first);
    expect(screen.getByTestId('minutes-preview')).toBe(doc);
  });

  test('a closed meeting is not refreshed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const calls = minutesBackend({}, minutes({ meeting_status: 'closed', closed_at: '2011-11-12T21:00:00Z' }));
    render(MinutesView, { id: 'm-39' });
    await screen.findByTestId('minutes-preview');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(callsOf(calls, 'get_minutes')).toHaveLength(1);
  });

  test('text in the minutes is shown as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const m = minutes({ assembly_name: evil, place: '<iframe src="x"></iframe>' });
    m.roles[0].holders = [{ name: evil, from: null, until: null }];
    m.items[0].title = evil;
    m.items[0].notes = `${evil}\n<script>alert(2)</script>`;
    m.items[1].report_back!.summary = evil;
    m.items[1].report_back!.wg_name = '<b>Kitchen</b>';
    minutesBackend({}, m);
    const { container } = render(MinutesView, { id: 'm-39' });

    const doc = await screen.findByTestId('minutes-preview');
    expect(within(doc).getByTestId('minutes-title').textContent).toContain(evil);
    expect(within(doc).getAllByTestId('minutes-item')[0].querySelector('h2')!.textContent).toContain(evil);
    expect(within(doc).getByTestId('minutes-notes').textContent).toBe(`${evil}\n<script>alert(2)</script>`);
    expect(within(doc).getByTestId('minutes-rb-summary').textContent).toBe(evil);
    expect(doc.textContent).toContain('<b>Kitchen</b>');
    expect(doc.textContent).toContain('<iframe src="x"></iframe>');
    expect(container.querySelector('img, iframe, script, b')).toBeNull();
  });

  test('parts of the minutes this UI does not know yet are not shown, and absent ones do no harm', async () => {
    const m = minutes() as Minutes & Record<string, unknown>;
    m.proposals = [{ reference: 'LDN-P-2011-004', outcome: 'consensus' }];
    (m.items[0] as unknown as Record<string, unknown>).speakers = [{ name: 'Ana', seconds: 90 }];
    delete (m.items[1] as unknown as Record<string, unknown>).report_back;
    minutesBackend({}, m);
    render(MinutesView, { id: 'm-39' });
    const doc = await screen.findByTestId('minutes-preview');
    expect(within(doc).getAllByTestId('minutes-item')).toHaveLength(3);
    expect(within(doc).queryByTestId('minutes-report-back')).toBeNull();
    expect(doc.textContent).not.toContain('LDN-P-2011-004');
  });

  test('minutes that cannot be loaded say why', async () => {
    minutesBackend({
      get_minutes: () => {
        throw coreError('not-found', 'no meeting with id m-99');
      },
    });
    render(MinutesView, { id: 'm-99' });
    expect((await screen.findByTestId('error')).textContent).toContain('no meeting with id m-99');
    expect(screen.queryByTestId('minutes-preview')).toBeNull();
  });
});

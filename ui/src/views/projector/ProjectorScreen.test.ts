import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';

import App from '../../App.svelte';
import { mountAnnouncer, resetAnnouncer } from '../../lib/announce';
import { getProjectorView, openProjector } from '../../lib/api';
import type { ProjectorView } from '../../lib/bindings/ProjectorView';
import { chooseLang } from '../../lib/i18n.svelte';
import { href, parse, router } from '../../lib/router.svelte';
import { dashboard, detail, wgChoices } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import MeetingView from '../meeting/MeetingView.svelte';
import ProjectorScreen from './ProjectorScreen.svelte';

const AS_OF = '2026-12-03T19:30:00Z';

/** A view shaped exactly like the ts-rs binding: item 4.5 (a proposal) under way. */
function projectorView(partial: Partial<ProjectorView> = {}): ProjectorView {
  return {
    assembly_name: 'Riverside General Assembly',
    meeting_reference: 'RIV-GA-4',
    meeting_open: true,
    as_of: AS_OF,
    item: {
      number: '4.5',
      kind: 'proposal',
      title: 'Adopt the statement of purpose',
      status: 'active',
      started_at: '2026-12-03T19:18:00Z', // 12 min before as_of
      allotted_minutes: 40,
    },
    speaker: { speech_id: 's-amara', name: 'Amara', kind: 'speak', kind_label: 'to speak', elapsed_ms: 65_000, paused: false, limit_seconds: 120, wg: null },
    next: [
      { name: 'Tom', kind: 'process', kind_label: 'point of process', wg: null },
      { name: 'Priya', kind: 'clarifying', kind_label: 'clarifying question', wg: null },
      { name: 'Kwame', kind: 'speak', kind_label: 'to speak', wg: null },
    ],
    more_waiting: 0,
    stack_closed: false,
    council: null,
    proposal: {
      reference: 'RIV-P-2026-010',
      title: 'Adopt the statement of purpose',
      text: 'The Riverside General Assembly adopts the statement of purpose.',
      version: 2,
      step: 'clarifying-questions',
      track: ['present', 'clarifying-questions', 'concerns', 'temperature-check', 'call-for-consensus', 'outcome'],
    },
    agenda: [],
    equity: null,
    ...partial,
  };
}

/** A core whose clock runs: the speech's elapsed time and as_of follow Date.now(). */
function liveCore(view: ProjectorView) {
  const t0 = Date.now();
  return () => {
    const dt = Date.now() - t0;
    const v = structuredClone(view);
    v.as_of = new Date(new Date(view.as_of).getTime() + dt).toISOString();
    if (v.speaker && !v.speaker.paused) v.speaker.elapsed_ms += dt;
    return v;
  };
}

/** Every text the window's live region is given, in order (announce.ts). */
function listen(politeness: 'polite' | 'assertive'): string[] {
  const region = document.querySelector<HTMLElement>(`[data-testid="announcer-${politeness}"]`)!;
  const heard: string[] = [];
  new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  return heard;
}

const text = (id: string) => screen.getByTestId(id).textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => {
  clearMocks();
  resetAnnouncer();
  vi.useRealTimers();
  location.hash = '';
});

describe('projector', () => {
  test('shows the item, who has the floor, the next speakers and the proposal step', async () => {
    const calls = fakeBackend({ get_projector_view: () => projectorView() });
    render(ProjectorScreen, { meeting: 'm-4' });

    expect((await screen.findByTestId('projector-item-title')).textContent).toBe('Adopt the statement of purpose');
    expect(callsOf(calls, 'get_projector_view')[0].args).toMatchObject({ meeting: 'm-4' });
    expect(screen.getByTestId('projector').dataset.open).toBe('true');
    expect(text('projector-item-number')).toBe('4.5');
    expect(text('projector-item-label')).toBe('Now');
    expect(text('projector-item-kind')).toBe('Proposal');
    expect(text('projector-reference')).toBe('RIV-GA-4');
    expect(text('projector-assembly')).toBe('Riverside General Assembly');
    // Elapsed vs allotted: 12 minutes in, of 40.
    expect(text('projector-item-elapsed')).toMatch(/^12:0\d$/);
    expect(text('projector-item-allotted')).toBe('of 40 min');
    expect(screen.getByTestId('projector-item-clock').dataset.state).toBe('ok');

    expect(text('projector-speaker-name')).toBe('Amara');
    expect(text('projector-speaker-kind')).toBe('to speak');
    expect(text('projector-speaker-elapsed')).toBe('1:05');
    expect(text('projector-speaker-limit')).toBe('of 2 min');
    expect(text('projector-speaker-remaining')).toBe('0:55 left');

    expect(screen.getAllByTestId('projector-next-name').map((e) => e.textContent)).toEqual(['Tom', 'Priya', 'Kwame']);
    expect(screen.getAllByTestId('projector-next-kind')[0].textContent).toBe('point of process');
    // Rows are kept for five names, so the layout does not move as the queue changes.
    expect(within(screen.getByTestId('projector-next')).getAllByRole('listitem', { hidden: true })).toHaveLength(5);
    expect(text('projector-more')).toBe('');
    expect(screen.queryByTestId('projector-stack-closed')).toBeNull();

    expect(text('projector-proposal-ref')).toBe('RIV-P-2026-010');
    expect(text('projector-proposal-version')).toBe('v2');
    expect(text('projector-proposal-text')).toBe('The Riverside General Assembly adopts the statement of purpose.');
    expect(text('projector-step-current')).toBe('Clarifying questions');
    const steps = screen.getAllByTestId('projector-step');
    expect(steps.map((s) => s.dataset.state)).toEqual(['done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(steps[1].getAttribute('aria-current')).toBe('step');
    expect(steps.map((s) => s.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '✓ Presentation',
      '2 Clarifying questions',
      '3 Concerns & amendments',
      '4 Temperature check',
      '5 Call for consensus',
      '6 Outcome',
    ]);
    // A display: nothing to press.
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  test("a spokes council: the format, each spoke's WG, and a consult break counting down", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fakeBackend({
      get_projector_view: () =>
        projectorView({
          speaker: { speech_id: 's-ana', name: 'Ana', kind: 'speak', kind_label: 'to speak', elapsed_ms: 5_000, paused: false, limit_seconds: null, wg: 'Kitchen' },
          next: [{ name: 'Bo', kind: 'speak', kind_label: 'to speak', wg: 'Press' }],
          council: {
            format_label: 'spokes council',
            consult_break: {
              id: 'b-1',
              wg: 'Medics',
              called_by: 'Dee',
              minutes: 5,
              started_at: '2026-12-03T19:28:00Z',
              ended_at: null,
              item_reference: 'RIV-GA-4.5',
              elapsed_ms: 120_000,
              remaining_ms: 180_000,
            },
          },
        }),
    });
    render(ProjectorScreen, { meeting: 'm-4' });
    expect((await screen.findByTestId('projector-format')).textContent).toBe('spokes council');
    expect(text('projector-speaker-wg')).toBe('for Kitchen ·');
    expect(text('projector-next-wg')).toBe('Press ·');
    expect(screen.getByTestId('projector-consult').dataset.wg).toBe('Medics');
    expect(text('projector-consult')).toMatch(/^Consult break · Medics · 3:00 left$/);
  });

  test('"+N more", "Stack closed", nobody speaking, no proposal', async () => {
    fakeBackend({
      get_projector_view: () =>
        projectorView({
          speaker: null,
          next: ['A', 'B', 'C', 'D', 'E'].map((name) => ({ name, kind: 'speak' as const, kind_label: 'to speak', wg: null })),
          more_waiting: 3,
          stack_closed: true,
          proposal: null,
          item: { ...projectorView().item!, kind: 'discussion', title: 'Winter plans' },
        }),
    });
    render(ProjectorScreen, { meeting: 'm-4' });
    expect(await screen.findByTestId('projector-stack-closed')).toBeTruthy();
    expect(text('projector-more')).toBe('+3 more');
    expect(screen.getByTestId('projector-more').dataset.count).toBe('3');
    expect(screen.getAllByTestId('projector-next-entry')).toHaveLength(5);
    expect(screen.getByTestId('projector-floor').dataset.speaking).toBe('false');
    expect(screen.getByTestId('projector-floor-open')).toBeTruthy();
    expect(screen.queryByTestId('projector-proposal')).toBeNull();
  });

  test('the speaker\'s clock ticks every second, warns near the limit and says when over', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(AS_OF));
    const view = projectorView({
      speaker: { speech_id: 's-amara', name: 'Amara', kind: 'speak', kind_label: 'to speak', elapsed_ms: 85_000, paused: false, limit_seconds: 120, wg: null },
    });
    fakeBackend({ get_projector_view: liveCore(view) });
    mountAnnouncer();
    const heard = { polite: listen('polite'), assertive: listen('assertive') };
    render(ProjectorScreen, { meeting: 'm-4' });
    await vi.advanceTimersByTimeAsync(0);

    const clock = () => screen.getByTestId('projector-speaker-clock');
    expect(text('projector-speaker-elapsed')).toBe('1:25');
    expect(clock().dataset.state).toBe('ok');

    await vi.advanceTimersByTimeAsync(1000);
    expect(text('projector-speaker-elapsed')).toBe('1:26');
    await vi.advanceTimersByTimeAsync(1000);
    expect(text('projector-speaker-elapsed')).toBe('1:27');

    // 30 s before the limit: "Wrap up".
    await vi.advanceTimersByTimeAsync(4000);
    expect(text('projector-speaker-elapsed')).toBe('1:31');
    expect(clock().dataset.state).toBe('warn');
    expect(text('projector-speaker-remaining')).toBe('Wrap up · 0:29 left');

    // Past the limit: "N over".
    await vi.advanceTimersByTimeAsync(40_000);
    expect(text('projector-speaker-elapsed')).toBe('2:11');
    expect(clock().dataset.state).toBe('over');
    expect(text('projector-speaker-overrun')).toBe('0:11 over');

    // Heard as well as seen, once each over 40 answers and ticks: the warning politely,
    // the end interrupting (as in the main window).
    await Promise.resolve();
    expect(heard.polite).toEqual(['Amara: 30 seconds left.']);
    expect(heard.assertive).toEqual(["Amara's time is up."]);
  });

  test('between answers the clocks tick locally; a paused speech stands still', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(AS_OF));
    let speaking = true;
    const running = projectorView();
    const paused = projectorView({ speaker: { ...running.speaker!, paused: true } });
    // A core that answers only once: the screen keeps time on its own.
    let first = true;
    fakeBackend({
      get_projector_view: () => {
        if (first) {
          first = false;
          return speaking ? running : paused;
        }
        return new Promise(() => {}); // never answers
      },
    });
    const { unmount } = render(ProjectorScreen, { meeting: 'm-4' });
    await vi.advanceTimersByTimeAsync(0);
    expect(text('projector-speaker-elapsed')).toBe('1:05');
    await vi.advanceTimersByTimeAsync(3000);
    expect(text('projector-speaker-elapsed')).toBe('1:08');
    expect(text('projector-item-elapsed')).toBe('12:03');
    unmount();

    speaking = false;
    first = true;
    render(ProjectorScreen, { meeting: 'm-4' });
    await vi.advanceTimersByTimeAsync(0);
    expect(text('projector-paused')).toBe('Paused');
    expect(screen.getByTestId('projector-speaker-clock').dataset.paused).toBe('true');
    await vi.advanceTimersByTimeAsync(3000);
    expect(text('projector-speaker-elapsed')).toBe('1:05');
  });

  test('the item clock warns in its last minutes and says how much over', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(AS_OF));
    const base = projectorView();
    // 39 minutes into a 40-minute item.
    fakeBackend({
      get_projector_view: liveCore({ ...base, item: { ...base.item!, started_at: '2026-12-03T18:51:00Z' } }),
    });
    render(ProjectorScreen, { meeting: 'm-4' });
    await vi.advanceTimersByTimeAsync(0);
    expect(text('projector-item-elapsed')).toBe('39:00');
    expect(screen.getByTestId('projector-item-clock').dataset.state).toBe('warn');
    await vi.advanceTimersByTimeAsync(61_000);
    expect(text('projector-item-elapsed')).toBe('40:01');
    expect(screen.getByTestId('projector-item-clock').dataset.state).toBe('over');
    expect(text('projector-item-overrun')).toBe('1 min over');
  });

  test('asks again every second and shows what changed', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(AS_OF));
    let view = projectorView();
    const calls = fakeBackend({ get_projector_view: () => view });
    render(ProjectorScreen, { meeting: 'm-4' });
    await vi.advanceTimersByTimeAsync(0);
    expect(text('projector-speaker-name')).toBe('Amara');

    view = projectorView({
      speaker: { speech_id: 's-tom', name: 'Tom', kind: 'process', kind_label: 'point of process', elapsed_ms: 0, paused: false, limit_seconds: 120, wg: null },
      next: view.next.slice(1),
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(text('projector-speaker-name')).toBe('Tom');
    expect(screen.getAllByTestId('projector-next-name').map((e) => e.textContent)).toEqual(['Priya', 'Kwame']);
    const polls = callsOf(calls, 'get_projector_view').length;
    await vi.advanceTimersByTimeAsync(3000);
    expect(callsOf(calls, 'get_projector_view').length - polls).toBe(3);
    // Only the read-only commands, ever: the view, and where the room is (its QR code).
    expect(new Set(calls.map((c) => c.cmd))).toEqual(new Set(['get_projector_view', 'get_room_link']));
  });

  test('a failed answer keeps the last view and says "Connection lost" until answers come again', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(AS_OF));
    let down = false;
    fakeBackend({
      get_projector_view: () => {
        if (down) throw coreError('database', 'database is locked');
        return projectorView();
      },
    });
    render(ProjectorScreen, { meeting: 'm-4' });
    await vi.advanceTimersByTimeAsync(0);
    const note = screen.getByTestId('projector-connection');
    expect(note.dataset.state).toBe('ok');
    expect(note.textContent?.trim()).toBe('');

    down = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(note.dataset.state).toBe('lost');
    expect(note.textContent).toContain('Connection lost');
    expect(text('projector-speaker-name')).toBe('Amara');

    down = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(note.dataset.state).toBe('ok');
    expect(note.textContent?.trim()).toBe('');
  });

  test('without a first answer it says why, and keeps trying', async () => {
    let fail = true;
    fakeBackend({
      get_projector_view: () => {
        if (fail) throw coreError('not-found', 'no meeting m-9');
        return projectorView();
      },
    });
    render(ProjectorScreen, { meeting: 'm-9' });
    expect((await screen.findByTestId('projector-error')).textContent).toContain('no meeting m-9');
    fail = false;
    expect(await screen.findByTestId('projector-item-title', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByTestId('projector-error')).toBeNull();
  });

  test('before the meeting opens: the assembly, the GA reference and the first item', async () => {
    fakeBackend({
      get_projector_view: () =>
        projectorView({
          meeting_open: false,
          item: {
            number: '4.1',
            kind: 'process',
            title: 'Welcome, hand signals and roles',
            status: 'pending',
            started_at: null,
            allotted_minutes: 10,
          },
          speaker: null,
          next: [],
          proposal: null,
        }),
    });
    render(ProjectorScreen, { meeting: 'm-4' });
    expect(await screen.findByTestId('projector-welcome')).toBeTruthy();
    expect(screen.getByTestId('projector').dataset.open).toBe('false');
    expect(text('projector-assembly')).toBe('Riverside General Assembly');
    expect(text('projector-reference')).toBe('RIV-GA-4');
    expect(text('projector-status')).toBe('Not in session');
    expect(text('projector-item-number')).toBe('4.1');
    expect(text('projector-item-title')).toBe('Welcome, hand signals and roles');
    expect(text('projector-first-item')).toContain('10 min');
    expect(screen.queryByTestId('projector-floor')).toBeNull();
  });

  test('hostile names and texts are shown as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    fakeBackend({
      get_projector_view: () =>
        projectorView({
          assembly_name: `<script>alert(1)</script>`,
          item: { ...projectorView().item!, title: `<b>bold</b> ${evil}` },
          speaker: { speech_id: 's-evil', name: evil, kind: 'speak', kind_label: '<i>k</i>', elapsed_ms: 0, paused: false, limit_seconds: null, wg: null },
          next: [{ name: '<svg onload=alert(1)>', kind: 'speak', kind_label: 'to speak', wg: null }],
          proposal: { ...projectorView().proposal!, title: evil, text: `${evil}\n<a href="javascript:alert(1)">x</a>` },
        }),
    });
    const { container } = render(ProjectorScreen, { meeting: 'm-4' });
    expect((await screen.findByTestId('projector-speaker-name')).textContent).toBe(evil);
    expect(text('projector-item-title')).toBe(`<b>bold</b> ${evil}`);
    expect(text('projector-assembly')).toBe('<script>alert(1)</script>');
    expect(text('projector-next-name')).toBe('<svg onload=alert(1)>');
    expect(screen.getByTestId('projector-proposal-text').textContent).toContain('<a href="javascript:alert(1)">x</a>');
    expect(container.querySelector('img, b, i, svg, script, a')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe("the room's QR code on the big screen", () => {
  test('shown while the room is open on this meeting, gone when it closes', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(AS_OF));
    let link: { meeting_id: string; url: string; qr_svg: string } | null = {
      meeting_id: 'm-4',
      url: 'http://192.168.1.20:41234/',
      qr_svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    };
    const calls = fakeBackend({ get_projector_view: () => projectorView(), get_room_link: () => link });
    render(ProjectorScreen, { meeting: 'm-4' });
    await vi.advanceTimersByTimeAsync(0);
    expect(text('projector-room-url')).toBe('http://192.168.1.20:41234/');
    const img = screen.getByTestId('projector-room').querySelector('img')!;
    expect(img.src.startsWith('data:image/svg+xml')).toBe(true);
    expect(callsOf(calls, 'get_room_link')[0].args).toEqual({ meeting: 'm-4' });
    link = null;
    await vi.advanceTimersByTimeAsync(5000);
    expect(screen.queryByTestId('projector-room')).toBeNull();
  });
});

describe('projector wrappers', () => {
  test('pass the Rust names (arguments in camelCase, as Tauri expects them)', async () => {
    const calls = fakeBackend({ get_projector_view: () => projectorView(), open_projector: () => null });
    await getProjectorView('m-4');
    await getProjectorView('m-4', true);
    await getProjectorView('m-4', undefined, true);
    await openProjector('m-4');
    await openProjector('m-4', true);
    expect(calls.map((c) => [c.cmd, JSON.parse(JSON.stringify(c.args))])).toEqual([
      ['get_projector_view', { meeting: 'm-4' }],
      ['get_projector_view', { meeting: 'm-4', fullNames: true }],
      ['get_projector_view', { meeting: 'm-4', equity: true }],
      ['open_projector', { meeting: 'm-4', equity: false }],
      ['open_projector', { meeting: 'm-4', equity: true }],
    ]);
  });
});

describe('projector route', () => {
  test('#/projector/<id> parses and is written back', () => {
    expect(parse('#/projector/0190a000-0000-7000-8000-00000000abcd')).toEqual({
      name: 'projector',
      meeting: '0190a000-0000-7000-8000-00000000abcd',
      equity: false,
    });
    expect(href({ name: 'projector', meeting: 'm 4', equity: false })).toBe('#/projector/m%204');
    expect(href({ name: 'projector', meeting: 'm 4', equity: true })).toBe('#/projector/m%204/equity');
    expect(parse(href({ name: 'projector', meeting: 'm 4', equity: false }))).toEqual({
      name: 'projector',
      meeting: 'm 4',
      equity: false,
    });
  });

  test('App shows the projector alone and calls nothing but get_projector_view', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(AS_OF));
    location.hash = '#/projector/m-4';
    router.route = parse(location.hash);
    const calls = fakeBackend({
      get_projector_view: () => projectorView(),
      // Present so that a stray call would be recorded, not just fail.
      get_dashboard: () => dashboard(),
      get_wg_choices: () => wgChoices(),
      get_meeting: () => detail(),
    });
    render(App);
    await vi.advanceTimersByTimeAsync(0);
    expect(screen.getByTestId('projector').dataset.meetingId).toBe('m-4');
    expect(text('projector-speaker-name')).toBe('Amara');
    // No app chrome: no top bar, no navigation, no links.
    expect(screen.queryByTestId('topbar')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(document.documentElement.classList.contains('projector-mode')).toBe(true);

    await vi.advanceTimersByTimeAsync(5000);
    expect(callsOf(calls, 'get_projector_view').length).toBeGreaterThanOrEqual(5);
    expect(calls.filter((c) => c.cmd !== 'get_projector_view' && c.cmd !== 'get_room_link')).toEqual([]);
    expect(callsOf(calls, 'get_projector_view').every((c) => c.args.meeting === 'm-4')).toBe(true);
    router.route = { name: 'dashboard' };
  });

  test('"Open projector" in the meeting view calls open_projector with the meeting', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_dashboard: () => dashboard(),
      get_wg_choices: () => wgChoices(),
      get_meeting: () => detail(),
      open_projector: () => null,
    });
    render(MeetingView, { id: 'm-39' });
    await user.click(await screen.findByTestId('open-projector'));
    await waitFor(() => expect(callsOf(calls, 'open_projector')).toHaveLength(1));
    expect(callsOf(calls, 'open_projector')[0].args).toEqual({ meeting: 'm-39', equity: false });
    expect(screen.queryByTestId('error')).toBeNull();
  });

  test('the facilitator shows airtime equity on the projector: asked at once once it is open', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_dashboard: () => dashboard(),
      get_wg_choices: () => wgChoices(),
      get_meeting: () => detail(),
      open_projector: () => null,
    });
    render(MeetingView, { id: 'm-39' });
    const toggle = await screen.findByTestId('projector-equity-toggle');
    // Before the projector is open, the choice waits for "Open projector".
    await user.click(toggle);
    expect(callsOf(calls, 'open_projector')).toHaveLength(0);
    await user.click(screen.getByTestId('open-projector'));
    await waitFor(() => expect(callsOf(calls, 'open_projector')).toHaveLength(1));
    expect(callsOf(calls, 'open_projector')[0].args).toEqual({ meeting: 'm-39', equity: true });
    // Once open, turning it off shows the projector without it at once.
    await user.click(toggle);
    await waitFor(() => expect(callsOf(calls, 'open_projector')).toHaveLength(2));
    expect(callsOf(calls, 'open_projector')[1].args).toEqual({ meeting: 'm-39', equity: false });
    expect(screen.getByRole('checkbox', { name: 'with airtime equity' })).toBe(toggle);
  });

  test('#/projector/<id>/equity asks for the equity and shows its aggregates, no name', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(AS_OF));
    location.hash = '#/projector/m-4/equity';
    router.route = parse(location.hash);
    const calls = fakeBackend({
      get_projector_view: () =>
        projectorView({
          equity: {
            speakers: 12,
            present_note: '96 present',
            gini: 0.4167,
            first_time_speakers: 3,
            lists: [
              { list: '', people: 9, people_share: 0.6, spoken_ms: 600_000, time_share: 0.75 },
              { list: 'women and non-binary', people: 6, people_share: 0.4, spoken_ms: 200_000, time_share: 0.25 },
            ],
          },
        }),
    });
    render(App);
    await vi.advanceTimersByTimeAsync(0);
    expect(callsOf(calls, 'get_projector_view')[0].args).toEqual({ meeting: 'm-4', equity: true });
    expect(text('projector-equity-gini')).toBe('Evenness (Gini): 0.42 0 = everyone equal');
    expect(text('projector-equity-speakers')).toBe('12 spoke (3 for the first time) · 96 present');
    const lists = screen.getAllByTestId('projector-equity-list');
    expect(lists.map((l) => l.dataset.list)).toEqual(['', 'women and non-binary']);
    expect(lists[1].textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'women and non-binary 25% of the time · 40% of the people',
    );
    expect(lists[0].textContent).toContain('no list chosen');
    router.route = { name: 'dashboard' };
  });

  test('without /equity the projector neither asks for nor shows equity', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(AS_OF));
    location.hash = '#/projector/m-4';
    router.route = parse(location.hash);
    const calls = fakeBackend({ get_projector_view: () => projectorView() });
    render(App);
    await vi.advanceTimersByTimeAsync(0);
    expect(screen.getByTestId('projector').dataset.meetingId).toBe('m-4');
    expect(callsOf(calls, 'get_projector_view')[0].args).toEqual({ meeting: 'm-4' });
    expect(screen.queryByTestId('projector-equity')).toBeNull();
    router.route = { name: 'dashboard' };
  });

  test('a refusal to open the projector is shown', async () => {
    const user = userEvent.setup();
    fakeBackend({
      get_dashboard: () => dashboard(),
      get_wg_choices: () => wgChoices(),
      get_meeting: () => detail(),
      open_projector: () => {
        throw coreError('invalid-input', 'cannot open the projector window: no display');
      },
    });
    render(MeetingView, { id: 'm-39' });
    await user.click(await screen.findByTestId('open-projector'));
    expect((await screen.findByTestId('error')).textContent).toContain('cannot open the projector window');
  });
});

describe('projector in other languages', () => {
  afterEach(() => chooseLang('en'));

  test('follows the app into Spanish: the item, the floor, the kinds and the step in Spanish', async () => {
    chooseLang('es');
    fakeBackend({ get_projector_view: () => projectorView() });
    render(ProjectorScreen, { meeting: 'm-4' });
    await screen.findByTestId('projector-item-title');
    const text = (id: string) => screen.getByTestId(id).textContent;
    expect(text('projector-item-label')).toBe('Ahora');
    expect(text('projector-item-kind')).toBe('Propuesta');
    expect(text('projector-item-allotted')).toBe('de 40 min');
    expect(text('projector-speaker-kind')).toBe('toma de palabra');
    expect(text('projector-speaker-remaining')).toBe('quedan 0:55');
    expect(screen.getAllByTestId('projector-next-kind')[0].textContent).toBe('cuestión de orden');
    const all = screen.getByTestId('projector').textContent ?? '';
    for (const english of ['Has the floor', 'Next', 'Now', 'Proposal', 'Step', 'to speak', 'point of process', 'left']) {
      expect(all, english).not.toMatch(new RegExp(`\\b${english}\\b`));
    }
  });

  test('in Arabic the projector is right to left and its words Arabic', async () => {
    chooseLang('ar');
    fakeBackend({ get_projector_view: () => projectorView() });
    render(ProjectorScreen, { meeting: 'm-4' });
    await screen.findByTestId('projector-item-title');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByTestId('projector-item-label').textContent).toBe('الآن');
    expect(screen.getByTestId('projector-speaker-kind').textContent).toBe('طلب كلمة');
  });
});

import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { mountAnnouncer, resetAnnouncer } from '../../lib/announce';
import * as api from '../../lib/api';
import type { Airtime } from '../../lib/bindings/Airtime';
import type { CurrentSpeaker } from '../../lib/bindings/CurrentSpeaker';
import type { EntryKind } from '../../lib/bindings/EntryKind';
import type { KindOption } from '../../lib/bindings/KindOption';
import type { SpeakingStats } from '../../lib/bindings/SpeakingStats';
import type { StackView as View } from '../../lib/bindings/StackView';
import type { WaitingEntry } from '../../lib/bindings/WaitingEntry';
import { chooseLang } from '../../lib/i18n.svelte';
import { href, parse, router } from '../../lib/router.svelte';
import { dashboard, detail, item } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend, type Handler } from '../../test/ipc';
import StackView from './StackView.svelte';
import { clock, kindForKey, limitField, parseLimit } from './stackKeys';
import { policyFields, policyText } from './floorPolicy';

afterEach(() => {
  clearMocks();
  resetAnnouncer();
  vi.useRealTimers();
});

// ---- fixtures shaped like the core's stack view -----------------------------------

const T = '2011-11-12T19:20:00Z';
const LABEL: Record<EntryKind, [string, string, number]> = {
  process: ['point of process', 'triangle', 1],
  information: ['point of information', 'one finger up', 2],
  clarifying: ['clarifying question', '"C" shape', 3],
  'direct-response': ['direct response', 'two index fingers', 4],
  speak: ['to speak', 'raised hand', 5],
};

function kinds(): KindOption[] {
  return (Object.keys(LABEL) as EntryKind[]).map((k) => ({
    kind: k,
    label: LABEL[k][0],
    hand_signal: LABEL[k][1],
    band: LABEL[k][2],
    allowed: true,
    why_not: null,
  }));
}

function entry(id: string, name: string, kind: EntryKind, reason: string, over: Partial<WaitingEntry> = {}): WaitingEntry {
  return {
    entry_id: id,
    position: 1,
    person_id: `p-${id}`,
    name,
    kind,
    kind_label: LABEL[kind][0],
    hand_signal: LABEL[kind][1],
    band: LABEL[kind][2],
    prioritized: false,
    has_spoken: false,
    reason: { code: 'first-time-today', label: reason },
    list: null,
    passed_by: false,
    responds_to: null,
    wg: null,
    added_at: T,
    ...over,
  };
}

function speaker(name: string, over: Partial<CurrentSpeaker> = {}): CurrentSpeaker {
  return {
    entry_id: 'e-floor',
    speech_id: 's-1',
    person_id: 'p-floor',
    name,
    kind: 'speak',
    kind_label: 'to speak',
    prioritized: false,
    responds_to: null,
    wg: null,
    started_at: T,
    elapsed_ms: 0,
    paused: false,
    paused_since: null,
    pauses: 0,
    limit_seconds: null,
    remaining_ms: null,
    over_limit: false,
    ...over,
  };
}

function stack(over: Partial<View> = {}): View {
  const v: View = {
    item_id: 'i-welcome',
    item_reference: 'LDN-GA-39.1',
    item_title: 'Welcome and process',
    item_status: 'active',
    meeting_id: 'm-39',
    meeting_reference: 'LDN-GA-39',
    meeting_status: 'open',
    policy: 'progressive',
    policy_label: 'progressive stack',
    floor_policy: { base: 'progressive', first_time_first: false, alternate: [], cap: null, no_repeat: false },
    floor_policy_text: 'progressive',
    writable: true,
    closed: false,
    speaker_limit_seconds: null,
    as_of: T,
    speaker: null,
    waiting: [],
    kinds: kinds(),
    undo: null,
    log: [],
    ...over,
  };
  v.waiting = v.waiting.map((w, i) => ({ ...w, position: i + 1 }));
  return v;
}

/** Airtime shaped like get_airtime returns it: the item's, or the meeting's without one. */
function airtime(item: string | null, over: Partial<Airtime> = {}): Airtime {
  return {
    meeting_id: 'm-39',
    meeting_reference: 'LDN-GA-39',
    item_id: item,
    item_reference: item ? 'LDN-GA-39.1' : null,
    speeches: 3,
    speakers: 2,
    spoken_ms: 180_000,
    counted: 10,
    present_note: '10 present',
    gini: item ? 0.72 : 0.81,
    people: [],
    lists: item
      ? []
      : [
          { list: 'open', people: 3, people_share: 0.75, spoken_ms: 150_000, time_share: 0.8333 },
          { list: 'women', people: 1, people_share: 0.25, spoken_ms: 30_000, time_share: 0.1667 },
        ],
    first_time_speakers: 1,
    last_ten: [
      { name: 'Kim', kind: 'speak', list: null },
      { name: 'Ana', kind: 'speak', list: 'women' },
    ],
    ...over,
  };
}

function stats(over: Partial<SpeakingStats> = {}): SpeakingStats {
  return {
    meeting_id: 'm-39',
    meeting_reference: 'LDN-GA-39',
    speeches: 0,
    speakers: 0,
    spoken_ms: 0,
    first_time_speakers: 0,
    overruns: 0,
    overrun_ms: 0,
    people: [],
    by_kind: [],
    ...over,
  };
}

/** A meeting whose first item is under way. */
const running = () =>
  detail({
    agenda: [
      item({ id: 'i-welcome', position: 1, title: 'Welcome and process', status: 'active', started_at: T }),
      item({ id: 'i-kitchen', position: 2, title: 'Kitchen', kind: 'report-back' }),
    ],
  });

/** The fake core: every stack command answers with `next()` (or its handler). */
function stackBackend(view: View = stack(), extra: Record<string, Handler> = {}) {
  let current = view;
  const answer = () => structuredClone(current);
  const calls = fakeBackend({
    get_dashboard: () => dashboard(),
    get_meeting: () => running(),
    get_stack: answer,
    get_speaking_stats: () => stats(),
    list_people: () => [],
    stack_add: answer,
    stack_next: answer,
    stack_undo: answer,
    stack_withdraw: answer,
    stack_prioritize: answer,
    stack_close: answer,
    stack_reopen: answer,
    stack_pause: answer,
    stack_resume: answer,
    set_speaker_limit: answer,
    get_airtime: (args) => airtime(args.item as string | null),
    ...extra,
  });
  return { calls, set: (v: View) => (current = v) };
}

async function open(item: string | null = null) {
  render(StackView, { meeting: 'm-39', item, refreshMs: 0 });
  const input = await screen.findByTestId('stack-name-input');
  await waitFor(() => expect(document.activeElement).toBe(input));
  return input as HTMLInputElement;
}

const kindNow = () => screen.getByTestId('stack-kind').dataset.value;
const entries = () => screen.queryAllByTestId('stack-entry');

// ---- tests --------------------------------------------------------------------------

describe('stack view: adding', () => {
  test('Enter adds the typed name with the selected kind and prioritize, then clears the field', async () => {
    const user = userEvent.setup();
    const { calls } = stackBackend();
    const input = await open();
    expect(callsOf(calls, 'get_stack')[0].args).toEqual({ item: 'i-welcome' }); // the item under way

    await user.keyboard('Sam{Enter}');
    await waitFor(() => expect(callsOf(calls, 'stack_add')).toHaveLength(1));
    expect(callsOf(calls, 'stack_add')[0].args).toEqual({ item: 'i-welcome', name: 'Sam', kind: 'speak', prioritize: false, list: null });
    await waitFor(() => expect(input.value).toBe(''));

    // Alt+1 = point of process; the field keeps the focus throughout.
    await user.keyboard('{Alt>}1{/Alt}Ana Lima{Enter}');
    await waitFor(() => expect(callsOf(calls, 'stack_add')).toHaveLength(2));
    expect(callsOf(calls, 'stack_add')[1].args).toEqual({ item: 'i-welcome', name: 'Ana Lima', kind: 'process', prioritize: false, list: null });
    // After adding, the kind returns to "speak".
    await waitFor(() => expect(kindNow()).toBe('speak'));

    // Alt+P prioritizes; Alt+3 clarifying.
    await user.keyboard('{Alt>}p{/Alt}{Alt>}3{/Alt}Jo{Enter}');
    await waitFor(() => expect(callsOf(calls, 'stack_add')).toHaveLength(3));
    expect(callsOf(calls, 'stack_add')[2].args).toEqual({ item: 'i-welcome', name: 'Jo', kind: 'clarifying', prioritize: true, list: null });
    await waitFor(() => expect((screen.getByRole('checkbox', { name: /Prioritize/ }) as HTMLInputElement).checked).toBe(false));
    expect(document.activeElement).toBe(input);
  }, 20_000); // the first test of the file mounts cold on a loaded machine

  test('Enter on an empty field sends nothing', async () => {
    const user = userEvent.setup();
    const { calls } = stackBackend();
    await open();
    await user.keyboard('   {Enter}');
    expect(callsOf(calls, 'stack_add')).toHaveLength(0);
  });

  test('Alt+1 … Alt+5 select the kinds and the screen says which; plain digits are typed', async () => {
    const user = userEvent.setup();
    stackBackend();
    const input = await open();
    const expected: [string, EntryKind, string][] = [
      ['1', 'process', 'point of process'],
      ['2', 'information', 'point of information'],
      ['3', 'clarifying', 'clarifying question'],
      ['4', 'direct-response', 'direct response'],
      ['5', 'speak', 'to speak'],
    ];
    for (const [digit, kind, words] of expected) {
      await user.keyboard(`{Alt>}${digit}{/Alt}`);
      expect(kindNow()).toBe(kind);
      expect(screen.getByTestId('stack-kind-current').textContent).toContain(`Adding as ${words}`);
      const selected = screen.getAllByTestId('stack-kind-option').filter((o) => o.dataset.selected === 'true');
      expect(selected.map((o) => o.dataset.kind)).toEqual([kind]);
      expect((within(selected[0]).getByRole('radio') as HTMLInputElement).checked).toBe(true);
    }
    await user.keyboard('12');
    expect(input.value).toBe('12');
    expect(kindNow()).toBe('speak');
  });

  test('a refused add shows the core message and keeps the typed name and kind', async () => {
    const user = userEvent.setup();
    const message = 'Sam is already waiting on the stack of LDN-GA-39.1 to speak; a person waits at most once per band';
    stackBackend(stack(), {
      stack_add: () => {
        throw coreError('conflict', message);
      },
    });
    const input = await open();
    await user.keyboard('{Alt>}4{/Alt}Sam{Enter}');
    const alert = await within(screen.getByTestId('stack-error')).findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(input.value).toBe('Sam');
    expect(kindNow()).toBe('direct-response');
  });

  test('a known person picked from the suggestions is added with one Enter', async () => {
    const user = userEvent.setup();
    const { calls } = stackBackend(stack(), {
      list_people: () => [{ id: 'p-sam', origin: 'o', name: 'Sam Whitfield', pronouns: 'they/them' }],
    });
    await open();
    await user.keyboard('sa');
    await screen.findByTestId('stack-suggestion');
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(callsOf(calls, 'stack_add')).toHaveLength(1));
    expect(callsOf(calls, 'list_people').at(-1)?.args).toEqual({ prefix: 'sa' });
    expect(callsOf(calls, 'stack_add')[0].args).toMatchObject({ name: 'Sam Whitfield', kind: 'speak' });
  });
});

describe('stack view: next and undo', () => {
  test('Ctrl+Enter and the button give the floor to the next; the new speaker is shown', async () => {
    const user = userEvent.setup();
    const { calls, set } = stackBackend(stack({ waiting: [entry('e-1', 'Sam', 'speak', 'first time speaking today')] }));
    await open();
    expect(screen.getByTestId('stack-then').textContent).toContain('Sam');
    set(stack({ speaker: speaker('Sam') }));

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(callsOf(calls, 'stack_next')).toHaveLength(1));
    expect(callsOf(calls, 'stack_next')[0].args).toEqual({ item: 'i-welcome' });
    expect(callsOf(calls, 'stack_add')).toHaveLength(0);
    await waitFor(() => expect(screen.getByTestId('stack-current-name').textContent).toBe('Sam'));
    expect(entries()).toHaveLength(0);

    await user.click(screen.getByTestId('stack-next'));
    await waitFor(() => expect(callsOf(calls, 'stack_next')).toHaveLength(2));
  });

  test('Ctrl+Z undoes when the name field is empty, not while it holds text', async () => {
    const user = userEvent.setup();
    const { calls, set } = stackBackend(stack({ undo: { action: 'stack.add', label: 'add Sam (to speak)', at: T } }));
    const input = await open();
    expect(screen.getByTestId('stack-undo-what').textContent).toContain('add Sam (to speak)');

    await user.keyboard('Ana');
    await user.keyboard('{Control>}z{/Control}');
    expect(callsOf(calls, 'stack_undo')).toHaveLength(0);

    await user.clear(input);
    set(stack()); // the add undone: nothing left to undo
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(callsOf(calls, 'stack_undo')).toHaveLength(1));
    expect(callsOf(calls, 'stack_undo')[0].args).toEqual({ item: 'i-welcome' });
    await waitFor(() => expect(screen.getByTestId('stack-announce').textContent).toContain('Undone: add Sam (to speak)'));
  });

  test('a direct response with nobody speaking: the core refuses and the refusal is shown', async () => {
    const user = userEvent.setup();
    const message = 'nobody has the floor on LDN-GA-39.1: a direct response answers the person speaking';
    const v = stack();
    v.kinds[3] = { ...v.kinds[3], allowed: false, why_not: 'nobody has the floor' };
    const { calls } = stackBackend(v, {
      stack_add: () => {
        throw coreError('conflict', message);
      },
    });
    const input = await open();
    const dr = screen.getAllByTestId('stack-kind-option').find((o) => o.dataset.kind === 'direct-response')!;
    expect(dr.textContent).toContain('nobody has the floor');
    await user.keyboard('{Alt>}4{/Alt}Kai{Enter}');
    await waitFor(() => expect(callsOf(calls, 'stack_add')).toHaveLength(1));
    expect(callsOf(calls, 'stack_add')[0].args).toMatchObject({ kind: 'direct-response' });
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(input.value).toBe('Kai');
  });
});

describe('stack view: the queue', () => {
  test('shows the entries in the order returned, with kind, hand signal, reason and prioritized marker', async () => {
    // Deliberately not in band order: the UI must not sort.
    const returned = [
      entry('e-5', 'Zoë', 'speak', 'in order added'),
      entry('e-1', 'Omar', 'process', 'point of process', { reason: { code: 'point-of-process', label: 'point of process' } }),
      entry('e-2', 'Lena', 'direct-response', 'direct response to Sam', {
        responds_to: 'Sam',
        reason: { code: 'direct-response', label: 'direct response to Sam' },
        list: null,
        passed_by: false,
      }),
      entry('e-3', 'Bea', 'speak', 'prioritized', { prioritized: true, reason: { code: 'prioritized', label: 'prioritized' } }),
    ];
    stackBackend(stack({ waiting: returned, speaker: speaker('Sam') }));
    await open();

    const rows = entries();
    expect(rows.map((r) => within(r).getByTestId('stack-entry-name').textContent)).toEqual(['Zoë', 'Omar', 'Lena', 'Bea']);
    expect(rows.map((r) => r.dataset.position)).toEqual(['1', '2', '3', '4']);
    expect(rows.map((r) => within(r).getByTestId('stack-entry-kind').textContent)).toEqual([
      'to speak · raised hand',
      'point of process · triangle',
      'direct response · two index fingers',
      'to speak · raised hand',
    ]);
    expect(rows.map((r) => within(r).getByTestId('stack-entry-reason').textContent?.replace(/^why here: /, ''))).toEqual([
      'in order added',
      'point of process',
      'direct response to Sam',
      'prioritized',
    ]);
    expect(rows.map((r) => within(r).queryByTestId('stack-entry-prioritized') !== null)).toEqual([false, false, false, true]);
    expect(within(rows[3]).getByRole('button', { name: 'Prioritize Bea (to speak)' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('stack-count').textContent).toContain('4');
  });

  test("in a spokes council the queue and the floor show each spoke's working group", async () => {
    stackBackend(
      stack({
        waiting: [entry('e-1', 'Bo', 'speak', 'first time speaking today', { wg: 'Press' }), entry('e-2', 'Zoë', 'speak', 'in order added')],
        speaker: speaker('Ana', { wg: 'Kitchen' }),
      }),
    );
    await open();
    const rows = entries();
    expect(within(rows[0]).getByTestId('stack-entry-wg').textContent).toBe('for Press');
    expect(within(rows[1]).queryByTestId('stack-entry-wg')).toBeNull();
    expect(screen.getByTestId('stack-current-wg').textContent).toBe('for Kitchen');
  });

  test('withdraw and (un)prioritize are buttons with names, operable by keyboard, sending the entry id', async () => {
    const user = userEvent.setup();
    const sam = entry('e-1', 'Sam', 'speak', 'first time speaking today');
    const ana = entry('e-2', 'Ana', 'speak', 'first time speaking today');
    const { calls, set } = stackBackend(stack({ waiting: [sam, ana] }));
    await open();

    screen.getByRole('button', { name: 'Prioritize Ana (to speak)' }).focus();
    set(stack({ waiting: [{ ...ana, prioritized: true, reason: { code: 'prioritized', label: 'prioritized' } }, sam] }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(callsOf(calls, 'stack_prioritize')).toHaveLength(1));
    expect(callsOf(calls, 'stack_prioritize')[0].args).toEqual({ entry: 'e-2', prioritized: true });
    await waitFor(() => expect(entries().map((r) => r.dataset.entryId)).toEqual(['e-2', 'e-1']));
    // The focus followed Ana to her new place.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Prioritize Ana (to speak)'));

    set(stack({ waiting: [sam] }));
    screen.getByRole('button', { name: 'Withdraw Ana (to speak)' }).focus();
    await user.keyboard(' ');
    await waitFor(() => expect(callsOf(calls, 'stack_withdraw')).toHaveLength(1));
    expect(callsOf(calls, 'stack_withdraw')[0].args).toEqual({ entry: 'e-2' });
    await waitFor(() => expect(entries()).toHaveLength(1));
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Withdraw Sam (to speak)'));
  });

  test('hostile names render as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const script = '<script>alert(2)</script>';
    stackBackend(
      stack({
        item_title: script,
        waiting: [entry('e-1', evil, 'direct-response', `direct response to ${script}`, { responds_to: script })],
        speaker: speaker(script),
        undo: { action: 'stack.add', label: `add ${evil} (to speak)`, at: T },
      }),
      {
        get_speaking_stats: () =>
          stats({
            speeches: 1,
            speakers: 1,
            spoken_ms: 60_000,
            people: [
              {
                person_id: 'p-x',
                name: evil,
                speeches: 1,
                spoken_ms: 60_000,
                share: 1,
                first_time: true,
                prioritized: 0,
                overruns: 0,
                overrun_ms: 0,
              },
            ],
          }),
      },
    );
    await open();
    await screen.findByTestId('speaking-row');
    expect(within(entries()[0]).getByTestId('stack-entry-name').textContent).toBe(evil);
    expect(within(entries()[0]).getByTestId('stack-entry-reason').textContent).toContain(`direct response to ${script}`);
    expect(screen.getByTestId('stack-current-name').textContent).toBe(script);
    expect(screen.getByTestId('stack-title').textContent).toContain(script);
    expect(screen.getByTestId('stack-undo-what').textContent).toContain(evil);
    expect(screen.getByTestId('speaking-name').textContent).toContain(evil);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });
});

/** The window's live regions (announce.ts). */
function regions() {
  const get = (p: string) => document.querySelector<HTMLElement>(`[data-testid="announcer-${p}"]`)!;
  return { polite: get('polite'), assertive: get('assertive') };
}

/** Every text a live region is given, in order. */
function listen(region: HTMLElement): string[] {
  const heard: string[] = [];
  new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  return heard;
}

describe('stack view: announced from the changes, wherever they came from', () => {
  test('a change made elsewhere is said on the refresh; an action and its read-back once', async () => {
    const user = userEvent.setup();
    const { set } = stackBackend(stack({ waiting: [entry('e-1', 'Sam', 'speak', 'first time today')] }));
    mountAnnouncer();
    const { polite } = regions();
    const heard = listen(polite);
    render(StackView, { meeting: 'm-39', item: null, refreshMs: 40 });
    await screen.findByTestId('stack-name-input');

    // `plenary stack next` in a terminal: this window pressed nothing.
    set(stack({ speaker: speaker('Sam', { entry_id: 'e-1' }), undo: { action: 'stack.next', label: 'next', at: '2011-11-12T19:21:00Z' } }));
    await waitFor(() => expect(polite.textContent).toBe('Sam has the floor (to speak).'));
    expect(screen.getByTestId('stack-announce').textContent).toBe('Sam has the floor (to speak).');

    // Ctrl+Enter here: the action's answer, then refreshes reading the same stack.
    set(stack({ undo: { action: 'stack.next', label: 'next', at: '2011-11-12T19:22:00Z' } }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(polite.textContent).toBe('Nobody has the floor.'));
    await new Promise((r) => setTimeout(r, 200));
    await Promise.resolve();
    expect(heard).toEqual(['Sam has the floor (to speak).', 'Nobody has the floor.']);
  });
});

describe('stack view: the speaker and the timer', () => {
  test('ticks from the core base, warns in the last 30 s and says when over (colour and words)', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(Date.parse('2011-11-12T19:21:20Z'));
    // 80 s into a 2-minute limit.
    stackBackend(stack({ speaker: speaker('Sam', { elapsed_ms: 80_000, limit_seconds: 120, remaining_ms: 40_000 }), speaker_limit_seconds: 120 }));
    mountAnnouncer();
    const { polite, assertive } = regions();
    const heard = listen(polite);
    render(StackView, { meeting: 'm-39', item: null, refreshMs: 0 });
    const timer = await screen.findByTestId('stack-timer');

    expect(within(timer).getByTestId('stack-elapsed').textContent).toBe('1:20');
    expect(polite.textContent).toBe('');
    expect(within(timer).getByTestId('stack-limit').textContent).toBe('of 2 min');
    expect(within(timer).getByTestId('stack-remaining').textContent).toBe('0:40 left');
    expect(timer.dataset.state).toBe('ok');

    await vi.advanceTimersByTimeAsync(11_000);
    await waitFor(() => expect(within(timer).getByTestId('stack-elapsed').textContent).toBe('1:31'));
    expect(timer.dataset.state).toBe('warn');
    expect(timer.classList.contains('state-warn')).toBe(true);
    expect(within(timer).getByTestId('stack-remaining').textContent).toContain('0:29 left — wrap up');
    expect(polite.textContent).toBe('Sam: 30 seconds left.');
    expect(assertive.textContent).toBe('');

    await vi.advanceTimersByTimeAsync(35_000);
    await waitFor(() => expect(within(timer).getByTestId('stack-elapsed').textContent).toBe('2:06'));
    expect(timer.dataset.state).toBe('over');
    expect(timer.classList.contains('state-over')).toBe(true);
    expect(within(timer).getByTestId('stack-overrun').textContent).toContain('0:06 over');
    expect(within(timer).queryByTestId('stack-remaining')).toBeNull();
    // The warning once, on entering the last 30 s (not every second of them); the end interrupting.
    await Promise.resolve();
    expect(heard).toEqual(['Sam: 30 seconds left.']);
    expect(assertive.textContent).toBe("Sam's time is up.");
  });

  test('a paused speech stands still and says so; Resume calls stack_resume', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const { calls } = stackBackend(stack({ speaker: speaker('Sam', { elapsed_ms: 30_000, paused: true, paused_since: T, pauses: 1 }) }));
    render(StackView, { meeting: 'm-39', item: null, refreshMs: 0 });
    const timer = await screen.findByTestId('stack-timer');
    expect(within(timer).getByTestId('stack-paused').textContent).toBe('Paused');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(within(timer).getByTestId('stack-elapsed').textContent).toBe('0:30');
    expect(within(timer).getByTestId('stack-limit').textContent).toBe('no time limit');
    vi.useRealTimers();
    screen.getByTestId('stack-resume').click();
    await waitFor(() => expect(callsOf(calls, 'stack_resume')).toHaveLength(1));
    expect(callsOf(calls, 'stack_resume')[0].args).toEqual({ item: 'i-welcome' });
  });
});

describe('stack view: settings, chart, items', () => {
  test('close shows the closed banner; reopen; the limit is sent in seconds', async () => {
    const user = userEvent.setup();
    const { calls, set } = stackBackend();
    await open();
    set(stack({ closed: true }));
    await user.click(screen.getByTestId('stack-close'));
    await waitFor(() => expect(screen.getByTestId('stack-closed').textContent).toContain('closed: only process, information and clarifying'));
    expect(callsOf(calls, 'stack_close')[0].args).toEqual({ item: 'i-welcome' });

    set(stack());
    await user.click(screen.getByTestId('stack-reopen'));
    await waitFor(() => expect(callsOf(calls, 'stack_reopen')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('stack-closed')).toBeNull());

    set(stack({ speaker_limit_seconds: 90 }));

    const field = screen.getByTestId('stack-limit-input') as HTMLInputElement;
    await user.type(field, '1:30{Enter}');
    await waitFor(() => expect(callsOf(calls, 'set_speaker_limit')).toHaveLength(1));
    expect(callsOf(calls, 'set_speaker_limit')[0].args).toEqual({ item: 'i-welcome', seconds: 90 });
    await waitFor(() => expect(screen.getByTestId('stack-limit-current').textContent).toContain('Now 1 min 30 s'));

    await user.clear(field);
    await user.type(field, 'soon{Enter}');
    expect(await screen.findByText(/Write the limit in minutes/)).toBeTruthy();
    expect(callsOf(calls, 'set_speaker_limit')).toHaveLength(1);
  });

  test('airtime equity: the Gini of the item and the meeting, the lists against their people, the last speakers — as text', async () => {
    const { calls } = stackBackend(stack());
    await open();
    const card = await screen.findByTestId('airtime');
    await waitFor(() => expect(within(card).getByTestId('airtime-gini').textContent).toContain('0.72'));
    expect(within(card).getByTestId('airtime-gini').textContent).toMatch(/0\.72 on LDN-GA-39\.1,\s+0\.81 at LDN-GA-39/);
    expect(within(card).getByTestId('airtime-present').textContent).toBe('Counted over 10 people: 10 present.');
    const lists = within(card).getAllByTestId('airtime-list').map((l) => l.textContent?.replace(/\s+/g, ' ').trim());
    expect(lists).toEqual(['open list 83% of the time · 75% of the people (3)', 'women list 17% of the time · 25% of the people (1)']);
    expect(within(card).getByTestId('airtime-last').textContent).toContain('Kim, Ana (women)');
    const asked = callsOf(calls, 'get_airtime').map((c) => c.args);
    expect(asked).toContainEqual({ meeting: 'm-39', item: 'i-welcome' });
    expect(asked).toContainEqual({ meeting: 'm-39', item: null });
  });

  test('the speaking chart: one bar per person with the numbers as text, and the first-timers', async () => {
    stackBackend(stack(), {
      get_speaking_stats: () =>
        stats({
          speeches: 3,
          speakers: 2,
          spoken_ms: 240_000,
          first_time_speakers: 1,
          people: [
            { person_id: 'p-a', name: 'Ana', speeches: 2, spoken_ms: 180_000, share: 0.75, first_time: false, prioritized: 0, overruns: 1, overrun_ms: 5_000 },
            { person_id: 'p-b', name: 'Bo', speeches: 1, spoken_ms: 60_000, share: 0.25, first_time: true, prioritized: 0, overruns: 0, overrun_ms: 0 },
          ],
        }),
    });
    await open();
    const chart = screen.getByTestId('speaking-chart');
    const rows = await within(chart).findAllByTestId('speaking-row');
    expect(rows.map((r) => within(r).getByTestId('speaking-name').textContent)).toEqual(['Ana', 'Bo']);
    expect(within(rows[0]).getByTestId('speaking-time').textContent).toBe('3:00 · 2× · 75% · 1 over');
    expect(within(rows[1]).getByTestId('speaking-time').textContent).toBe('1:00 · 1× · 25% · first time');
    // Bars relative to the longest: Ana full, Bo a third.
    const widths = rows.map((r) => r.querySelector('rect.fill')?.getAttribute('width'));
    expect(widths.map(Number)).toEqual([100, (60 / 180) * 100]);
    expect(within(chart).getByTestId('speaking-first-time').textContent).toMatch(/1 person\s+spoke for the first time/);
    expect(within(chart).getByTestId('speaking-summary').textContent).toContain('3 speeches by 2 people, 4:00 in all');
  });

  test('follows the item under way; the item picker goes to another item', async () => {
    const go = vi.spyOn(router, 'go').mockImplementation(() => {});
    const { calls } = stackBackend();
    await open();
    const select = screen.getByTestId('stack-item-select') as HTMLSelectElement;
    expect(select.value).toBe('i-welcome');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'LDN-GA-39.1 Welcome and process (under way)',
      'LDN-GA-39.2 Kitchen (pending)',
    ]);
    await userEvent.setup().selectOptions(select, 'i-kitchen');
    expect(go).toHaveBeenCalledWith({ name: 'stack', meeting: 'm-39', item: 'i-kitchen' });
    expect(callsOf(calls, 'get_speaking_stats')[0].args).toEqual({ meeting: 'm-39' });
  });

  test('an item given in the route is the one shown', async () => {
    const { calls } = stackBackend(stack({ item_id: 'i-kitchen', item_reference: 'LDN-GA-39.2', item_title: 'Kitchen', item_status: 'pending' }));
    await open('i-kitchen');
    expect(callsOf(calls, 'get_stack')[0].args).toEqual({ item: 'i-kitchen' });
    expect(screen.getByTestId('stack-title').textContent).toContain('LDN-GA-39.2');
    expect(screen.getByTestId('stack-follow').getAttribute('href')).toBe('#/meeting/m-39/stack');
  });

  test('a closed meeting: read only, no keys act', async () => {
    const user = userEvent.setup();
    const { calls } = stackBackend(stack({ writable: false, meeting_status: 'closed', waiting: [entry('e-1', 'Sam', 'speak', 'x')] }));
    render(StackView, { meeting: 'm-39', item: null, refreshMs: 0 });
    expect((await screen.findByTestId('stack-read-only')).textContent).toContain('LDN-GA-39 is closed');
    expect(screen.queryByTestId('stack-name-input')).toBeNull();
    expect(screen.queryByTestId('stack-withdraw')).toBeNull();
    expect(screen.queryByTestId('stack-next')).toBeNull();
    await user.keyboard('{Control>}{Enter}{/Control}{Control>}z{/Control}');
    expect(callsOf(calls, 'stack_next')).toHaveLength(0);
    expect(callsOf(calls, 'stack_undo')).toHaveLength(0);
  });
});

describe('stack view: the floor policy', () => {
  const quota = {
    base: 'fifo' as const,
    first_time_first: false,
    alternate: ['women and non-binary', 'open'],
    cap: null,
    no_repeat: false,
  };

  test('shows the policy and changes it, with the reason, to what the core returns', async () => {
    const user = userEvent.setup();
    const after = stack({
      floor_policy: quota,
      floor_policy_text: 'fifo,alternate:women and non-binary|open',
      policy: 'fifo',
      policy_label: 'first come, first served; alternating lists: women and non-binary | open',
      waiting: [
        entry('e-1', 'Ana', 'speak', "women and non-binary list's turn", { list: 'women and non-binary' }),
        entry('e-2', 'Sam', 'speak', "open list's turn"),
      ],
    });
    const { calls } = stackBackend(stack(), { set_floor_policy: () => after });
    await open();
    expect(screen.getByTestId('floor-policy').textContent).toBe('progressive stack');
    await user.click(screen.getByTestId('floor-policy-change'));
    expect(document.activeElement).toBe(screen.getByLabelText('Order'));
    await user.selectOptions(screen.getByLabelText('Order'), 'fifo');
    screen.getByLabelText('Alternate between lists').focus();
    await user.paste('women and non-binary | open');
    screen.getByLabelText(/Reason/).focus();
    await user.paste('the assembly asked for a quota');
    await user.click(screen.getByTestId('floor-policy-apply'));
    await waitFor(() =>
      expect(screen.getByTestId('floor-policy').textContent).toBe(
        'first come, first served; alternating lists: women and non-binary | open',
      ),
    );
    expect(callsOf(calls, 'set_floor_policy')[0].args).toEqual({
      item: 'i-welcome',
      policy: 'fifo,alternate:women and non-binary|open',
      reason: 'the assembly asked for a quota',
    });
    expect(screen.queryByTestId('floor-policy-form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('floor-policy-change'));
    const reasons = screen.getAllByTestId('stack-entry-reason').map((r) => r.textContent);
    expect(reasons).toEqual(["why here: women and non-binary list's turn", "why here: open list's turn"]);
    expect(screen.getAllByTestId('stack-entry-list').map((l) => l.textContent)).toEqual([' · women and non-binary list']);
  }, 20_000);

  test("a refused policy shows the core's message and keeps the form", async () => {
    const user = userEvent.setup();
    const message = 'cap:0 in the policy must be a whole number of speeches from 1 to 99';
    stackBackend(stack(), {
      set_floor_policy: () => {
        throw coreError('invalid-input', message);
      },
    });
    await open();
    await user.click(screen.getByTestId('floor-policy-change'));
    await user.type(screen.getByLabelText('Most speeches per person per item'), '0');
    await user.click(screen.getByTestId('floor-policy-apply'));
    const alert = await within(screen.getByTestId('floor-policy-form')).findByRole('alert');
    expect(alert.textContent).toContain(message);
  });

  test('under alternating lists the person being added chooses a list (or none)', async () => {
    const user = userEvent.setup();
    const { calls } = stackBackend(stack({ floor_policy: quota }));
    await open();
    await user.selectOptions(screen.getByTestId('stack-list-new'), 'open');
    await user.click(screen.getByTestId('stack-name-input'));
    await user.keyboard('Sam{Enter}');
    await waitFor(() => expect(callsOf(calls, 'stack_add')).toHaveLength(1));
    expect(callsOf(calls, 'stack_add')[0].args).toMatchObject({ name: 'Sam', list: 'open' });
    await waitFor(() => expect((screen.getByTestId('stack-list-new') as HTMLSelectElement).value).toBe(''));
    await user.keyboard('Kim{Enter}');
    await waitFor(() => expect(callsOf(calls, 'stack_add')).toHaveLength(2));
    expect(callsOf(calls, 'stack_add')[1].args).toMatchObject({ name: 'Kim', list: null });
  });

  test('a closed meeting shows the policy without the form; no list to choose without alternation', async () => {
    stackBackend(stack({ writable: false, meeting_status: 'closed' }));
    render(StackView, { meeting: 'm-39', item: null, refreshMs: 0 });
    await screen.findByTestId('floor-policy');
    expect(screen.queryByTestId('floor-policy-change')).toBeNull();
    expect(screen.queryByTestId('stack-list-new')).toBeNull();
  });

  test('the form writes its fields out as a policy', () => {
    expect(policyText({ base: 'progressive', firstTimeFirst: false, lists: '', cap: '', noRepeat: false })).toBe('progressive');
    expect(policyText({ base: 'fifo', firstTimeFirst: true, lists: ' women |open ', cap: ' 2', noRepeat: true })).toBe(
      'fifo,first-time-first,alternate:women|open,cap:2,no-repeat',
    );
    expect(policyFields(quota)).toEqual({
      base: 'fifo',
      firstTimeFirst: false,
      lists: 'women and non-binary | open',
      cap: '',
      noRepeat: false,
    });
  });
});

describe('stack helpers and wrappers', () => {
  test('the route: #/meeting/<id>/stack[/<item>]', () => {
    expect(parse('#/meeting/m-39/stack')).toEqual({ name: 'stack', meeting: 'm-39', item: null });
    expect(parse('#/meeting/m-39/stack/')).toEqual({ name: 'stack', meeting: 'm-39', item: null });
    expect(parse('#/meeting/m-39/stack/i%2F1')).toEqual({ name: 'stack', meeting: 'm-39', item: 'i/1' });
    expect(parse('#/meeting/m-39/stack/i/x')).toEqual({ name: 'not-found', path: '/meeting/m-39/stack/i/x' });
    for (const item of [null, 'i-welcome', 'a b/c']) {
      expect(parse(href({ name: 'stack', meeting: 'm 39', item }))).toEqual({ name: 'stack', meeting: 'm 39', item });
    }
  });

  test('keys, clock and limits', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(kindForKey(key({ key: '1', code: 'Digit1', altKey: true }))).toBe('process');
    expect(kindForKey(key({ key: '¡', code: 'Digit1', altKey: true }))).toBe('process'); // macOS Option+1
    expect(kindForKey(key({ key: '5', code: 'Numpad5', altKey: true }))).toBe('speak');
    expect(kindForKey(key({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(kindForKey(key({ key: '1', code: 'Digit1', altKey: true, ctrlKey: true }))).toBeNull();
    expect(kindForKey(key({ key: '6', code: 'Digit6', altKey: true }))).toBeNull();
    expect(clock(0)).toBe('0:00');
    expect(clock(-6_500)).toBe('0:06');
    expect(clock(3_725_000)).toBe('1:02:05');
    expect(parseLimit('2')).toBe(120);
    expect(parseLimit('1:30')).toBe(90);
    expect(parseLimit('1.5')).toBe(90);
    expect(parseLimit('')).toBeNull();
    expect(parseLimit('1:75')).toBeUndefined();
    expect(limitField(90)).toBe('1:30');
    expect(limitField(120)).toBe('2');
  });

  test('the wrappers pass the exact command and argument names of the Rust side', async () => {
    const cmds = [
      'get_stack', 'stack_add', 'stack_next', 'stack_undo', 'stack_withdraw', 'stack_prioritize', 'stack_close',
      'stack_reopen', 'stack_pause', 'stack_resume', 'set_speaker_limit', 'get_speaking_stats', 'set_floor_policy',
      'get_airtime',
    ];
    const calls = fakeBackend(Object.fromEntries(cmds.map((c) => [c, () => c])));
    await expect(api.getStack('i')).resolves.toBe('get_stack');
    await expect(api.stackAdd('i', 'Sam', 'process', true)).resolves.toBe('stack_add');
    await expect(api.stackNext('i')).resolves.toBe('stack_next');
    await expect(api.stackUndo('i')).resolves.toBe('stack_undo');
    await expect(api.stackWithdraw('e')).resolves.toBe('stack_withdraw');
    await expect(api.stackPrioritize('e', false)).resolves.toBe('stack_prioritize');
    await expect(api.stackClose('i')).resolves.toBe('stack_close');
    await expect(api.stackReopen('i')).resolves.toBe('stack_reopen');
    await expect(api.stackPause('i')).resolves.toBe('stack_pause');
    await expect(api.stackResume('i')).resolves.toBe('stack_resume');
    await expect(api.setSpeakerLimit('i', null)).resolves.toBe('set_speaker_limit');
    await expect(api.getSpeakingStats('m')).resolves.toBe('get_speaking_stats');
    await expect(api.setFloorPolicy('i', 'fifo,no-repeat', 'why')).resolves.toBe('set_floor_policy');
    await expect(api.getAirtime('m', 'i')).resolves.toBe('get_airtime');
    const args = (cmd: string) => callsOf(calls, cmd)[0].args;
    expect(args('get_stack')).toEqual({ item: 'i' });
    expect(args('stack_add')).toEqual({ item: 'i', name: 'Sam', kind: 'process', prioritize: true, list: null });
    expect(args('set_floor_policy')).toEqual({ item: 'i', policy: 'fifo,no-repeat', reason: 'why' });
    expect(args('get_airtime')).toEqual({ meeting: 'm', item: 'i' });
    expect(args('stack_withdraw')).toEqual({ entry: 'e' });
    expect(args('stack_prioritize')).toEqual({ entry: 'e', prioritized: false });
    expect(args('set_speaker_limit')).toEqual({ item: 'i', seconds: null });
    expect(args('get_speaking_stats')).toEqual({ meeting: 'm' });
  });
});

describe('embedded, following the item it is given', () => {
  test('refreshes ask for the item shown, not the one the last answer was about', async () => {
    // The race seen in the real window: the item under way changed; while the new item's
    // stack was on its way, a refresh asked for the previous item (the one on screen), its
    // answer came last and won, and every refresh after it asked for the previous item.
    let hold = true;
    const held: (() => void)[] = [];
    const kitchen = stack({ item_id: 'i-kitchen', item_reference: 'LDN-GA-39.2', item_title: 'Kitchen' });
    const { calls } = stackBackend(stack(), {
      get_stack: (args) => {
        if (args.item !== 'i-kitchen') return stack();
        if (!hold) return kitchen;
        return new Promise<View>((r) => held.push(() => r(kitchen)));
      },
    });
    const { rerender } = render(StackView, { meeting: 'm-39', item: 'i-welcome', embedded: true, refreshMs: 30 });
    await waitFor(() => expect(screen.getByTestId('stack-view').dataset.itemId).toBe('i-welcome'));
    await rerender({ meeting: 'm-39', item: 'i-kitchen', embedded: true, refreshMs: 30 });
    const readsOf = (item: string) => callsOf(calls, 'get_stack').filter((c) => c.args.item === item).length;
    const welcomeBefore = readsOf('i-welcome');
    // Several refreshes go by while the kitchen's stack is on its way.
    await new Promise((r) => setTimeout(r, 150));
    hold = false;
    held.forEach((answer) => answer());
    await waitFor(() => expect(screen.getByTestId('stack-view').dataset.itemId).toBe('i-kitchen'));
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByTestId('stack-view').dataset.itemId).toBe('i-kitchen');
    expect(readsOf('i-welcome')).toBe(welcomeBefore);
  });
});

describe('stack view in other languages', () => {
  afterEach(() => chooseLang('en'));

  /** Every word of the view that was English before it was converted. */
  const ENGLISH = [
    'Speaking now',
    'Next speaker',
    'Pause',
    'Withdraw',
    'Prioritize',
    'Undo',
    'Close the stack',
    'Kind of hand',
    'Floor policy',
    'Waiting',
    'Time per speaker',
    'point of process',
    'to speak',
    'raised hand',
    'first time speaking today',
    'direct response to',
    'progressive stack',
    'Keys',
  ];

  /** The core's words in a language (i18n/<lang>: entry-…, stack-signal-…, stack-reason-…,
   *  policy-…), as `get_stack` with `lang` sends them: the UI shows them as they come. */
  const SAID = {
    es: {
      kinds: {
        process: ['cuestión de orden', 'triángulo'],
        information: ['punto de información', 'un dedo arriba'],
        clarifying: ['pregunta aclaratoria', 'mano en forma de «C»'],
        'direct-response': ['respuesta directa', 'los dos índices'],
        speak: ['toma de palabra', 'mano alzada'],
      },
      respondsToAna: 'respuesta directa a Ana',
      firstTime: 'habla por primera vez hoy',
      policy: 'turno progresivo',
    },
    ar: {
      kinds: {
        process: ['نقطة نظام', 'مثلث'],
        information: ['نقطة معلومات', 'إصبع مرفوعة'],
        clarifying: ['سؤال توضيحي', 'اليد على شكل «C»'],
        'direct-response': ['رد مباشر', 'السبابتان'],
        speak: ['طلب كلمة', 'يد مرفوعة'],
      },
      respondsToAna: 'رد مباشر على Ana',
      firstTime: 'يتكلم لأول مرة اليوم',
      policy: 'قائمة تقدمية',
    },
  } satisfies Record<string, { kinds: Record<EntryKind, [string, string]>; respondsToAna: string; firstTime: string; policy: string }>;

  function busy(lang: keyof typeof SAID) {
    const w = SAID[lang];
    const said = (e: WaitingEntry): WaitingEntry => ({ ...e, kind_label: w.kinds[e.kind][0], hand_signal: w.kinds[e.kind][1] });
    return stack({
      speaker: speaker('Ana', { kind_label: w.kinds.speak[0] }),
      policy_label: w.policy,
      kinds: kinds().map((k) => ({ ...k, label: w.kinds[k.kind][0], hand_signal: w.kinds[k.kind][1] })),
      waiting: [
        entry('e-1', 'Tom', 'process', '', { reason: { code: 'point-of-process', label: w.kinds.process[0] } }),
        entry('e-2', 'Sam', 'direct-response', '', {
          reason: { code: 'direct-response', label: w.respondsToAna },
          responds_to: 'Ana',
        }),
        entry('e-3', 'Bo', 'speak', w.firstTime),
      ].map(said),
    });
  }

  /** Every stack command was asked for its words in `lang`. */
  function askedIn(calls: ReturnType<typeof stackBackend>['calls'], lang: string) {
    const stackCalls = callsOf(calls, 'get_stack');
    expect(stackCalls.length).toBeGreaterThan(0);
    for (const c of stackCalls) expect((c.args as { lang?: string }).lang).toBe(lang);
  }

  test('in Spanish the buttons, kinds, reasons and policy are Spanish, and no English word is left', async () => {
    chooseLang('es');
    const { calls } = stackBackend(busy('es'));
    await open();
    askedIn(calls, 'es');
    expect(screen.getByTestId('stack-next').textContent).toContain('Siguiente turno');
    expect(screen.getByTestId('stack-current-kind').textContent).toContain('toma de palabra');
    expect(screen.getAllByTestId('stack-entry-reason').map((r) => r.textContent)).toEqual([
      'por qué aquí: cuestión de orden',
      'por qué aquí: respuesta directa a Ana',
      'por qué aquí: habla por primera vez hoy',
    ]);
    expect(screen.getAllByTestId('stack-entry-kind')[0].textContent).toBe('cuestión de orden · triángulo');
    expect(screen.getByTestId('floor-policy').textContent).toBe('turno progresivo');
    expect(screen.getByRole('button', { name: 'Retirar a Tom (cuestión de orden)' })).toBeTruthy();
    const text = document.body.textContent ?? '';
    for (const english of ENGLISH) expect(text, english).not.toContain(english);
    for (const b of screen.getAllByRole('button')) {
      expect(ENGLISH, b.textContent ?? '').not.toContain((b.textContent ?? '').trim());
    }
  });

  test('a language chosen while the stack is shown (Settings is a dialog over it) asks the core for its words again', async () => {
    chooseLang('es');
    const { calls, set } = stackBackend(busy('es'));
    await open();
    await waitFor(() => expect(screen.getByTestId('stack-current-kind').textContent).toContain('toma de palabra'));
    set(busy('ar'));
    chooseLang('ar');
    await waitFor(() => expect(screen.getByTestId('stack-current-kind').textContent).toContain('طلب كلمة'));
    expect(callsOf(calls, 'get_stack').map((c) => (c.args as { lang?: string }).lang)).toEqual(['es', 'ar']);
  });

  test('in Arabic the view is Arabic and right to left, names kept as typed', async () => {
    chooseLang('ar');
    const { calls } = stackBackend(busy('ar'));
    await open();
    askedIn(calls, 'ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByTestId('stack-next').textContent).toContain('المتحدث التالي');
    expect(screen.getByTestId('stack-current-name').textContent).toBe('Ana');
    expect(screen.getByTestId('stack-waiting').closest('section')?.querySelector('h2')?.textContent).toContain('في الانتظار');
    const text = document.body.textContent ?? '';
    for (const english of ENGLISH) expect(text, english).not.toContain(english);
  });
});

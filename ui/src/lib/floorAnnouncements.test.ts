import { afterEach, describe, expect, test } from 'vitest';

import { announce, mountAnnouncer, resetAnnouncer } from './announce';
import type { CurrentSpeaker } from './bindings/CurrentSpeaker';
import type { ProjectorView } from './bindings/ProjectorView';
import type { StackView } from './bindings/StackView';
import type { WaitingEntry } from './bindings/WaitingEntry';
import { durationWords, projectorChanges, stackChanges, timerChange } from './floorAnnouncements';

afterEach(() => resetAnnouncer());

const T = '2011-11-12T19:20:00Z';
const T2 = '2011-11-12T19:21:00Z';

function waiting(id: string, name: string, over: Partial<WaitingEntry> = {}): WaitingEntry {
  return {
    entry_id: id,
    position: 1,
    person_id: `p-${id}`,
    name,
    kind: 'speak',
    kind_label: 'to speak',
    hand_signal: 'raised hand',
    band: 5,
    prioritized: false,
    has_spoken: false,
    reason: { code: 'first-time-today', label: 'first time today' },
    list: null,
    passed_by: false,
    responds_to: null,
    wg: null,
    added_at: T,
    ...over,
  };
}

function speaker(name: string, speech: string, over: Partial<CurrentSpeaker> = {}): CurrentSpeaker {
  return {
    entry_id: `e-${speech}`,
    speech_id: speech,
    person_id: `p-${name}`,
    name,
    kind: 'process',
    kind_label: 'point of process',
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

function stack(over: Partial<StackView> = {}): StackView {
  const v: StackView = {
    item_id: 'i-1',
    item_reference: 'LDN-GA-39.1',
    item_title: 'Welcome',
    item_status: 'active',
    meeting_id: 'm',
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
    kinds: [],
    undo: null,
    log: [],
    ...over,
  };
  v.waiting = v.waiting.map((w, i) => ({ ...w, position: i + 1 }));
  return v;
}

const texts = (a: { text: string }[]) => a.map((m) => m.text);

describe('stackChanges: what changed between two views of a stack', () => {
  test('the first view of an item, or another item, says nothing', () => {
    const v = stack({ speaker: speaker('Tom', 's-1') });
    expect(stackChanges(null, v)).toEqual([]);
    expect(stackChanges(stack({ item_id: 'i-0' }), v)).toEqual([]);
  });

  test('the floor: who, for what kind of point; then nobody', () => {
    const before = stack({ waiting: [waiting('e-1', 'Tom Ashworth', { kind: 'process', kind_label: 'point of process' })] });
    const after = stack({
      speaker: speaker('Tom Ashworth', 's-1', { entry_id: 'e-1' }),
      undo: { action: 'stack.next', label: 'next: Tom Ashworth has the floor', at: T2 },
    });
    expect(texts(stackChanges(before, after))).toEqual(['Tom Ashworth has the floor (point of process).']);
    expect(texts(stackChanges(after, stack({ undo: { action: 'stack.next', label: 'next', at: '2011-11-12T19:22:00Z' } })))).toEqual([
      'Nobody has the floor.',
    ]);
  });

  test('who joined and at which place; who left', () => {
    const before = stack({ waiting: [waiting('e-1', 'Ana'), waiting('e-2', 'Bea')] });
    const after = stack({
      waiting: [waiting('e-1', 'Ana'), waiting('e-3', 'Kwame', { prioritized: true }), waiting('e-2', 'Bea')],
      undo: { action: 'stack.add', label: 'add Kwame', at: T2 },
    });
    expect(texts(stackChanges(before, after))).toEqual(['Kwame joined the stack (to speak): place 2 of 3, prioritized.']);
    const withdrawn = stack({ waiting: [waiting('e-1', 'Ana')], undo: { action: 'stack.withdraw', label: 'withdraw Bea', at: '2011-11-12T19:23:00Z' } });
    expect(texts(stackChanges(before, withdrawn))).toEqual(['Bea left the stack.']);
  });

  test('an undo says the step undone, not its consequences', () => {
    const before = stack({
      speaker: speaker('Sam', 's-2'),
      undo: { action: 'stack.next', label: 'next: Sam has the floor', at: T2 },
    });
    const after = stack({ waiting: [waiting('e-s', 'Sam')], undo: { action: 'stack.add', label: 'add Sam', at: T } });
    expect(texts(stackChanges(before, after))).toEqual(['Undone: next: Sam has the floor.']);
    // The last step undone: nothing left to undo.
    expect(texts(stackChanges(stack({ undo: { action: 'stack.add', label: 'add Sam (to speak)', at: T } }), stack()))).toEqual([
      'Undone: add Sam (to speak).',
    ]);
  });

  test('pause and resume, stack closed and reopened, time per speaker', () => {
    const talking = stack({ speaker: speaker('Sam', 's-2') });
    const paused = stack({ speaker: speaker('Sam', 's-2', { paused: true, pauses: 1 }) });
    expect(texts(stackChanges(talking, paused))).toEqual(["Sam's speech paused."]);
    expect(texts(stackChanges(paused, stack({ speaker: speaker('Sam', 's-2', { pauses: 1 }) })))).toEqual(["Sam's speech resumed."]);
    expect(texts(stackChanges(stack(), stack({ closed: true })))).toEqual(['Stack closed: only process, information and clarifying.']);
    expect(texts(stackChanges(stack({ closed: true }), stack()))).toEqual(['Stack reopened.']);
    expect(texts(stackChanges(stack(), stack({ speaker_limit_seconds: 120 })))).toEqual(['Time per speaker: 2 minutes.']);
  });

  test('nothing changed: nothing to say', () => {
    const v = stack({ speaker: speaker('Sam', 's-2'), waiting: [waiting('e-1', 'Ana')] });
    expect(stackChanges(v, structuredClone(v))).toEqual([]);
  });
});

describe('the speaker timer', () => {
  test('the warning is polite and the end assertive, each keyed by the speech', () => {
    const s = speaker('Aisha', 's-9', { limit_seconds: 120 });
    expect(timerChange(s, 'ok', 60_000)).toBeNull();
    expect(timerChange(s, 'warn', 29_400)).toEqual({ key: 'warn:s-9', text: 'Aisha: 29 seconds left.' });
    expect(timerChange(s, 'over', -1)).toEqual({ key: 'end:s-9', text: "Aisha's time is up.", politeness: 'assertive' });
    expect(durationWords(125_000)).toBe('2 minutes 5 seconds');
  });
});

describe('projectorChanges', () => {
  const view = (speakerName: string | null, elapsed = 0, speech = `s-${speakerName}`): ProjectorView => ({
    assembly_name: 'A',
    meeting_reference: 'LDN-GA-39',
    meeting_open: true,
    as_of: `${T}-${speakerName}-${elapsed}`,
    item: null,
    speaker: speakerName
      ? { speech_id: speech, name: speakerName, kind: 'speak', kind_label: 'to speak', elapsed_ms: elapsed, paused: false, limit_seconds: null, wg: null }
      : null,
    next: [],
    more_waiting: 0,
    stack_closed: false,
    proposal: null,
    agenda: [],
    council: null,
    equity: null,
  });
  test('a new speaker is said; the same speech ticking on is not', () => {
    expect(projectorChanges(null, view('Sam'))).toEqual([]);
    expect(texts(projectorChanges(view(null), view('Sam')))).toEqual(['Sam has the floor (to speak).']);
    expect(projectorChanges(view('Sam', 1000), view('Sam', 2000))).toEqual([]);
    // Sam again, a new speech (its id): said again.
    expect(texts(projectorChanges(view('Sam', 9000), view('Sam', 0, 's-2')))).toEqual(['Sam has the floor (to speak).']);
    // The same speech after a pause or an edit of its time: not a new floor.
    expect(projectorChanges(view('Sam', 9000), view('Sam', 0))).toEqual([]);
    expect(texts(projectorChanges(view('Sam'), view(null)))).toEqual(['Nobody has the floor.']);
  });
});

describe('announce: the window\'s live regions', () => {
  test('polite and assertive regions exist before anything is said', () => {
    mountAnnouncer();
    const polite = document.querySelector('[data-testid="announcer-polite"]');
    const assertive = document.querySelector('[data-testid="announcer-assertive"]');
    expect(polite?.getAttribute('role')).toBe('status');
    expect(polite?.getAttribute('aria-live')).toBe('polite');
    expect(assertive?.getAttribute('role')).toBe('alert');
    expect(polite?.textContent).toBe('');
  });

  test('each key is said once per window; the end of time interrupts', () => {
    mountAnnouncer();
    const polite = document.querySelector('[data-testid="announcer-polite"]')!;
    const assertive = document.querySelector('[data-testid="announcer-assertive"]')!;
    expect(announce({ key: 'floor:s-1', text: 'Sam has the floor (to speak).' })).toEqual(['Sam has the floor (to speak).']);
    expect(polite.textContent).toBe('Sam has the floor (to speak).');
    // The same change read back (an action's answer, then the refresh): not again.
    expect(announce({ key: 'floor:s-1', text: 'Sam has the floor (to speak).' })).toEqual([]);
    announce([
      { key: 'join:e-1', text: 'Ana joined the stack (to speak): place 1 of 1.' },
      { key: 'end:s-1', text: "Sam's time is up.", politeness: 'assertive' },
    ]);
    expect(polite.textContent).toBe('Ana joined the stack (to speak): place 1 of 1.');
    expect(assertive.textContent).toBe("Sam's time is up.");
  });

  test('the same words for a new change are read again', () => {
    mountAnnouncer();
    const polite = document.querySelector('[data-testid="announcer-polite"]')!;
    announce({ key: 'floor:none:1', text: 'Nobody has the floor.' });
    announce({ key: 'floor:none:2', text: 'Nobody has the floor.' });
    expect(polite.textContent).not.toBe('Nobody has the floor.');
    expect(polite.textContent?.trim()).toBe('Nobody has the floor.');
  });
});

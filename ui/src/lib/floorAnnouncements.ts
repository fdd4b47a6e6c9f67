/**
 * What a screen reader should hear when a stack changes: the difference between the
 * view shown before and the view just received, whoever caused it. Pure functions; the
 * window's announcer (announce.ts) says each message once by its key.
 *
 * - the floor: "Sam has the floor (point of process)." / "Nobody has the floor."
 * - who joined and where: "Sam joined the stack (to speak): place 2 of 3."
 * - an undo: "Undone: next: Sam has the floor." (the step the view before offered)
 * - withdrawn, prioritized, paused / resumed, stack closed / reopened, time per speaker
 * - the speaker's time: its warning (polite) and its end (assertive), once per speech.
 */
import type { Announcement } from './announce';
import type { CurrentSpeaker } from './bindings/CurrentSpeaker';
import type { ProjectorView } from './bindings/ProjectorView';
import type { StackView } from './bindings/StackView';
import { t } from './i18n.svelte';
import { kindLabel } from './stackWords';

/** "3 minutes", "90 seconds", "no time limit". */
function limitWords(seconds: number | null): string {
  if (seconds === null) return t('stack-timer-no-limit');
  if (seconds % 60 === 0) return t('stack-say-minutes', { n: seconds / 60 });
  return t('stack-say-seconds', { n: seconds });
}

/** "2 minutes 5 seconds", "30 seconds" (a screen reader reads "0:30" badly). */
export function durationWords(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000); // as the clock on screen shows it
  const m = Math.floor(s / 60);
  const parts = [];
  if (m > 0) parts.push(t('stack-say-minutes', { n: m }));
  if (s % 60 > 0 || m === 0) parts.push(t('stack-say-seconds', { n: s % 60 }));
  return parts.join(' ');
}

const floorText = (s: Pick<CurrentSpeaker, 'name' | 'kind'>) => t('stack-say-floor', { name: s.name, kind: kindLabel(s.kind) });

/**
 * The announcements for a stack that went from `before` to `after`. Nothing for the
 * first view of an item (nothing changed: the screen just opened) or for another item.
 */
export function stackChanges(before: StackView | null, after: StackView): Announcement[] {
  if (!before || before.item_id !== after.item_id) return [];
  const out: Announcement[] = [];
  // A change's stamp: the latest undoable step (for states that can go back and forth).
  const stamp = after.undo?.at ?? after.as_of;

  // An undo takes away the step the view before offered; a new action adds a later one.
  const undone = before.undo !== null && (after.undo === null || after.undo.at < before.undo.at);
  if (undone && before.undo) {
    // What the undo restores (a speaker back in the queue, an entry gone) is its
    // consequence: saying it too would describe the undo twice.
    out.push({ key: `undo:${after.item_id}:${before.undo.at}:${stamp}`, text: t('stack-say-undone', { what: before.undo.label }) });
    return out;
  }

  const spoke = before.speaker?.speech_id ?? null;
  const speaks = after.speaker?.speech_id ?? null;
  if (spoke !== speaks) {
    out.push(
      after.speaker
        ? { key: `floor:${after.speaker.speech_id}`, text: floorText(after.speaker) }
        : { key: `floor:none:${after.item_id}:${spoke}`, text: t('stack-say-nobody') },
    );
  } else if (before.speaker && after.speaker && before.speaker.paused !== after.speaker.paused) {
    out.push(
      after.speaker.paused
        ? { key: `pause:${after.speaker.speech_id}:${after.speaker.pauses}`, text: t('stack-say-paused', { name: after.speaker.name }) }
        : { key: `resume:${after.speaker.speech_id}:${after.speaker.pauses}`, text: t('stack-say-resumed', { name: after.speaker.name }) },
    );
  }

  const was = new Map(before.waiting.map((w) => [w.entry_id, w]));
  const now = new Set(after.waiting.map((w) => w.entry_id));
  for (const w of after.waiting) {
    const old = was.get(w.entry_id);
    if (!old) {
      out.push({
        key: `join:${w.entry_id}`,
        text: t(w.prioritized ? 'stack-say-joined-prioritized' : 'stack-say-joined', {
          name: w.name,
          kind: kindLabel(w.kind),
          place: w.position,
          count: after.waiting.length,
        }),
      });
    } else if (old.prioritized !== w.prioritized) {
      out.push({
        key: `prio:${w.entry_id}:${stamp}`,
        text: t(w.prioritized ? 'stack-say-prioritized' : 'stack-say-unprioritized', { name: w.name, place: w.position }),
      });
    }
  }
  for (const w of before.waiting) {
    // Gone from the queue without taking the floor: withdrawn (or the item ended).
    if (!now.has(w.entry_id) && after.speaker?.entry_id !== w.entry_id) {
      out.push({ key: `gone:${w.entry_id}`, text: t('stack-say-left', { name: w.name }) });
    }
  }

  if (before.closed !== after.closed) {
    out.push(
      after.closed
        ? { key: `closed:${after.item_id}:${stamp}`, text: t('stack-say-closed') }
        : { key: `reopened:${after.item_id}:${stamp}`, text: t('stack-say-reopened') },
    );
  }
  if (before.speaker_limit_seconds !== after.speaker_limit_seconds) {
    out.push({
      key: `limit:${after.item_id}:${stamp}:${after.speaker_limit_seconds}`,
      text: t('stack-say-limit', { limit: limitWords(after.speaker_limit_seconds) }),
    });
  }
  return out;
}

/** The speaker's time against the limit: the warning (polite) and the end (assertive). */
export type TimerLevel = 'none' | 'ok' | 'warn' | 'over';

export function timerChange(
  speaker: Pick<CurrentSpeaker, 'speech_id' | 'name'>,
  level: TimerLevel,
  remainingMs: number | null,
): Announcement | null {
  if (level === 'warn') {
    return {
      key: `warn:${speaker.speech_id}`,
      text: t('stack-say-time-left', { name: speaker.name, time: durationWords(remainingMs ?? 0) }),
    };
  }
  if (level === 'over') {
    return { key: `end:${speaker.speech_id}`, text: t('stack-say-time-up', { name: speaker.name }), politeness: 'assertive' };
  }
  return null;
}

/** The projector's speaker: a new speech (its id), or nobody. */
export function projectorChanges(before: ProjectorView | null, after: ProjectorView): Announcement[] {
  if (!before) return [];
  const a = before.speaker;
  const b = after.speaker;
  if (a?.speech_id === b?.speech_id) return [];
  if (!b) {
    const item = `${after.meeting_reference}.${after.item?.number ?? ''}`;
    return [{ key: `proj-none:${item}:${after.as_of}`, text: t('stack-say-nobody') }];
  }
  return [{ key: `floor:${b.speech_id}`, text: floorText(b) }];
}

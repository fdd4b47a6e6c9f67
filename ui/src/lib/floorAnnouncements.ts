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

/** "3 minutes", "90 seconds", "no time limit". */
function limitWords(seconds: number | null): string {
  if (seconds === null) return 'no time limit';
  if (seconds % 60 === 0) return seconds === 60 ? '1 minute' : `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}

/** "2 minutes 5 seconds", "30 seconds" (a screen reader reads "0:30" badly). */
export function durationWords(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000); // as the clock on screen shows it
  const m = Math.floor(s / 60);
  const parts = [];
  if (m > 0) parts.push(m === 1 ? '1 minute' : `${m} minutes`);
  if (s % 60 > 0 || m === 0) parts.push(s % 60 === 1 ? '1 second' : `${s % 60} seconds`);
  return parts.join(' ');
}

const floorText = (s: CurrentSpeaker) => `${s.name} has the floor (${s.kind_label}).`;

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
    out.push({ key: `undo:${after.item_id}:${before.undo.at}:${stamp}`, text: `Undone: ${before.undo.label}.` });
    return out;
  }

  const spoke = before.speaker?.speech_id ?? null;
  const speaks = after.speaker?.speech_id ?? null;
  if (spoke !== speaks) {
    out.push(
      after.speaker
        ? { key: `floor:${after.speaker.speech_id}`, text: floorText(after.speaker) }
        : { key: `floor:none:${after.item_id}:${spoke}`, text: 'Nobody has the floor.' },
    );
  } else if (before.speaker && after.speaker && before.speaker.paused !== after.speaker.paused) {
    out.push(
      after.speaker.paused
        ? { key: `pause:${after.speaker.speech_id}:${after.speaker.pauses}`, text: `${after.speaker.name}'s speech paused.` }
        : { key: `resume:${after.speaker.speech_id}:${after.speaker.pauses}`, text: `${after.speaker.name}'s speech resumed.` },
    );
  }

  const was = new Map(before.waiting.map((w) => [w.entry_id, w]));
  const now = new Set(after.waiting.map((w) => w.entry_id));
  for (const w of after.waiting) {
    const old = was.get(w.entry_id);
    if (!old) {
      out.push({
        key: `join:${w.entry_id}`,
        text: `${w.name} joined the stack (${w.kind_label}): place ${w.position} of ${after.waiting.length}${w.prioritized ? ', prioritized' : ''}.`,
      });
    } else if (old.prioritized !== w.prioritized) {
      out.push({
        key: `prio:${w.entry_id}:${stamp}`,
        text: w.prioritized ? `${w.name} prioritized: now place ${w.position}.` : `${w.name} no longer prioritized: now place ${w.position}.`,
      });
    }
  }
  for (const w of before.waiting) {
    // Gone from the queue without taking the floor: withdrawn (or the item ended).
    if (!now.has(w.entry_id) && after.speaker?.entry_id !== w.entry_id) {
      out.push({ key: `gone:${w.entry_id}`, text: `${w.name} left the stack.` });
    }
  }

  if (before.closed !== after.closed) {
    out.push(
      after.closed
        ? { key: `closed:${after.item_id}:${stamp}`, text: 'Stack closed: only process, information and clarifying.' }
        : { key: `reopened:${after.item_id}:${stamp}`, text: 'Stack reopened.' },
    );
  }
  if (before.speaker_limit_seconds !== after.speaker_limit_seconds) {
    out.push({
      key: `limit:${after.item_id}:${stamp}:${after.speaker_limit_seconds}`,
      text: `Time per speaker: ${limitWords(after.speaker_limit_seconds)}.`,
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
      text: `${speaker.name}: ${durationWords(remainingMs ?? 0)} left.`,
    };
  }
  if (level === 'over') {
    return { key: `end:${speaker.speech_id}`, text: `${speaker.name}'s time is up.`, politeness: 'assertive' };
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
    return [{ key: `proj-none:${item}:${after.as_of}`, text: 'Nobody has the floor.' }];
  }
  return [{ key: `floor:${b.speech_id}`, text: `${b.name} has the floor (${b.kind_label}).` }];
}

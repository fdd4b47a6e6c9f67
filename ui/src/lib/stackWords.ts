// The stack's words that more than one screen says, chosen in the UI from codes (the
// stack view, the announcements, the projector): the kinds of an entry, what undo
// would undo. The core's views also carry them in English
// (`kind_label`, `hand_signal`): in English those are shown word for word (the core is
// the reference for English), in another language the catalogue's words: the kinds'
// names are the minutes' (`entry-…`, minutes.ftl), the hand signals stack.ftl's.

import type { EntryKind } from './bindings/EntryKind';
import type { UndoStep } from './bindings/UndoStep';
import { currentLang, t } from './i18n.svelte';

/** "point of process", "to speak", … */
export function kindLabel(kind: EntryKind, core: string): string {
  return currentLang() === 'en' ? core : t(`entry-${kind}`);
}

/** "triangle", "raised hand", … */
export function handSignal(kind: EntryKind, core: string): string {
  return currentLang() === 'en' ? core : t(`stack-signal-${kind}`);
}

const UNDO: Record<string, string> = {
  'stack.add': 'stack-undo-add',
  'stack.next': 'stack-undo-next',
  'stack.withdraw': 'stack-undo-withdraw',
  'stack.prioritize': 'stack-undo-prioritize',
  'stack.unprioritize': 'stack-undo-unprioritize',
  'stack.close': 'stack-undo-close',
  'stack.reopen': 'stack-undo-reopen',
  'stack.pause': 'stack-undo-pause',
  'stack.resume': 'stack-undo-resume',
  'stack.limit': 'stack-undo-limit',
  'meeting.policy': 'stack-undo-policy',
};

/** What undo would undo: the core's words in English ("add Sam (to speak)"), else the action. */
export function undoLabel(step: UndoStep): string {
  const id = UNDO[step.action];
  return currentLang() === 'en' || !id ? step.label : t(id);
}

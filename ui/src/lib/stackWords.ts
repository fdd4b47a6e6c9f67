// A kind of stack entry in words, from its code (the minutes' `entry-…`, minutes.ftl),
// for what the core sends with codes only in the app's language — the projector's view,
// the hands raised from phones, the screen reader's announcements. The stack view's
// own words (kinds, signals, reasons, the policy, why not, undo) come from the core
// already in the app's language (`get_stack`'s `lang`), and are shown as they are.

import type { EntryKind } from './bindings/EntryKind';
import { t } from './i18n.svelte';

/** "point of process", "to speak", … */
export function kindLabel(kind: EntryKind): string {
  return t(`entry-${kind}`);
}

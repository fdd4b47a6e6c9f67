// The stack's words chosen in the UI from the codes the core's views carry (the kind of
// an entry, why it stands there, the floor policy, why a kind is not taken, what undo
// would undo). The core also sends these in English (`kind_label`, `reason.label`, …):
// in English they are shown as the core wrote them, word for word (the core is the
// reference for English); in another language the same is said here from the codes.
// The catalogue: i18n/<lang>/stack.ftl; the kinds' names are the minutes' (`entry-…`).

import type { FloorPolicy } from '../../lib/bindings/FloorPolicy';
import type { KindOption } from '../../lib/bindings/KindOption';
import type { StackView } from '../../lib/bindings/StackView';
import type { WaitingEntry } from '../../lib/bindings/WaitingEntry';
import { currentLang, t } from '../../lib/i18n.svelte';

export { handSignal, kindLabel, undoLabel } from '../../lib/stackWords';

const english = () => currentLang() === 'en';

/** The sub-list a person waits on: the one they chose, else the last (the open list). */
function listOf(policy: FloorPolicy, chosen: string | null): string {
  const lists = policy.alternate;
  const c = chosen?.trim().toLowerCase();
  return lists.find((l) => l.toLowerCase() === c) ?? lists[lists.length - 1] ?? '';
}

/** Why a `speak` entry stands where it does within its queue (order.rs, speak_reason). */
function speakReason(e: WaitingEntry, policy: FloorPolicy): { added: boolean; text: string } {
  const today = t(e.has_spoken ? 'stack-reason-spoken-today' : 'stack-reason-first-time-today');
  if (policy.base === 'fifo' && !policy.first_time_first) return { added: true, text: t('stack-reason-in-order-added') };
  if (policy.base === 'progressive' && e.prioritized) {
    return {
      added: false,
      text: policy.first_time_first ? t('stack-reason-prioritized-and', { why: today }) : t('stack-reason-prioritized'),
    };
  }
  return { added: false, text: today };
}

/** Why the entry stands here: "point of process", "open list's turn", … */
export function reasonLabel(e: WaitingEntry, view: Pick<StackView, 'floor_policy'>): string {
  if (english()) return e.reason.label;
  const policy = view.floor_policy;
  switch (e.reason.code) {
    case 'point-of-process':
    case 'point-of-information':
    case 'clarifying-question':
      return t(`entry-${e.kind}`);
    case 'direct-response':
      return e.responds_to === null
        ? t('entry-direct-response')
        : t('stack-reason-direct-response-to', { name: e.responds_to });
    case 'no-repeat':
      return t('stack-reason-no-repeat');
    case 'over-cap':
      return t('stack-reason-over-cap', { cap: policy.cap ?? 0 });
    case 'list-turn': {
      const list = listOf(policy, e.list);
      const own = speakReason(e, policy);
      return own.added ? t('stack-reason-list-turn', { list }) : t('stack-reason-list-turn-and', { list, why: own.text });
    }
    case 'in-order-added':
      return t('stack-reason-in-order-added');
    default:
      return speakReason(e, policy).text;
  }
}

/** The floor policy in words: "progressive stack; first-time speakers first; …". */
export function policyLabel(view: Pick<StackView, 'floor_policy' | 'policy_label'>): string {
  if (english()) return view.policy_label;
  const p = view.floor_policy;
  const parts = [t(p.base === 'fifo' ? 'policy-fifo' : 'policy-progressive')];
  if (p.first_time_first) parts.push(t('policy-first-time-first'));
  if (p.alternate.length > 0) parts.push(t('policy-alternate', { lists: p.alternate.join(' | ') }));
  if (p.cap !== null) parts.push(t('policy-cap', { n: p.cap }));
  if (p.no_repeat) parts.push(t('policy-no-repeat'));
  return parts.join(t('list-separator'));
}

/** Why the stack does not take a kind now (null: it does). */
export function whyNot(view: StackView, k: KindOption): string | null {
  if (k.why_not === null || english()) return k.why_not;
  if (view.meeting_status === 'closed') return t('stack-why-meeting-closed', { meeting: view.meeting_reference });
  if (!view.writable) return k.why_not; // another assembly's meeting: the core's words
  if (view.closed && (k.kind === 'speak' || k.kind === 'direct-response')) return t('stack-why-stack-closed');
  if (k.kind === 'direct-response' && view.speaker === null) return t('stack-why-nobody-speaking');
  return k.why_not;
}

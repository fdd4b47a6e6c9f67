// Meeting mode's words for the core's codes (kinds and states of items, the meeting's
// state, roles) and its durations, in the active language (i18n/<lang>/meeting.ftl).
// English is exactly what lib/format.ts's tables say.

import type { ItemKind } from '../../lib/bindings/ItemKind';
import type { ItemStatus } from '../../lib/bindings/ItemStatus';
import type { MeetingStatus } from '../../lib/bindings/MeetingStatus';
import type { StackPolicy } from '../../lib/bindings/StackPolicy';
import { dateTimeFormat } from '../../lib/format';
import { currentLang, t } from '../../lib/i18n.svelte';

/** "Process", "Report-back", … (a kind this UI does not know: as the core wrote it). */
export function itemKindWord(kind: ItemKind): string {
  const w = t(`meeting-kind-${kind}`);
  return w === `meeting-kind-${kind}` ? kind : w;
}

/** "Pending", "Active", "Done", "Tabled". */
export function itemStatusWord(status: ItemStatus): string {
  const w = t(`meeting-item-${status}`);
  return w === `meeting-item-${status}` ? status : w;
}

/** "Planned", "Open", "Closed". */
export function meetingStatusWord(status: MeetingStatus): string {
  const w = t(`meeting-status-${status}`);
  return w === `meeting-status-${status}` ? status : w;
}

/** "Progressive stack", "First come, first served" (stack.ftl's option words). */
export function policyWord(policy: StackPolicy): string {
  return t(`stack-policy-${policy}-option`);
}

/** Minutes as people say a length of time: "1 h 35 min", "45 min", "2 h". */
export function minutesWord(total: number): string {
  if (total < 60) return t('meeting-duration-min', { min: total });
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? t('meeting-duration-h', { h }) : t('meeting-duration-h-min', { h, min: m });
}

/** An item named in a sentence: `LDN-GA-39.3 “Kitchen”` (the language's quotes). */
export function itemName(item: { reference: string; title: string }): string {
  return t('meeting-item-name', { reference: item.reference, title: item.title });
}

/** The locale dates and times are written in: the computer's in English (as before
 *  languages), the app's language otherwise. */
const locale = () => {
  const lang = currentLang();
  // Western digits in Arabic too, as the core writes times and references.
  return lang === 'en' ? undefined : lang === 'ar' ? 'ar-u-nu-latn' : lang;
};

/** A calendar date (`YYYY-MM-DD`) as the language writes it, e.g. "sáb, 12 nov 2011". */
export function dateWord(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dateTimeFormat(locale(), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}

/** A UTC timestamp in local time, hours and minutes, as the language writes it. */
export function timeWord(at: string | Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return String(at);
  return dateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(d);
}

/** A role's word ("Facilitator"; the minutes' words): an assembly's own role word as typed. */
export function roleWord(role: string): string {
  const w = t(`role-${role}`, { n: 1 });
  return w === `role-${role}` ? role : w;
}

/** Words other parts of the app own, reused here: a working group's category and
 *  state, a proposal's state (screens.ftl, proposals.ftl). */
export const wgCategoryWord = (c: string) => t(`label-wg-category-${c}`);
export const wgStatusWord = (s: string) => t(`label-wg-status-${s}`);
export const proposalStatusWord = (s: string) => t(`proposal-status-${s}`);

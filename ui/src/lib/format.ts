// Display helpers: human words for the core's kebab-case enums, and dates.
// Presentation only; no rule of the assembly lives here. The tables converted to the
// catalogues (i18n/<lang>/screens.ftl) are made of getters (`words`): a component reading
// `wgStatusLabel[s]` in its markup gets the active language's word and is redrawn when
// the language changes, with the same shape as a plain table.

import { currentLang, t } from './i18n.svelte';
import type { Attendance } from './bindings/Attendance';

import type { ItemKind } from './bindings/ItemKind';
import type { ItemStatus } from './bindings/ItemStatus';
import type { MeetingRole } from './bindings/MeetingRole';
import type { MeetingStatus } from './bindings/MeetingStatus';
import type { ProposalStatus } from './bindings/ProposalStatus';
import type { StackPolicy } from './bindings/StackPolicy';
import type { MeetingFormat } from './bindings/MeetingFormat';
import type { WgCategory } from './bindings/WgCategory';
import type { WgStatus } from './bindings/WgStatus';

export const WG_CATEGORIES: readonly WgCategory[] = ['operational', 'sectorial', 'strategy', 'caucus'];
export const WG_STATUSES: readonly WgStatus[] = ['forming', 'active', 'dormant', 'dissolved'];
/** The roles offered first; any other role word is accepted (the core checks it). */
export const MEETING_ROLES: readonly MeetingRole[] = [
  'facilitator',
  'stack-keeper',
  'timekeeper',
  'minute-taker',
  'vibes-watcher',
];
export const ITEM_KINDS: readonly ItemKind[] = [
  'process',
  'report-back',
  'proposal',
  'discussion',
  'announcement',
  'soapbox',
  'other',
];
export const STACK_POLICIES: readonly StackPolicy[] = ['progressive', 'fifo'];

/** A table of words, each the message `<prefix><key>` of the active language. */
function words<K extends string>(prefix: string, keys: readonly K[]): Record<K, string> {
  const table = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(table, key, { enumerable: true, get: () => t(`${prefix}${key}`) });
  return table;
}

export const categoryLabel = words('label-wg-category-', WG_CATEGORIES);

export const categoryHint = words('label-wg-category-hint-', WG_CATEGORIES);

export const wgStatusLabel = words('label-wg-status-', WG_STATUSES);

export const meetingStatusLabel = words<MeetingStatus>('label-meeting-status-', ['planned', 'open', 'closed']);

/** Words for the usual roles; an assembly's own role words are shown as typed. */
export const roleLabel: Record<MeetingRole, string> = {
  facilitator: 'Facilitator',
  'stack-keeper': 'Stack-keeper',
  timekeeper: 'Timekeeper',
  'minute-taker': 'Minute-taker',
  'vibes-watcher': 'Vibes-watcher',
};

export const itemKindLabel: Record<ItemKind, string> = {
  process: 'Process',
  'report-back': 'Report-back',
  proposal: 'Proposal',
  discussion: 'Discussion',
  announcement: 'Announcements',
  soapbox: 'Soapbox',
  other: 'Other',
};

export const itemStatusLabel: Record<ItemStatus, string> = {
  pending: 'Pending',
  active: 'Active',
  done: 'Done',
  tabled: 'Tabled',
};

export const MEETING_FORMATS: readonly MeetingFormat[] = ['general-assembly', 'spokes-council'];

export const meetingFormatLabel = words('label-format-', MEETING_FORMATS);

export const policyLabel = words('label-policy-', STACK_POLICIES);

export const proposalStatusLabel: Record<ProposalStatus, string> = {
  draft: 'draft',
  submitted: 'submitted',
  'on-agenda': 'on an agenda',
  'in-process': 'in process',
  decided: 'decided',
  tabled: 'tabled',
  withdrawn: 'withdrawn',
  'sent-back': 'sent back',
};

/** Any enum value, with a fallback for a value this UI does not know yet. */
export function label<K extends string>(table: Record<K, string>, value: K): string {
  return table[value] ?? value;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One `Intl.DateTimeFormat` per locale and options, made once: `toLocaleDateString` and
 *  its kin build a new formatter (an ICU one, in WebKit) at every call, and a list shows a
 *  date on every row. `undefined` is the computer's own locale. */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** The locale dates and times are written in: the active language's (in English, the
 *  computer's own English: "Sat 12 Nov 2011" or "Sat, Nov 12, 2011"). */
function locale(): string | undefined {
  const lang = currentLang();
  return lang === 'en' ? undefined : lang;
}

/** A calendar date (`YYYY-MM-DD`) as the person's locale writes it, e.g. "Sat 12 Nov 2011". */
export function formatDate(day: string): string {
  const m = DAY.exec(day);
  if (!m) return day;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dateTimeFormat(locale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(d);
}

/** A UTC timestamp (RFC 3339) in local time, hours and minutes. */
export function formatTime(at: string | Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return String(at);
  return dateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(d);
}

/** A stored time as "HH:MM" on this computer's clock (24-hour): what a time field shows
 *  and sends back. */
export function clockOf(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "1 h 35 min", "45 min". */
export function formatMinutes(total: number): string {
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Today as `YYYY-MM-DD` in local time (the default date of a new meeting). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A GA's attendance as recorded: "55", "50–60", "about 50". */
export function attendanceLabel(a: Attendance): string {
  if (a.up_to !== null) return `${a.count}–${a.up_to}`;
  return a.about ? t('attendance-about', { n: a.count }) : String(a.count);
}

/** The decision rules a new assembly can choose as its default (the core parses them),
 *  each with the message that names it. */
const RULES: readonly [value: string, message: string][] = [
  ['consensus', 'label-rule-consensus'],
  ['modified:90', 'label-rule-modified-90'],
  ['modified:80', 'label-rule-modified-80'],
  ['modified:70', 'label-rule-modified-70'],
  ['supermajority:2/3', 'label-rule-two-thirds'],
  ['supermajority:3/4', 'label-rule-three-quarters'],
  ['majority', 'label-rule-majority'],
];
export const DECISION_RULES: readonly { value: string; label: string }[] = RULES.map(([value, message]) => ({
  value,
  get label() {
    return t(message);
  },
}));

/** An item's status as the minutes word it ("not taken up", "under way", …). */
export const minutesStatusLabel: Record<ItemStatus, string> = {
  pending: 'not taken up',
  active: 'under way',
  done: 'done',
  tabled: 'tabled',
};

/** A running time in seconds as "m:ss" (or "h:mm:ss" from an hour). */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

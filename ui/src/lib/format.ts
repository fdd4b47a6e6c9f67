// Display helpers: human words for the core's kebab-case enums, and dates.
// Presentation only; no rule of the assembly lives here.

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

export const categoryLabel: Record<WgCategory, string> = {
  operational: 'Operational',
  sectorial: 'Sectorial',
  strategy: 'Strategy',
  caucus: 'Caucus',
};

export const categoryHint: Record<WgCategory, string> = {
  operational: 'keeping things running',
  sectorial: 'sectors of social life',
  strategy: 'vision and planning',
  caucus: 'identity-based groups',
};

export const wgStatusLabel: Record<WgStatus, string> = {
  forming: 'Forming',
  active: 'Active',
  dormant: 'Dormant',
  dissolved: 'Dissolved',
};

export const meetingStatusLabel: Record<MeetingStatus, string> = {
  planned: 'Planned',
  open: 'Open',
  closed: 'Closed',
};

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

export const meetingFormatLabel: Record<MeetingFormat, string> = {
  'general-assembly': 'General assembly',
  'spokes-council': 'Spokes council',
};

export const policyLabel: Record<StackPolicy, string> = {
  progressive: 'Progressive stack',
  fifo: 'First come, first served',
};

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

/** A calendar date (`YYYY-MM-DD`) as the person's locale writes it, e.g. "Sat 12 Nov 2011". */
export function formatDate(day: string): string {
  const m = DAY.exec(day);
  if (!m) return day;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** A UTC timestamp (RFC 3339) in local time, hours and minutes. */
export function formatTime(at: string | Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return String(at);
  return d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
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

/** The decision rules a new assembly can choose as its default (the core parses them). */
export const DECISION_RULES: readonly { value: string; label: string }[] = [
  { value: 'consensus', label: 'Consensus (a block stops a proposal)' },
  { value: 'modified:90', label: 'Modified consensus, 90% (New York, Boston)' },
  { value: 'modified:80', label: 'Modified consensus, 80% (Seattle)' },
  { value: 'modified:70', label: 'Modified consensus, 70% (Berkeley)' },
  { value: 'supermajority:2/3', label: 'Two-thirds majority' },
  { value: 'supermajority:3/4', label: 'Three-quarters majority' },
  { value: 'majority', label: 'Simple majority (more than half)' },
];

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

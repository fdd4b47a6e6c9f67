// A GA's timetable as the facilitator sees it: the planned end (the core's, from the
// start time and the agenda's allotted minutes) and, while the GA runs, the projected
// end — now, plus what is left of the item under way, plus the allotted minutes of the
// items still to take up (the core's `pending_minutes`). Display arithmetic on numbers
// the core gives; which items count is the core's.

import type { AgendaItem } from './bindings/AgendaItem';
import type { MeetingDetail } from './bindings/MeetingDetail';

const pad = (n: number) => String(n).padStart(2, '0');

/** A local time as "HH:MM" (24-hour), the way start and end times are written. */
export function hhmm(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The local calendar day of a Date as YYYY-MM-DD. */
function day(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * When the GA is planned to end, as a local Date: the day it was opened (a GA run on
 * another day than planned keeps its timetable), else its date, at `starts_at`, plus
 * the planned minutes. Null without a start time.
 */
export function plannedEndAt(detail: MeetingDetail): Date | null {
  const m = detail.meeting;
  if (!m.starts_at) return null;
  const opened = m.opened_at ? new Date(m.opened_at) : null;
  const on = opened && !Number.isNaN(opened.getTime()) ? day(opened) : m.date;
  const start = new Date(`${on}T${m.starts_at}:00`);
  if (Number.isNaN(start.getTime())) return null;
  return new Date(start.getTime() + detail.planned_minutes * 60_000);
}

/** Milliseconds still allotted to the item under way (0 once it is over its time). */
export function activeLeftMs(active: AgendaItem | null, now: number): number {
  if (!active?.started_at || active.allotted_minutes === null) return 0;
  const started = new Date(active.started_at).getTime();
  if (Number.isNaN(started)) return 0;
  return Math.max(0, active.allotted_minutes * 60_000 - Math.max(0, now - started));
}

/** When the GA will end at this pace: now + the rest of the item under way + pending items. */
export function projectedEndAt(detail: MeetingDetail, now: number): Date {
  const active = detail.agenda.find((i) => i.status === 'active') ?? null;
  return new Date(now + activeLeftMs(active, now) + detail.pending_minutes * 60_000);
}

/** Whole minutes from `a` to `b`, rounded up (a projection one second late is 1 min late). */
export function minutesLate(projected: Date, planned: Date): number {
  return Math.ceil((projected.getTime() - planned.getTime()) / 60_000);
}

// One typed wrapper per Tauri command of the desktop shell (src-tauri).
//
// Command names and argument names must match the Rust side exactly; arguments are
// passed as one object. The UI holds no business rules: it shows what the core
// returns. A failed command rejects with a `CommandError` ({kind, message}); use
// `errorMessage()` to show it to the person.

import { invoke } from '@tauri-apps/api/core';

import type { AgendaCandidates } from './bindings/AgendaCandidates';
import type { AgendaItem } from './bindings/AgendaItem';
import type { Assembly } from './bindings/Assembly';
import type { Dashboard } from './bindings/Dashboard';
import type { Meeting } from './bindings/Meeting';
import type { MeetingDetail } from './bindings/MeetingDetail';
import type { MeetingRole } from './bindings/MeetingRole';
import type { Minutes } from './bindings/Minutes';
import type { NewAgendaItem } from './bindings/NewAgendaItem';
import type { NewMeeting } from './bindings/NewMeeting';
import type { NewWg } from './bindings/NewWg';
import type { OrderOfBusiness } from './bindings/OrderOfBusiness';
import type { Person } from './bindings/Person';
import type { Proposal } from './bindings/Proposal';
import type { ReportBack } from './bindings/ReportBack';
import type { ReportBackInput } from './bindings/ReportBackInput';
import type { RoleHolder } from './bindings/RoleHolder';
import type { WgStatus } from './bindings/WgStatus';
import type { WgStatusChange } from './bindings/WgStatusChange';
import type { WorkingGroup } from './bindings/WorkingGroup';

/** The stable kinds of the core's error type (src-tauri/core/src/error.rs). */
export type ErrorKind =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'not-allowed'
  | 'no-assembly'
  | 'newer-database'
  | 'bundle'
  | 'database'
  | 'io';

/** What a failed command rejects with. */
export interface CommandError {
  kind: ErrorKind | string;
  message: string;
}

export function isCommandError(e: unknown): e is CommandError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { kind?: unknown }).kind === 'string' &&
    typeof (e as { message?: unknown }).message === 'string'
  );
}

/**
 * The text to show a person for a failed command. Core errors carry a human message;
 * Tauri's own failures (unknown command, refused by a capability) reject with a plain
 * string; anything else is turned into text rather than swallowed.
 */
export function errorMessage(e: unknown): string {
  if (isCommandError(e)) return e.message;
  if (typeof e === 'string' && e.trim() !== '') return e;
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') {
    return (e as { message: string }).message;
  }
  return `Something went wrong: ${String(e)}`;
}

// ---- assembly / dashboard -------------------------------------------------------

export const getDashboard = () => invoke<Dashboard>('get_dashboard');

/** First run: creates this installation's assembly. `rule` null means the core's default. */
export const initAssembly = (name: string, code: string, rule: string | null) =>
  invoke<Assembly>('init_assembly', { name, code, rule });

export const listPeople = (prefix: string) => invoke<Person[]>('list_people', { prefix });

// ---- working groups ---------------------------------------------------------------

export const addWg = (input: NewWg) => invoke<WorkingGroup>('add_wg', { input });

export const setWgStatus = (wg: string, status: WgStatus, note: string) =>
  invoke<WorkingGroup>('set_wg_status', { wg, status, note });

export const getWgHistory = (wg: string) => invoke<WgStatusChange[]>('get_wg_history', { wg });

// ---- meetings ---------------------------------------------------------------------

export const newMeeting = (input: NewMeeting) => invoke<Meeting>('new_meeting', { input });

export const getMeeting = (meeting: string) => invoke<MeetingDetail>('get_meeting', { meeting });

export const openMeeting = (meeting: string) => invoke<Meeting>('open_meeting', { meeting });

export const closeMeeting = (meeting: string) => invoke<Meeting>('close_meeting', { meeting });

export const setAttendance = (meeting: string, attendance: number | null) =>
  invoke<Meeting>('set_attendance', { meeting, attendance });

export const assignRole = (meeting: string, role: MeetingRole, name: string) =>
  invoke<RoleHolder[]>('assign_role', { meeting, role, name });

export const unassignRole = (meeting: string, role: MeetingRole, person: string) =>
  invoke<RoleHolder[]>('unassign_role', { meeting, role, person });

// ---- agenda -----------------------------------------------------------------------

export const addAgendaItem = (input: NewAgendaItem) =>
  invoke<AgendaItem>('add_agenda_item', { input });

/** `position` is 1-based. Returns the whole agenda in its new order. */
export const moveAgendaItem = (item: string, position: number) =>
  invoke<AgendaItem[]>('move_agenda_item', { item, position });

export const removeAgendaItem = (item: string) =>
  invoke<AgendaItem[]>('remove_agenda_item', { item });

/** Takes up an item (the meeting must be open); an item that was active is finished. */
export const startItem = (item: string) => invoke<AgendaItem>('start_item', { item });

export const finishItem = (item: string) => invoke<AgendaItem>('finish_item', { item });

export const tableItem = (item: string) => invoke<AgendaItem>('table_item', { item });

export const setItemNotes = (item: string, notes: string) =>
  invoke<AgendaItem>('set_item_notes', { item, notes });

// ---- preparing a GA ---------------------------------------------------------------

export const getAgendaCandidates = () => invoke<AgendaCandidates>('get_agenda_candidates');

/** Fills an empty agenda with the usual order of business. Returns the whole agenda. */
export const addOrderOfBusiness = (meeting: string, plan: OrderOfBusiness) =>
  invoke<AgendaItem[]>('add_order_of_business', { meeting, plan });

// ---- report-backs -----------------------------------------------------------------

export const getReportBack = (item: string) => invoke<ReportBack | null>('get_report_back', { item });

export const recordReportBack = (item: string, input: ReportBackInput) =>
  invoke<ReportBack>('record_report_back', { item, input });

// ---- proposals --------------------------------------------------------------------

export const listProposals = () => invoke<Proposal[]>('list_proposals');

// ---- minutes ----------------------------------------------------------------------

/** The file formats `export_minutes` writes (the core's `MinutesFormat`). */
export type MinutesFormat = 'md' | 'html' | 'csv';

/** The minutes as a structure, for the preview; `redact` replaces people's names. */
export const getMinutes = (meeting: string, redact: boolean) =>
  invoke<Minutes>('get_minutes', { meeting, redact });

/**
 * Renders the minutes and saves them where the person chooses (a native dialog opened
 * by the core). Resolves to the saved file's path, or null when the person cancelled.
 */
export const exportMinutes = (meeting: string, format: MinutesFormat, redact: boolean) =>
  invoke<string | null>('export_minutes', { meeting, format, redact });

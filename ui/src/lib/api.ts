// One typed wrapper per Tauri command of the desktop shell (src-tauri). The transport
// (Tauri IPC in the app, HTTP on a device paired with the room) is ./transport.ts.
//
// Command names and argument names must match the Rust side exactly; arguments are
// passed as one object. The UI holds no business rules: it shows what the core
// returns. A failed command rejects with a `CommandError` ({kind, code, args, message});
// use `errorMessage()` to show it to the person, in the app's language.

import { FluentNumber, type FluentVariable } from '@fluent/bundle';

import { invoke as tauriInvoke } from '@tauri-apps/api/core';
import { inApp, invoke } from './transport';
import { currentLang, hasMessage, t } from './i18n.svelte';
import type { Said } from './bindings/Said';
import type { Inspection } from './bindings/Inspection';

/** `lang`, the app's language, for a command whose answer carries the core's words (a
 *  decision's sentences, the stack's labels, the minutes): the core says them in it, so
 *  the UI shows them as it receives them. English, the commands' default, is not sent. */
function inLang(): { lang?: string } {
  const lang = currentLang();
  return lang === 'en' ? {} : { lang };
}

import type { AgendaCandidates } from './bindings/AgendaCandidates';
import type { ProposalChoices } from './bindings/ProposalChoices';
import type { AgendaItem } from './bindings/AgendaItem';
import type { Announcement } from './bindings/Announcement';
import type { NewAnnouncement } from './bindings/NewAnnouncement';
import type { PersonSummary } from './bindings/PersonSummary';
import type { Forgotten } from './bindings/Forgotten';
import type { Assembly } from './bindings/Assembly';
import type { Dashboard } from './bindings/Dashboard';
import type { Storage } from './bindings/Storage';
import type { Meeting } from './bindings/Meeting';
import type { MeetingDetail } from './bindings/MeetingDetail';
import type { MeetingRole } from './bindings/MeetingRole';
import type { Minutes } from './bindings/Minutes';
import type { NewAgendaItem } from './bindings/NewAgendaItem';
import type { NewMeeting } from './bindings/NewMeeting';
import type { NewWg } from './bindings/NewWg';
import type { OrderOfBusiness } from './bindings/OrderOfBusiness';
import type { Person } from './bindings/Person';
import type { ManualOutcomeInput } from './bindings/ManualOutcomeInput';
import type { Proposal } from './bindings/Proposal';
import type { Rekeyed } from './bindings/Rekeyed';
import type { ReportBack } from './bindings/ReportBack';
import type { ReportBackInput } from './bindings/ReportBackInput';
import type { RoleHolder } from './bindings/RoleHolder';
import type { WgStatus } from './bindings/WgStatus';
import type { WgStatusChange } from './bindings/WgStatusChange';
import type { WgChoice } from './bindings/WgChoice';
import type { WorkingGroup } from './bindings/WorkingGroup';
import type { FolderEvent } from './bindings/FolderEvent';
import type { SearchQuery } from './bindings/SearchQuery';
import type { SearchResults } from './bindings/SearchResults';
import type { Namesake } from './bindings/Namesake';
import type { WgCounterparts } from './bindings/WgCounterparts';
import type { FolderStatus } from './bindings/FolderStatus';
import type { InboxPass } from './bindings/InboxPass';
import type { OutboxWrite } from './bindings/OutboxWrite';
import type { SyncReport } from './bindings/SyncReport';

/** The stable kinds of the core's error type (src-tauri/core/src/error.rs). */
export type ErrorKind =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'not-allowed'
  | 'no-assembly'
  | 'newer-database'
  | 'locked'
  | 'upgrading'
  | 'wrong-passphrase'
  | 'bundle'
  | 'database'
  | 'io';

/** What a failed command rejects with: its kind, the catalogue's message id that words it
 *  (`error-…` in `i18n/<lang>/errors.ftl`; null for an error the core has no id for yet)
 *  with its arguments, and the English (src-tauri/core/src/error.rs). */
export interface CommandError {
  kind: ErrorKind | string;
  code?: string | null;
  args?: Said['args'];
  message: string;
}

/** A message of the core as it crosses (`Said`, src-tauri/core/src/error.rs): its id (null
 *  for words the core has no id for yet), its arguments — a message inside another (a
 *  bundle's "FILE was not imported: WHY") is one of these too, worded in the same
 *  language — and its English. An error is one too, with its kind. */
export type { Said };

export function isCommandError(e: unknown): e is CommandError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { kind?: unknown }).kind === 'string' &&
    typeof (e as { message?: unknown }).message === 'string'
  );
}

/**
 * The text to show a person for a failed command. A core error is worded from its code in
 * the app's language (its English `message` when the catalogue lacks the code); Tauri's
 * own failures (unknown command, refused by a capability) reject with a plain string;
 * anything else is turned into text rather than swallowed.
 */
export function errorMessage(e: unknown): string {
  if (isCommandError(e)) return commandErrorText(e);
  if (typeof e === 'string' && e.trim() !== '') return e;
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') {
    return (e as { message: string }).message;
  }
  return `Something went wrong: ${String(e)}`;
}

/** A core error in the app's language. */
function commandErrorText(e: CommandError): string {
  return saidText(e);
}

/** A message of the core in the app's language (its English when the catalogue lacks its
 *  id). Numbers stay numbers (plural rules) but are written without grouping, as the core
 *  writes them: they are often a GA's number or a year. */
export function saidText(s: { code?: string | null; args?: Said['args']; message: string }): string {
  if (!s.code || !hasMessage(s.code)) return s.message;
  const args: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(s.args ?? {})) {
    if (v === undefined) continue;
    if (typeof v === 'number') args[k] = new FluentNumber(v, { useGrouping: false });
    else if (typeof v === 'object' && v !== null) args[k] = saidText(v);
    else args[k] = String(v);
  }
  return t(s.code, args);
}

// ---- assembly / dashboard -------------------------------------------------------

export const getDashboard = () => invoke<Dashboard>('get_dashboard');

/** First run: creates this installation's assembly. `rule` null means the core's default. */
/** Creates the assembly, the minutes it shares in `lang` (the app's language). */
export const initAssembly = (name: string, code: string, rule: string | null, lang: string = currentLang()) =>
  invoke<Assembly>('init_assembly', { name, code, rule, lang });
/** The language of the minutes the assembly shares in its bundles (Settings). */
export const setMinutesLang = (lang: string) => invoke<Assembly>('set_minutes_lang', { lang });

/** Where this installation keeps its record (database, key, backups) and the version. */
export const getStorage = () => invoke<Storage>('get_storage');

// ---- encryption at rest (docs/security.md) --------------------------------------------

/** Opens the encrypted database; until then every other command is refused ('locked'). */
export const unlock = (passphrase: string) => invoke<null>('unlock', { passphrase });

/** Encrypts the plain database with a new passphrase, typed twice. */
export const setPassphrase = (passphrase: string, again: string) =>
  invoke<Rekeyed>('set_passphrase', { passphrase, again });

/** A new passphrase for the encrypted database: the current one, the new one twice. */
export const changePassphrase = (current: string, passphrase: string, again: string) =>
  invoke<Rekeyed>('change_passphrase', { current, passphrase, again });

/** Decrypts the database (its current passphrase typed again). */
export const removePassphrase = (current: string) => invoke<Rekeyed>('remove_passphrase', { current });

/** First run: fills the empty database with the demo assembly instead of creating one. */
export const openDemo = () => invoke<Assembly>('open_demo');

export const listPeople = (prefix: string) => invoke<Person[]>('list_people', { prefix });

// ---- working groups ---------------------------------------------------------------

export const addWg = (input: NewWg) => invoke<WorkingGroup>('add_wg', { input });

/** `on`: the day of the change, YYYY-MM-DD, for a history dated back; null: today. */
export const setWgStatus = (wg: string, status: WgStatus, note: string, on: string | null = null) =>
  invoke<WorkingGroup>('set_wg_status', { wg, status, note, on });

export const getWgHistory = (wg: string) => invoke<WgStatusChange[]>('get_wg_history', { wg });

/** One working group's page: the group, its latest status changes, its proposals counted. */
/** This assembly's working groups a form offers (not dissolved), by name: read when the form opens. */
export const getWgChoices = () => invoke<WgChoice[]>('get_wg_choices');
export const getWg = (wg: string) => invoke<WgDetail>('get_wg', { wg });

// ---- meetings ---------------------------------------------------------------------

export const newMeeting = (input: NewMeeting) => invoke<Meeting>('new_meeting', { input });

export const getMeeting = (meeting: string) => invoke<MeetingDetail>('get_meeting', { meeting, ...inLang() });

/** `at`: "HH:MM", the time it opened (a write-up; on a closed GA, a correction). Without
 *  it the core takes the clock only for a GA held today. */
export const openMeeting = (meeting: string, at?: string) => invoke<Meeting>('open_meeting', { meeting, at });

/** `at`: "HH:MM", as for `openMeeting`. */
export const closeMeeting = (meeting: string, at?: string) => invoke<Meeting>('close_meeting', { meeting, at });

/** "HH:MM" (24-hour, local time); "" clears it. The core checks the form. */
export const setMeetingStart = (meeting: string, startsAt: string) =>
  invoke<Meeting>('set_meeting_start', { meeting, startsAt });

/** As typed: "55", "50-60", "~50"; "" clears it. The core reads the form. */
export const setAttendance = (meeting: string, attendance: string) =>
  invoke<Meeting>('set_attendance', { meeting, attendance });

/** `from` / `until`: "HH:MM" of a hand-over; for someone already in the role, only the
 *  times given change. */
export const assignRole = (
  meeting: string,
  role: MeetingRole,
  name: string,
  times: { from?: string; until?: string } = {},
) => invoke<RoleHolder[]>('assign_role', { meeting, role, name, ...times });

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
/** `at`: "HH:MM" (a write-up; an item already taken up gets that start time — on a closed
 *  GA, a correction). */
export const startItem = (item: string, at?: string) => invoke<AgendaItem>('start_item', { item, at });

/** `at`: "HH:MM", as for `startItem`. */
export const finishItem = (item: string, at?: string) => invoke<AgendaItem>('finish_item', { item, at });

/** `reason`: why; the core requires it when the item's proposal is tabled with it. */
export const tableItem = (item: string, reason: string | null = null) =>
  invoke<AgendaItem>('table_item', { item, reason });

export const setItemNotes = (item: string, notes: string) =>
  invoke<AgendaItem>('set_item_notes', { item, notes });

// ---- preparing a GA ---------------------------------------------------------------

export const getAgendaCandidates = () => invoke<AgendaCandidates>('get_agenda_candidates');
/** This assembly's proposals that can go on the meeting's agenda, searched by title or reference; bounded. */
export const findAgendaProposals = (meeting: string, query: string) =>
  invoke<ProposalChoices>('find_agenda_proposals', { meeting, query });

/** Fills an empty agenda with the usual order of business. Returns the whole agenda. */
export const addOrderOfBusiness = (meeting: string, plan: OrderOfBusiness) =>
  invoke<AgendaItem[]>('add_order_of_business', { meeting, plan });

// ---- report-backs -----------------------------------------------------------------

export const getReportBack = (item: string) => invoke<ReportBack | null>('get_report_back', { item });

/** Changes only the fields given; blanking a field that holds text needs it in `clear`. */
export const recordReportBack = (item: string, input: Partial<ReportBackInput>) =>
  invoke<ReportBack>('record_report_back', { item, input });

// ---- announcements ----------------------------------------------------------------

export const listAnnouncements = (item: string) =>
  invoke<Announcement[]>('list_announcements', { item });

export const announce = (item: string, input: NewAnnouncement) =>
  invoke<Announcement>('announce', { item, input });

export const removeAnnouncement = (announcement: string) =>
  invoke<Announcement[]>('remove_announcement', { announcement });

// ---- people -----------------------------------------------------------------------


export const renamePerson = (person: string, name: string) =>
  invoke<Person>('rename_person', { person, name });

/** Every record of `person` names `into` instead; `person` is removed. */
export const mergePeople = (person: string, into: string) =>
  invoke<Person>('merge_people', { person, into });

/** Forgets `person` on request: their name becomes "Participant N" everywhere. */
export const forgetPerson = (person: string) => invoke<Forgotten>('forget_person', { person });

// ---- proposals --------------------------------------------------------------------


// proposals — the board, the proposal page and the facilitator's process panel
// (src/views/proposals). A hearing is named by its agenda item (`item`).

import type { AmendInput } from './bindings/AmendInput';
import type { Amendment } from './bindings/Amendment';
import type { AnswerInput } from './bindings/AnswerInput';
import type { Concern } from './bindings/Concern';
import type { Decision } from './bindings/Decision';
import type { DecisionInput } from './bindings/DecisionInput';
import type { DecisionPreview } from './bindings/DecisionPreview';
import type { Hearing } from './bindings/Hearing';
import type { NewConcern } from './bindings/NewConcern';
import type { NewProposal } from './bindings/NewProposal';
import type { NewQuestion } from './bindings/NewQuestion';
import type { ProcessStep } from './bindings/ProcessStep';
import type { ProposalDetail } from './bindings/ProposalDetail';
import type { Question } from './bindings/Question';
import type { TemperatureCheck } from './bindings/TemperatureCheck';
import type { TemperatureInput } from './bindings/TemperatureInput';
import type { VersionDiff } from './bindings/VersionDiff';

/** Versions, amendments (with word diffs), hearings with their steps and allowed moves,
 *  decisions (their sentences in the app's language), … */
export const getProposal = (proposal: string) => invoke<ProposalDetail>('get_proposal', { proposal, ...inLang() });

/** A new proposal, `submitted` — or kept as a draft with `draft: true`. */
export const newProposal = (input: NewProposal, draft: boolean) =>
  invoke<Proposal>('new_proposal', { input, draft });

export const submitProposal = (proposal: string) => invoke<Proposal>('submit_proposal', { proposal });

/** A friendly amendment: the whole text as amended, who offered it, the hearing (if any). */
export const amendProposal = (proposal: string, input: AmendInput) =>
  invoke<Amendment>('amend_proposal', { proposal, input });

/** The proposer's answer to a pending amendment. */
export const decideAmendment = (amendment: string, accepted: boolean) =>
  invoke<Amendment>('decide_amendment', { amendment, accepted });

/** Corrects the recorded answer to an amendment offered at a GA (kept as a correction). */
export const correctAmendment = (amendment: string, accepted: boolean) =>
  invoke<Amendment>('correct_amendment', { amendment, accepted });

export const diffVersions = (proposal: string, from: number, to: number) =>
  invoke<VersionDiff>('diff_versions', { proposal, from, to });

export const getHearing = (item: string) => invoke<Hearing>('get_hearing', { item });

/** `none`: nothing was raised at the step the hearing leaves (the core requires saying so). */
export const advanceStep = (item: string, to: ProcessStep, none = false) =>
  invoke<Hearing>('advance_step', { item, to, none });

export const addQuestion = (item: string, input: NewQuestion) => invoke<Question>('add_question', { item, input });

export const answerQuestion = (question: string, input: AnswerInput) =>
  invoke<Question>('answer_question', { question, input });

export const addConcern = (item: string, input: NewConcern) => invoke<Concern>('add_concern', { item, input });

export const addressConcern = (concern: string, addressed: boolean, response: string) =>
  invoke<Concern>('address_concern', { concern, addressed, response });

export const recordTemperature = (item: string, input: TemperatureInput) =>
  invoke<TemperatureCheck>('record_temperature', { item, input });

// A decision's sentences (what the room counted, why the outcome) come in the app's
// language from every command answering with one, said by the core as the minutes say them.

/** What the decision would be (the core applies the rule); writes nothing. */
export const previewDecision = (input: DecisionInput) =>
  invoke<DecisionPreview>('preview_decision', { input, ...inLang() });

export const recordDecision = (item: string, input: DecisionInput) =>
  invoke<Decision>('record_decision', { item, input, ...inLang() });

/** Replaces a recorded decision's counts; the core recomputes the outcome (kept as a
 *  correction once the GA closed). */
export const correctDecision = (decision: string, input: DecisionInput) =>
  invoke<Decision>('correct_decision', { decision, input, ...inLang() });

export const setDisputed = (decision: string, disputed: boolean, note: string) =>
  invoke<Decision>('set_disputed', { decision, disputed, note, ...inLang() });

/** `item`: the hearing where it happens, if at a GA; `input`: who and why (the reason
 * is required). */
export const withdrawProposal = (proposal: string, item: string | null, input: ManualOutcomeInput) =>
  invoke<Proposal>('withdraw_proposal', { proposal, item, input });

export const sendBackProposal = (proposal: string, item: string | null, input: ManualOutcomeInput) =>
  invoke<Proposal>('send_back_proposal', { proposal, item, input });

export const tableProposal = (proposal: string, item: string | null, input: ManualOutcomeInput) =>
  invoke<Proposal>('table_proposal', { proposal, item, input });

// end of proposals

// ---- minutes ----------------------------------------------------------------------

/** The file formats `export_minutes` writes (the core's `MinutesFormat`). */
export type MinutesFormat = 'md' | 'html' | 'csv';

/**
 * The minutes as a structure, for the preview; `redact` replaces people's names,
 * `speakers` adds the speakers' log of each item (left out when not given). The words
 * the core puts into them (counts, explanations, speech kinds, roles) are in the app's
 * language (English, the command's default, is not sent).
 */
export const getMinutes = (meeting: string, redact: boolean, speakers?: boolean, equity?: boolean) =>
  invoke<Minutes>('get_minutes', { meeting, redact, speakers, equity, ...inLang() });

/**
 * Renders the minutes and saves them where the person chooses (a native dialog opened
 * by the core). Resolves to the paths of the files written (CSV minutes are three files
 * side by side: decisions, `-speakers`, `-agenda`), or null when the person cancelled.
 * The minutes' words are in the app's language (English, the command's default, is not
 * sent).
 */
export const exportMinutes = (
  meeting: string,
  format: MinutesFormat,
  redact: boolean,
  speakers?: boolean,
  equity?: boolean,
) => {
  const lang = currentLang();
  return invoke<string[] | null>('export_minutes', {
    meeting,
    format,
    redact,
    speakers,
    equity,
    lang: lang === 'en' ? undefined : lang,
  });
};

/** Records that the open GA `at` (a later one) approved the minutes of the closed `meeting`. */
export const approveMinutes = (meeting: string, at: string) =>
  invoke<MinutesStatus>('approve_minutes', { meeting, at });

// action items — what someone agreed to do, on the agenda item where it was agreed
// (src/views/meeting/ActionItems.svelte).

import type { ActionItem } from './bindings/ActionItem';
import type { MinutesStatus } from './bindings/MinutesStatus';
import type { NewActionItem } from './bindings/NewActionItem';

export const listActionItems = (item: string) => invoke<ActionItem[]>('list_action_items', { item });

/** `who`: a name (the core creates a person new to the assembly), or null. */
export const addActionItem = (item: string, input: NewActionItem) =>
  invoke<ActionItem>('add_action_item', { item, input });

export const removeActionItem = (action: string) => invoke<null>('remove_action_item', { action });

// end of action items

// stack — the stack-keeper's view (src/views/stack). Every mutating command returns the
// new stack view of the item; the UI shows it as is (order, reasons, labels).

import type { EntryKind } from './bindings/EntryKind';
import type { Airtime } from './bindings/Airtime';
import type { SpeakingStats } from './bindings/SpeakingStats';
import type { StackView } from './bindings/StackView';

// The stack view's words (kinds, signals, reasons, the policy, why not, undo) come in
// the app's language: `get_stack` and every action answering with the view take it.
export const getStack = (item: string) => invoke<StackView>('get_stack', { item, ...inLang() });

/**
 * Puts `name` on the item's stack (the core creates a person new to the assembly);
 * `list`: the sub-list the person chose for the meeting (alternating lists).
 */
export const stackAdd = (item: string, name: string, kind: EntryKind, prioritize: boolean, list: string | null = null) =>
  invoke<StackView>('stack_add', { item, name, kind, prioritize, list, ...inLang() });

/** Sets the floor policy of the item's meeting (as written: `fifo,alternate:women|open`), with the reason. */
export const setFloorPolicy = (item: string, policy: string, reason: string) =>
  invoke<StackView>('set_floor_policy', { item, policy, reason, ...inLang() });

/** Ends the speech under way (if any) and gives the floor to the first waiting entry. */
export const stackNext = (item: string) => invoke<StackView>('stack_next', { item, ...inLang() });

export const stackUndo = (item: string) => invoke<StackView>('stack_undo', { item, ...inLang() });

export const stackWithdraw = (entry: string) => invoke<StackView>('stack_withdraw', { entry, ...inLang() });

export const stackPrioritize = (entry: string, prioritized: boolean) =>
  invoke<StackView>('stack_prioritize', { entry, prioritized, ...inLang() });

export const stackClose = (item: string) => invoke<StackView>('stack_close', { item, ...inLang() });

export const stackReopen = (item: string) => invoke<StackView>('stack_reopen', { item, ...inLang() });

export const stackPause = (item: string) => invoke<StackView>('stack_pause', { item, ...inLang() });

export const stackResume = (item: string) => invoke<StackView>('stack_resume', { item, ...inLang() });

/** `seconds: null` removes the per-speaker limit. */
export const setSpeakerLimit = (item: string, seconds: number | null) =>
  invoke<StackView>('set_speaker_limit', { item, seconds, ...inLang() });

export const getSpeakingStats = (meeting: string) =>
  invoke<SpeakingStats>('get_speaking_stats', { meeting, ...inLang() });

/** Airtime equity of the meeting, or (with `item`) of one item: shares, sub-lists, Gini over everyone present. */
export const getAirtime = (meeting: string, item: string | null = null) => invoke<Airtime>('get_airtime', { meeting, item });

// Hands raised from phones in the room: the stack-keeper accepts one into the stack of
// the item under way (with the kind asked for) or declines it.

import type { PendingHands } from './bindings/PendingHands';

export const getPendingHands = (meeting: string) => invoke<PendingHands>('get_pending_hands', { meeting, ...inLang() });

/** Answers with the stack the hand went onto. */
export const acceptHand = (hand: string) => invoke<StackView>('accept_hand', { hand, ...inLang() });

/** Answers with the requests still pending. */
export const declineHand = (hand: string) => invoke<PendingHands>('decline_hand', { hand, ...inLang() });

/** On a team device paired with the room: the room's meeting (the room says which). */
export const getRoomMeeting = () => invoke<MeetingDetail>('get_meeting', { ...inLang() });

// The room: the app serves a meeting to the GA's devices (the core's room::server).
// Opening, closing, codes and sessions are the main window's; the projector may only
// read the link (the QR code) of the meeting it shows.

import type { Role } from './bindings/Role';
import type { RoomLink } from './bindings/RoomLink';
import type { RoomStatus } from './bindings/RoomStatus';

/** Starts serving the meeting (with a stack-keeper's pairing code ready). */
export const openRoom = (meeting: string) => invoke<RoomStatus>('open_room', { meeting });
export const closeRoom = () => invoke<null>('close_room');
/** The open room, or null. */
export const getRoom = () => invoke<RoomStatus | null>('get_room');
/** The open room's link when it serves this meeting, or null. */
export const getRoomLink = (meeting: string) => invoke<RoomLink | null>('get_room_link', { meeting });
export const newPairingCode = (role: Role) => invoke<RoomStatus>('new_pairing_code', { role });
export const revokeRoomSession = (session: string) => invoke<RoomStatus>('revoke_room_session', { session });
/** Tells the core the window's language, which the room's participants' page speaks (main
 *  window only). Sent beside the transport's read-ahead: it changes no record, so the
 *  answers read ahead for the first screen stay good. */
export const setAppLanguage = (lang: string) => tauriInvoke<null>('set_app_language', { lang });

// end of stack

// projector — the big-screen window (src/views/projector). The projector window's
// capability grants `get_projector_view` only; `open_projector` is called from the main
// window. Tauri passes command arguments in camelCase (`full_names` → `fullNames`).

import type { ProjectorView } from './bindings/ProjectorView';

/** What the big screen shows now (read-only). Names are first names unless `fullNames`. */
export const getProjectorView = (meeting: string, fullNames?: boolean, equity?: boolean) =>
  invoke<ProjectorView>('get_projector_view', { meeting, fullNames, equity, ...inLang() });

/** Opens the projector window on a meeting, or brings it forward and shows this meeting;
 *  `equity`: with the meeting's airtime equity (aggregates only). */
export const openProjector = (meeting: string, equity = false) =>
  invoke<null>('open_projector', { meeting, equity });

// end of projector

// spokes council (ga-process.md, "Spokes council"): each WG's spoke, consult breaks and
// decisions by one voice per WG. The commands that change the council return its view.

import type { Council } from './bindings/Council';
import type { CouncilDecisionInput } from './bindings/CouncilDecisionInput';

export const getCouncil = (meeting: string) => invoke<Council>('get_council', { meeting });

/** `name` becomes WG `wg`'s spoke (a new spoke for a WG ends the previous one's turn). */
export const setSpoke = (meeting: string, wg: string, name: string) =>
  invoke<Council>('set_spoke', { meeting, wg, name });

/** The spoke `by` calls a consult break of `minutes`. */
export const callConsultBreak = (meeting: string, by: string, minutes: number) =>
  invoke<Council>('call_consult_break', { meeting, by, minutes });

export const endConsultBreak = (meeting: string) => invoke<Council>('end_consult_break', { meeting });

export const previewCouncilDecision = (input: CouncilDecisionInput) =>
  invoke<DecisionPreview>('preview_council_decision', { input, ...inLang() });

export const recordCouncilDecision = (item: string, input: CouncilDecisionInput) =>
  invoke<Decision>('record_council_decision', { item, input, ...inLang() });

// end of spokes council

// federation — bundles between assemblies (src/views/federation). The core opens the
// native open / save dialogs itself: the webview never names a file.

import type { ExportOptions } from './bindings/ExportOptions';
import type { ExportSummary } from './bindings/ExportSummary';
import type { FederationSummary } from './bindings/FederationSummary';
import type { ImportPreview } from './bindings/ImportPreview';
import type { ImportReport } from './bindings/ImportReport';
import type { ReceivedBundle } from './bindings/ReceivedBundle';
import type { ImportUndone } from './bindings/ImportUndone';

/** The assemblies known here, each with its counts, latest bundle and latest decisions. */
export const getFederation = () => invoke<FederationSummary>('get_federation');

/**
 * Asks for a bundle (native open dialog, titled in the app's language), checks it and says what importing it would do;
 * the file is kept under `token` for `importBundle`. Null when the person cancelled. With `dropped`, the
 * bundle just dropped on the window (`file-drop`), without a dialog.
 */
export const previewImport = (dropped = false) =>
  invoke<ImportPreview | null>('preview_import', dropped ? { ...inLang(), dropped } : inLang());

/** Imports the bundle previewed under `token` (once). */
export const importBundle = (token: string) => invoke<ImportReport>('import_bundle', { token });

/**
 * Asks where to save (native save dialog, titled in the app's language), then writes the bundle. No meetings and no
 * date: the whole assembly. Null when the person cancelled.
 */
export const exportBundle = (options: ExportOptions) =>
  invoke<ExportSummary | null>('export_bundle', { options, ...inLang() });

/** A local `submitted` copy of another assembly's proposal, linked by `derived_from`. */
export const adoptProposal = (proposal: string) => invoke<Proposal>('adopt_proposal', { proposal });

/**
 * Asks where to save (native save dialog, titled in the app's language), then writes the received bundle exactly as it
 * came (its maker's signature still holds). The path written, or null when cancelled.
 */
export const passOnBundle = (bundle: string) => invoke<string | null>('pass_on_bundle', { bundle, ...inLang() });
/** Takes a received bundle's import back whole; the bundle is no longer kept (it can be imported again). */
export const undoImport = (bundle: string) => invoke<ImportUndone>('undo_import', { bundle });

// end of federation

// ---- lists, a page at a time (src-tauri/src/commands/lists.rs) ----------------------
// Each takes the list's filter (fields left out: no filter) and a page request (`after`:
// the `next` cursor of the previous page; `limit`), and returns a Page: items, total, next.

import type { FederatedDecision } from './bindings/FederatedDecision';
import type { FederatedProposal } from './bindings/FederatedProposal';
import type { FederatedWg } from './bindings/FederatedWg';
import type { MeetingFilter } from './bindings/MeetingFilter';
import type { OriginFilter } from './bindings/OriginFilter';
import type { Page } from './bindings/Page';
import type { PeopleFilter } from './bindings/PeopleFilter';
import type { PageRequest } from './bindings/PageRequest';
import type { ProposalCounts } from './bindings/ProposalCounts';
import type { ProposalFilter } from './bindings/ProposalFilter';
import type { ProposalSummary } from './bindings/ProposalSummary';
import type { WgFilter } from './bindings/WgFilter';
import type { WgDetail } from './bindings/WgDetail';
import type { WgReportBack } from './bindings/WgReportBack';

export type PageAsk = Partial<PageRequest>;

/** This assembly's GAs, newest first. */
/** A page of the assembly's people by name (the People screen); `search`: names containing it. */
export const pagePeople = (filter: Partial<PeopleFilter>, page: PageAsk) =>
  invoke<Page<PersonSummary>>('page_people', { filter, page });
export const pageMeetings = (filter: Partial<MeetingFilter>, page: PageAsk) =>
  invoke<Page<Meeting>>('page_meetings', { filter, page });

/** Working groups known here, by name. */
export const pageWgs = (filter: Partial<WgFilter>, page: PageAsk) =>
  invoke<Page<WorkingGroup>>('page_wgs', { filter, page });

/** A working group's report-backs, newest GA first. */
export const pageWgReportBacks = (wg: string, page: PageAsk) =>
  invoke<Page<WgReportBack>>('page_wg_report_backs', { wg, page });

/** Proposals known here, newest first, as the board lists them (no text). */
export const pageProposals = (filter: Partial<ProposalFilter>, page: PageAsk) =>
  invoke<Page<ProposalSummary>>('page_proposals', { filter, page });

/** Proposals per status and the years that have any (the board's filters). */
export const getProposalCounts = (filter: Partial<ProposalFilter>) =>
  invoke<ProposalCounts>('get_proposal_counts', { filter });

/** One proposal with its origin and adoptions. */
export const getFederatedProposal = (proposal: string) =>
  invoke<FederatedProposal>('get_federated_proposal', { proposal });

export const pageFederatedWgs = (filter: Partial<OriginFilter>, page: PageAsk) =>
  invoke<Page<FederatedWg>>('page_federated_wgs', { filter, page });

export const pageFederatedProposals = (filter: Partial<ProposalFilter>, page: PageAsk) =>
  invoke<Page<FederatedProposal>>('page_federated_proposals', { filter, page });

/** Decisions known here, newest first (their sentences in the app's language). */
export const pageDecisions = (filter: Partial<OriginFilter>, page: PageAsk) =>
  invoke<Page<FederatedDecision>>('page_decisions', { filter, page, ...inLang() });

/** The bundles received here, newest first (kept byte for byte, to be passed on). */
export const pageReceivedBundles = (filter: Partial<OriginFilter>, page: PageAsk) =>
  invoke<Page<ReceivedBundle>>('page_received_bundles', { filter, page });

// --- Search across every assembly, namesakes (commands/search.rs) --------------------

/** One page of hits, best first (the command palette, Ctrl+K). */
export const search = (query: Partial<SearchQuery> & { text: string }) =>
  invoke<SearchResults>('search', { query });

/** The WGs of other assemblies that work on the same things (at most 5). */
export const getWgNamesakes = (wg: string) => invoke<Namesake[]>('get_wg_namesakes', { wg });

/** Similar proposals of other assemblies and what became of them (at most 5). */
export const getProposalNamesakes = (proposal: string) =>
  invoke<Namesake[]>('get_proposal_namesakes', { proposal });

/** Who works on what: WGs known here, each with up to 3 counterparts elsewhere. */
export const pageWhoWorksOnWhat = (filter: Partial<OriginFilter>, page: PageAsk) =>
  invoke<Page<WgCounterparts>>('page_who_works_on_what', { filter, page });

// --- Federation through a shared folder (commands/folders.rs) ------------------------

/** The inbox and outbox, the keys waiting for approval, the files left alone. */
export const getFederationFolders = () => invoke<FolderStatus>('get_federation_folders');

/** Chooses the two folders (paths on this computer; the core checks they exist). */
export const setFederationFolders = (inbox: string, outbox: string) =>
  invoke<FolderStatus>('set_federation_folders', { inbox, outbox });

/** Looks through the inbox and writes the outbox, now. */
export const syncFederationFolders = () => invoke<SyncReport>('sync_federation_folders');

/** A bundle of what changed since the last one, into the outbox (nothing if nothing did). */
export const writeOutboxNow = () => invoke<OutboxWrite>('write_outbox_now');

/** Approves a waiting key by its fingerprint: its bundles are imported. */
export const approveFederationKey = (fingerprint: string) =>
  invoke<InboxPass>('approve_federation_key', { fingerprint });

/**
 * Calls `on` with each payload of the app's event `name`; resolves to the function that
 * stops listening. Outside the app (the room's pages) no such event comes: nothing to
 * listen to.
 */
async function listenApp<T>(name: string, on: (payload: T) => void): Promise<() => void> {
  if (!inApp()) return () => {};
  const { listen } = await import('@tauri-apps/api/event');
  let unlisten: () => void;
  try {
    unlisten = await listen<T>(name, (e) => on(e.payload));
  } catch {
    // No event plugin (the UI tests once their mocks are cleared): nothing will come.
    return () => {};
  }
  return () => {
    // Once the UI tests' mocks are cleared there is no event plugin left to unlisten from.
    const plugin = (window as { __TAURI_EVENT_PLUGIN_INTERNALS__?: { unregisterListener?: unknown } })
      .__TAURI_EVENT_PLUGIN_INTERNALS__;
    if (typeof plugin?.unregisterListener === 'function') unlisten();
  };
}

/** What the app's folder watcher did (the `federation-folders` event). */
export const listenFolderEvents = (on: (event: FolderEvent) => void) => listenApp('federation-folders', on);

/** The bundle file being checked for a preview (`import-checking`, src-tauri/src/commands/bundle.rs),
 *  with the first glance at it: what its signed manifest says (`checked` false), or null when
 *  even that could not be read (the preview's answer says why). */
export type ImportChecking = { file_name: string; bytes: number; glance: Inspection | null };

/** Which file `preview_import` is checking, once the person has chosen it, and what it holds
 *  (the dry run of a ten-year bundle takes seconds). */
export const listenImportChecking = (on: (file: ImportChecking) => void) => listenApp('import-checking', on);

/** A drag of files over the main window and what a drop gave (`file-drop`,
 *  src-tauri/src/file_drop.rs): the shell keeps a dropped bundle's path and says only its
 *  name; `previewImport(true)` previews it. Several files, or a file that is not a
 *  `.plenary` bundle, are refused by the shell with nothing read. */
export type FileDropEvent =
  | { kind: 'over' }
  | { kind: 'left' }
  | { kind: 'dropped'; file_name: string }
  | { kind: 'refused'; reason: 'several-files' | 'not-a-bundle'; file_name: string | null };

export const listenFileDrop = (on: (event: FileDropEvent) => void) => listenApp('file-drop', on);

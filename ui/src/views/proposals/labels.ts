// Words and badge colours for the proposal views (presentation only: which step comes
// next, what may be recorded and what an outcome is are the core's to say).

import type { AmendmentStatus } from '../../lib/bindings/AmendmentStatus';
import type { HearingAction } from '../../lib/bindings/HearingAction';
import type { Outcome } from '../../lib/bindings/Outcome';
import type { ProcessStep } from '../../lib/bindings/ProcessStep';
import type { ProposalAction } from '../../lib/bindings/ProposalAction';
import type { ProposalStatus } from '../../lib/bindings/ProposalStatus';
import type { Actor } from '../../lib/bindings/Actor';
import type { Tone } from '../../lib/tones';

/** The order of the board's groups. */
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  'draft',
  'submitted',
  'on-agenda',
  'in-process',
  'decided',
  'tabled',
  'withdrawn',
  'sent-back',
];

export const statusHeading: Record<ProposalStatus, string> = {
  draft: 'Drafts',
  submitted: 'Submitted',
  'on-agenda': 'On an agenda',
  'in-process': 'In process',
  decided: 'Decided',
  tabled: 'Tabled',
  withdrawn: 'Withdrawn',
  'sent-back': 'Sent back',
};

export const proposalStatusTone: Record<ProposalStatus, Tone> = {
  draft: 'grey',
  submitted: 'blue',
  'on-agenda': 'blue',
  'in-process': 'amber',
  decided: 'green',
  tabled: 'amber',
  withdrawn: 'grey',
  'sent-back': 'grey',
};

export const stepLabel: Record<ProcessStep, string> = {
  'not-started': 'Not started',
  present: 'Present',
  'clarifying-questions': 'Clarifying questions',
  concerns: 'Concerns & friendly amendments',
  'temperature-check': 'Temperature check',
  'call-for-consensus': 'Call for consensus',
  vote: 'Vote',
  outcome: 'Outcome',
};

/** The step's name on the track (room is short there). */
export const stepShort: Record<ProcessStep, string> = {
  ...stepLabel,
  concerns: 'Concerns & amendments',
};

/** What happens at each step (said under the track for the current one). */
export const stepHint: Record<ProcessStep, string> = {
  'not-started': 'The process has not begun.',
  present: 'The proposer reads the text.',
  'clarifying-questions': 'Questions, answered by the proposer.',
  concerns: 'Concerns; friendly amendments the proposer accepts or not.',
  'temperature-check': 'Optional, non-binding: twinkles up, sideways, down.',
  'call-for-consensus': 'Support, stand-asides and blocks.',
  vote: 'Support and against, when blocks stand.',
  outcome: 'Recorded with the rule and the counts.',
};

export const outcomeLabel: Record<Outcome, string> = {
  consensus: 'Consensus',
  passed: 'Passed',
  blocked: 'Blocked',
  failed: 'Failed',
  tabled: 'Tabled',
  withdrawn: 'Withdrawn',
  'sent-back': 'Sent back',
};

export const outcomeTone: Record<Outcome, Tone> = {
  consensus: 'green',
  passed: 'green',
  blocked: 'red',
  failed: 'red',
  tabled: 'amber',
  withdrawn: 'grey',
  'sent-back': 'grey',
};

export const amendmentStatusLabel: Record<AmendmentStatus, string> = {
  pending: 'waiting for the proposer',
  accepted: 'accepted',
  rejected: 'rejected',
};

export const amendmentStatusTone: Record<AmendmentStatus, Tone> = {
  pending: 'amber',
  accepted: 'green',
  rejected: 'grey',
};

/** The outcomes recorded by hand (at a hearing, or for the proposal as a whole). */
export type ManualMove = 'table' | 'withdraw' | 'send-back';

export const manualMoveLabel: Record<ManualMove, string> = {
  table: 'Table',
  withdraw: 'Withdraw',
  'send-back': 'Send back to the working group',
};

export const manualMoveHint: Record<ManualMove, string> = {
  table: 'Defer it: it can be heard again at a later GA.',
  withdraw: 'The proposer withdraws it.',
  'send-back': 'Its working group reworks it.',
};

export const manualMoveDone: Record<ManualMove, string> = {
  table: 'tabled',
  withdraw: 'withdrawn',
  'send-back': 'sent back',
};

export function isManualMove(a: HearingAction | ProposalAction): a is ManualMove {
  return a === 'table' || a === 'withdraw' || a === 'send-back';
}

export const actorLabel: Record<Actor, string> = {
  facilitator: 'the facilitator',
  'stack-keeper': 'the stack-keeper',
  timekeeper: 'the timekeeper',
  'minute-taker': 'the minute-taker',
  participant: 'a participant in the room',
  cli: 'the command line',
  demo: 'the demo',
  import: 'an import',
};

/** "3 stand-asides", "1 block". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A timestamp as date and time in the person's locale. */
export function formatWhen(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return d.toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

// Words and badge colours for the proposal views (presentation only: which step comes
// next, what may be recorded and what an outcome is are the core's to say). The words
// are messages of `i18n/<lang>/proposals.ftl` (read in the active language each time a
// table is read, so a change of language redraws them).

import type { AmendmentStatus } from '../../lib/bindings/AmendmentStatus';
import type { HearingAction } from '../../lib/bindings/HearingAction';
import type { Outcome } from '../../lib/bindings/Outcome';
import type { ProcessStep } from '../../lib/bindings/ProcessStep';
import type { ProposalAction } from '../../lib/bindings/ProposalAction';
import type { ProposalStatus } from '../../lib/bindings/ProposalStatus';
import type { Actor } from '../../lib/bindings/Actor';
import type { Tone } from '../../lib/tones';
import { FluentNumber } from '@fluent/bundle';
import { dateTimeFormat } from '../../lib/format';
import { currentLang, t } from '../../lib/i18n.svelte';

/** A table of words by code whose entries are messages, read in the active language. */
function words<K extends string>(ids: Record<K, string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(ids) as K[]) {
    Object.defineProperty(out, k, { get: () => t(ids[k]), enumerable: true });
  }
  return out;
}

/** A table whose message ids are `prefix` followed by the code. */
function byCode<K extends string>(prefix: string, codes: readonly K[]): Record<K, string> {
  return words(Object.fromEntries(codes.map((c) => [c, `${prefix}${c}`])) as Record<K, string>);
}

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

export const statusHeading: Record<ProposalStatus, string> = byCode('proposal-group-', PROPOSAL_STATUSES);

/** The usual rules, in words (another rule is shown as written). */
const RULE_WORDS: Record<string, string> = {
  consensus: 'proposal-rule-consensus',
  'modified:90': 'proposal-rule-modified-90',
  'modified:80': 'proposal-rule-modified-80',
  'modified:70': 'proposal-rule-modified-70',
  'supermajority:2/3': 'proposal-rule-supermajority-2-3',
  'supermajority:3/4': 'proposal-rule-supermajority-3-4',
  majority: 'proposal-rule-majority',
};

/** A decision rule in words ("Two-thirds majority"). */
export function ruleWords(rule: string): string {
  const id = RULE_WORDS[rule];
  return id ? t(id) : rule;
}

/** A working group's voice in a spokes council ("stand-aside": the minutes' words). */
export const voiceWords: Record<'for' | 'against' | 'stand-aside' | 'block', string> = byCode('voice-', [
  'for',
  'against',
  'stand-aside',
  'block',
]);

/** A GA's status beside its date ("open"). */
export const meetingStatusWords: Record<'planned' | 'open' | 'closed', string> = byCode('proposal-meeting-status-', [
  'planned',
  'open',
  'closed',
]);

/** An agenda item's status ("Pending"). */
export const itemStatusWords: Record<'pending' | 'active' | 'done' | 'tabled', string> = byCode('proposal-item-status-', [
  'pending',
  'active',
  'done',
  'tabled',
]);

/** A proposal's status in a sentence or badge ("on an agenda"). */
export const proposalStatusWords: Record<ProposalStatus, string> = byCode('proposal-status-', PROPOSAL_STATUSES);

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

const STEPS: readonly ProcessStep[] = [
  'not-started',
  'present',
  'clarifying-questions',
  'concerns',
  'temperature-check',
  'call-for-consensus',
  'vote',
  'outcome',
];

export const stepLabel: Record<ProcessStep, string> = byCode('proposal-step-', STEPS);

/** The step's name on the track (room is short there). */
export const stepShort: Record<ProcessStep, string> = words({
  ...(Object.fromEntries(STEPS.map((c) => [c, `proposal-step-${c}`])) as Record<ProcessStep, string>),
  concerns: 'proposal-step-short-concerns',
});

/** What happens at each step (said under the track for the current one). */
export const stepHint: Record<ProcessStep, string> = byCode('proposal-step-hint-', STEPS);

const OUTCOMES: readonly Outcome[] = ['consensus', 'passed', 'blocked', 'failed', 'tabled', 'withdrawn', 'sent-back'];

export const outcomeLabel: Record<Outcome, string> = byCode('proposal-outcome-', OUTCOMES);

export const outcomeTone: Record<Outcome, Tone> = {
  consensus: 'green',
  passed: 'green',
  blocked: 'red',
  failed: 'red',
  tabled: 'amber',
  withdrawn: 'grey',
  'sent-back': 'grey',
};

export const amendmentStatusLabel: Record<AmendmentStatus, string> = byCode('proposal-amendment-status-', [
  'pending',
  'accepted',
  'rejected',
]);

export const amendmentStatusTone: Record<AmendmentStatus, Tone> = {
  pending: 'amber',
  accepted: 'green',
  rejected: 'grey',
};

/** The outcomes recorded by hand (at a hearing, or for the proposal as a whole). */
export type ManualMove = 'table' | 'withdraw' | 'send-back';

const MOVES: readonly ManualMove[] = ['table', 'withdraw', 'send-back'];

export const manualMoveLabel: Record<ManualMove, string> = byCode('proposal-move-', MOVES);

export const manualMoveHint: Record<ManualMove, string> = byCode('proposal-move-hint-', MOVES);

export const manualMoveDone: Record<ManualMove, string> = byCode('proposal-move-done-', MOVES);

export function isManualMove(a: HearingAction | ProposalAction): a is ManualMove {
  return a === 'table' || a === 'withdraw' || a === 'send-back';
}

export const actorLabel: Record<Actor, string> = byCode('proposal-actor-', [
  'facilitator',
  'stack-keeper',
  'timekeeper',
  'minute-taker',
  'participant',
  'cli',
  'demo',
  'import',
]);

/** "3 participants", in the active language (Latin digits, as the exported minutes write counts). */
export function participants(n: number): string {
  return t('proposal-participants', { n: new FluentNumber(n, { numberingSystem: 'latn' }) });
}

/** A timestamp as date and time in the person's locale. */
export function formatWhen(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return dateTimeFormat(currentLang(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

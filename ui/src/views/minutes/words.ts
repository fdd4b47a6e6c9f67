// Words for the minutes document (presentation only: the core decides outcomes and
// gives its own explanation; these only turn its codes into words, with the code itself
// as the fallback for anything this UI does not know yet).

import type { MinutesStatus } from '../../lib/bindings/MinutesStatus';

const OUTCOMES: Record<string, string> = {
  consensus: 'Consensus',
  passed: 'Passed',
  blocked: 'Blocked',
  failed: 'Not passed',
  tabled: 'Tabled',
  withdrawn: 'Withdrawn',
  'sent-back': 'Sent back to the working group',
};

/** "Blocked", "Consensus", … */
export function outcomeWords(outcome: string): string {
  return OUTCOMES[outcome] ?? outcome;
}

/** "consensus", "modified consensus at 90%", "a 2/3 supermajority", "simple majority". */
export function ruleWords(rule: string): string {
  if (rule === 'consensus') return 'consensus';
  if (rule === 'majority') return 'simple majority';
  const modified = /^modified:(\d+)$/.exec(rule);
  if (modified) return `modified consensus at ${modified[1]}%`;
  const sup = /^supermajority:(\d+\/\d+)$/.exec(rule);
  if (sup) return `a ${sup[1]} supermajority`;
  return rule;
}

const AMENDMENTS: Record<string, string> = {
  accepted: 'accepted by the proposer',
  rejected: 'not accepted by the proposer',
  pending: "awaiting the proposer's answer",
};

export function amendmentWords(status: string, version: number | null): string {
  const words = AMENDMENTS[status] ?? status;
  return status === 'accepted' && version !== null ? `${words} (version ${version})` : words;
}

const ACTORS: Record<string, string> = {
  facilitator: 'the facilitator',
  'stack-keeper': 'the stack-keeper',
  timekeeper: 'the timekeeper',
  'minute-taker': 'the minute-taker',
  cli: 'the command line',
  demo: 'the demo',
  import: 'an import',
};

/** Who entered a decision: "the facilitator", "the minute-taker", … */
export function enteredByWords(actor: string): string {
  return ACTORS[actor] ?? actor;
}

/** "1 min 05 s", "45 s" (as the exported minutes write it). */
export function seconds(total: number): string {
  if (total < 60) return `${total} s`;
  return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s`;
}

/** "Draft (not yet approved)" or "Approved at RIV-GA-4". */
export function statusWords(status: MinutesStatus): string {
  return status.status === 'approved' ? `Approved at ${status.in_reference}` : 'Draft (not yet approved)';
}

/** Where the facilitator passed over a step saying nothing was raised there (the core's
 * `no_questions` / `no_concerns`): the same sentences as the exported minutes. */
export const NO_QUESTIONS = 'No clarifying questions were asked.';
export const NO_CONCERNS = 'No concerns were raised.';
export const NO_AMENDMENTS = 'No friendly amendments were offered.';

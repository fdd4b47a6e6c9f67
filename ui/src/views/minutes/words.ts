// Words for the minutes document (presentation only: the core decides outcomes and
// gives its own explanation; these only turn its codes into words, with the code itself
// as the fallback for anything this UI does not know yet). The words are messages of
// `i18n/<lang>/minutes-view.ftl`, and the exported minutes' own (`minutes.ftl`) where the
// preview says the same thing.

import type { MinutesStatus } from '../../lib/bindings/MinutesStatus';
import { t } from '../../lib/i18n.svelte';

const OUTCOMES = new Set(['consensus', 'passed', 'blocked', 'failed', 'tabled', 'withdrawn', 'sent-back']);

/** "Blocked", "Consensus", … */
export function outcomeWords(outcome: string): string {
  return OUTCOMES.has(outcome) ? t(`minutes-view-outcome-${outcome}`) : outcome;
}

/** "consensus", "modified consensus at 90%", "a 2/3 supermajority", "simple majority". */
export function ruleWords(rule: string): string {
  if (rule === 'consensus') return t('minutes-view-rule-consensus');
  if (rule === 'majority') return t('minutes-view-rule-majority');
  const modified = /^modified:(\d+)$/.exec(rule);
  if (modified) return t('minutes-view-rule-modified', { percent: t('percent', { n: modified[1] }) });
  const sup = /^supermajority:(\d+\/\d+)$/.exec(rule);
  if (sup) return t('minutes-view-rule-supermajority', { share: sup[1] });
  return rule;
}

const AMENDMENTS = new Set(['accepted', 'rejected', 'pending']);

/** "accepted by the proposer (version 2)": the exported minutes' words. */
export function amendmentWords(status: string, version: number | null): string {
  if (status === 'accepted' && version !== null) return t('amendment-accepted-version', { version: String(version) });
  return AMENDMENTS.has(status) ? t(`amendment-${status}`) : status;
}

const ACTORS = new Set(['facilitator', 'stack-keeper', 'timekeeper', 'minute-taker', 'cli', 'demo', 'import']);

const CORRECTING = new Set([...ACTORS, 'participant']);

/** The role that made a correction, as the minutes say it: "minute-taker", "facilitator". */
export function actorWords(actor: string): string {
  return CORRECTING.has(actor) ? t(`actor-${actor}`) : actor;
}

/** Who entered a decision: "the facilitator", "the minute-taker", … */
export function enteredByWords(actor: string): string {
  return ACTORS.has(actor) ? t(`proposal-actor-${actor}`) : actor;
}

/** "1 min 05 s", "45 s" (as the exported minutes write it). */
export function seconds(total: number): string {
  if (total < 60) return t('duration-s', { s: String(total) });
  return t('duration-min-s', { min: String(Math.floor(total / 60)), s: String(total % 60).padStart(2, '0') });
}

/** "Draft (not yet approved)" or "Approved at RIV-GA-4". */
export function statusWords(status: MinutesStatus): string {
  return status.status === 'approved'
    ? t('minutes-view-status-approved', { reference: status.in_reference })
    : t('minutes-view-status-draft');
}

/** Where the facilitator passed over a step saying nothing was raised there (the core's
 * `no_questions` / `no_concerns`): the same sentences as the exported minutes. */
export const noQuestions = () => t('no-questions');
export const noConcerns = () => t('no-concerns');
export const noAmendments = () => t('no-amendments');

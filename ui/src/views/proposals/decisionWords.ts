// A decision's two sentences — what the room counted ("3 stand-asides; vote: 45 for, 7
// against — 86.5%, below 90%") and why the outcome ("blocked: 2 blocks under
// consensus") — in the app's language. The core applies the rule and says which part of
// it decided (`reason`, a code) and gives both sentences in English; in another language
// they are said again here from the core's numbers and code, with the minutes' own
// messages (`i18n/<lang>/minutes.ftl`: `counted-*`, `explain-*`, `count-*`), so the app
// and the exported minutes say the same thing. The wording follows
// `src-tauri/core/src/decision.rs` (`counted_in`, `explain_in`, `counted_wg_voices_in`);
// decisionWords.test.ts checks that in English it gives the core's very sentences. No
// outcome is decided here: only numbers the core gave are put into words.

import { FluentNumber } from '@fluent/bundle';
import type { DecisionReason } from '../../lib/bindings/DecisionReason';
import type { Outcome } from '../../lib/bindings/Outcome';
import type { WgVoice } from '../../lib/bindings/WgVoice';
import { currentLang, t } from '../../lib/i18n.svelte';

/** What the sentences are made of: a decision (recorded or previewed) as the core gave it. */
export interface DecisionFacts {
  rule: string;
  support: number;
  against: number;
  stand_asides: number;
  blocks: number;
  participants: number;
  outcome: Outcome;
  /** The part of the rule that decided; null when the core could not say. */
  reason: DecisionReason | null;
  quorum: number | null;
  stand_aside_limit: string | null;
  /** How many of the blocks have a name. */
  named_blocks: number;
  /** A spokes council's voices, one per working group (empty otherwise). */
  wg_voices: WgVoice[];
  /** The core's English sentences. */
  explanation: string;
  counted: string;
}

/** A count as the core's catalogue prints it, so the app and the exported minutes agree:
 *  Latin digits without grouping ("8999"), in every language. */
const num = (n: number) => new FluentNumber(n, { useGrouping: false, numberingSystem: 'latn' });

type Rule =
  | { kind: 'consensus' }
  | { kind: 'majority' }
  | { kind: 'modified'; p: number }
  | { kind: 'supermajority'; a: number; b: number };

/** A rule as the core writes it (`consensus`, `modified:90`, `supermajority:2/3`, `majority`). */
function parseRule(s: string): Rule | null {
  const r = s.trim();
  if (r === 'consensus' || r === 'majority') return { kind: r };
  let m = /^modified:(\d+)$/.exec(r);
  if (m) return { kind: 'modified', p: Number(m[1]) };
  m = /^supermajority:(\d+)\/(\d+)$/.exec(r);
  if (m) return { kind: 'supermajority', a: Number(m[1]), b: Number(m[2]) };
  return null;
}

/** `86.5%` (tenths rounded down, as the core does; `90%` when whole). */
function percent(perMille: number): string {
  const n = perMille % 10 === 0 ? num(perMille / 10) : t('decimal', { int: num(Math.floor(perMille / 10)), frac: num(perMille % 10) });
  return t('percent', { n });
}

function perMille(support: number, voters: number): number {
  return Math.floor((support * 1000) / voters);
}

/** Whether the vote's ratio met the rule's threshold (the numbers only; the outcome is the core's). */
function met(rule: Rule, support: number, voters: number): boolean {
  if (voters === 0) return false;
  switch (rule.kind) {
    case 'modified':
      return support * 100 >= rule.p * voters;
    case 'supermajority':
      return support * rule.b >= rule.a * voters;
    default:
      return support * 2 > voters;
  }
}

function thresholdWords(rule: Rule, ok: boolean): string {
  switch (rule.kind) {
    case 'modified':
      return t(ok ? 'threshold-at-least' : 'threshold-below', { share: percent(rule.p * 10) });
    case 'supermajority':
      return t(ok ? 'threshold-at-least' : 'threshold-below', { share: `${rule.a}/${rule.b}` });
    default:
      return t(ok ? 'threshold-more-than-half' : 'threshold-not-more-than-half');
  }
}

const outcomeWords = (o: Outcome) => t(`outcome-${o}`);

/** Why the outcome, in the app's language (English: the core's own sentence). */
export function explanation(d: DecisionFacts): string {
  return currentLang() === 'en' ? d.explanation : sayExplanation(d);
}

/** What the room counted, in the app's language (English: the core's own sentence). */
export function counted(d: DecisionFacts): string {
  return currentLang() === 'en' ? d.counted : sayCounted(d);
}

/** Why the outcome, said from the core's numbers and code in the active language. */
export function sayExplanation(d: DecisionFacts): string {
  const rule = parseRule(d.rule);
  if (!rule || !d.reason) return outcomeWords(d.outcome);
  const outcome = outcomeWords(d.outcome);
  const blocks = t('count-blocks', { n: num(d.blocks) });
  const voters = d.support + d.against;
  switch (d.reason) {
    case 'no-quorum':
      return t('explain-no-quorum', { outcome, n: num(d.participants), quorum: num(d.quorum ?? 0) });
    case 'too-many-stand-asides':
      return t('explain-too-many-stand-asides', {
        outcome,
        n: num(d.stand_asides),
        of: num(d.participants),
        limit: d.stand_aside_limit ?? '',
      });
    case 'no-blocks':
      return t('explain-no-blocks', { outcome });
    case 'blocks':
      return t('explain-blocks', { outcome, blocks });
    case 'blocks-no-vote':
      return t('explain-blocks-no-vote', { outcome, blocks });
    case 'no-blocks-no-against':
      return t('explain-no-blocks-no-against', { outcome });
    case 'threshold-met':
    case 'threshold-not-met':
      return t('explain-vote', {
        outcome,
        support: num(d.support),
        against: num(d.against),
        ratio: voters > 0 ? percent(perMille(d.support, voters)) : '',
        threshold: thresholdWords(rule, d.reason === 'threshold-met'),
      });
    case 'no-votes':
      return t('explain-no-votes', { outcome });
  }
  return outcomeWords(d.outcome);
}

/** What the room counted, said from the core's numbers in the active language. */
export function sayCounted(d: DecisionFacts): string {
  const rule = parseRule(d.rule);
  if (!rule) return d.counted;
  const voters = d.support + d.against;
  // Under modified consensus, support without blocks or votes against is consensus:
  // the count is informational, not a vote that decided.
  const consensusCall = rule.kind === 'modified' && d.blocks === 0 && d.against === 0;
  const vote = rule.kind !== 'consensus' && voters > 0 && !consensusCall;
  const ratio = () => (voters > 0 ? percent(perMille(d.support, voters)) : '');

  if (d.wg_voices.length > 0) {
    const n = (v: WgVoice) => d.wg_voices.filter((x) => x === v).length;
    const parts: string[] = [];
    if (n('for') > 0) parts.push(t('count-for', { n: num(n('for')) }));
    if (n('against') > 0) parts.push(t('count-against', { n: num(n('against')) }));
    if (n('stand-aside') > 0) parts.push(t('count-stand-asides', { n: num(n('stand-aside')) }));
    if (n('block') > 0) parts.push(t('count-blocks', { n: num(n('block')) }));
    const words = t('counted-wg-voices', {
      wgs: t('count-working-groups', { n: num(d.wg_voices.length) }),
      voices: parts.length > 0 ? parts.join(t('comma')) : outcomeWords(d.outcome),
    });
    if (!vote) return words;
    return t('counted-wg-voices-vote', { words, ratio: ratio(), threshold: thresholdWords(rule, met(rule, d.support, voters)) });
  }

  const parts: string[] = [];
  if (!vote && d.support > 0) parts.push(t('counted-support', { n: num(d.support) }));
  if (d.stand_asides > 0) parts.push(t('count-stand-asides', { n: num(d.stand_asides) }));
  if (d.blocks > 0) {
    const unnamed = Math.max(0, d.blocks - d.named_blocks);
    const blocks = t('count-blocks', { n: num(d.blocks) });
    parts.push(
      unnamed === 0
        ? blocks
        : unnamed === d.blocks
          ? t('counted-blocks-unnamed', { blocks })
          : t('counted-blocks-some-unnamed', { blocks, unnamed: num(unnamed) }),
    );
  }
  if (vote) {
    parts.push(
      t('counted-vote', {
        support: num(d.support),
        against: num(d.against),
        ratio: ratio(),
        threshold: thresholdWords(rule, met(rule, d.support, voters)),
      }),
    );
  }
  return parts.length > 0 ? parts.join(t('list-separator')) : t('counted-none', { outcome: outcomeWords(d.outcome) });
}

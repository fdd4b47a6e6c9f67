// The fields of the floor-policy form, written as the core reads a policy
// (`fifo|progressive[,first-time-first][,alternate:A|B…][,cap:N][,no-repeat]`). The core
// checks it (stack/policy.rs) and says what is wrong; this only writes the fields out.

import type { FloorPolicy } from '../../lib/bindings/FloorPolicy';
import type { StackPolicy } from '../../lib/bindings/StackPolicy';

export type PolicyFields = {
  base: StackPolicy;
  firstTimeFirst: boolean;
  /** The sub-lists, separated by "|" ("women and non-binary | open"); empty: none. */
  lists: string;
  /** Speeches per person per item; empty: no cap. */
  cap: string;
  noRepeat: boolean;
};

export function policyFields(p: FloorPolicy): PolicyFields {
  return {
    base: p.base,
    firstTimeFirst: p.first_time_first,
    lists: p.alternate.join(' | '),
    cap: p.cap === null ? '' : String(p.cap),
    noRepeat: p.no_repeat,
  };
}

export function policyText(f: PolicyFields): string {
  const parts: string[] = [f.base];
  if (f.firstTimeFirst) parts.push('first-time-first');
  const lists = f.lists
    .split('|')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (f.lists.trim() !== '') parts.push(`alternate:${lists.join('|')}`);
  if (f.cap.trim() !== '') parts.push(`cap:${f.cap.trim()}`);
  if (f.noRepeat) parts.push('no-repeat');
  return parts.join(',');
}

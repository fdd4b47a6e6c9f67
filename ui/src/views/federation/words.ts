// Words for the federation view: key statuses, scopes, sizes (display only; the core
// decides what a bundle is and whether it imports).

import type { KeyStatus } from '../../lib/bindings/KeyStatus';
import type { Scope } from '../../lib/bindings/Scope';
import type { Tone } from '../../lib/tones';
import { formatDate } from '../../lib/format';

export const keyLabel: Record<KeyStatus, string> = {
  new: 'New key',
  known: 'Known key',
  mismatch: 'Key does not match',
  own: 'Claims to be this assembly',
};

export const keyTone: Record<KeyStatus, Tone> = {
  new: 'amber',
  known: 'green',
  mismatch: 'red',
  own: 'red',
};

/** What a bundle covers, in words. `meetingName` turns a meeting id into a reference when known. */
export function scopeLabel(scope: Scope, meetingName?: (id: string) => string | undefined): string {
  switch (scope.kind) {
    case 'all':
      return 'The whole assembly';
    case 'meetings': {
      const names = scope.meetings.map((m) => meetingName?.(m) ?? null);
      const n = scope.meetings.length;
      if (names.every((x) => x !== null) && n > 0) return `${n === 1 ? 'Meeting' : 'Meetings'} ${names.join(', ')}`;
      return n === 1 ? '1 chosen meeting' : `${n} chosen meetings`;
    }
    case 'since':
      return `Everything changed since ${formatDate(scope.since)}`;
    default:
      return String((scope as { kind?: unknown }).kind ?? 'unknown');
  }
}

/** "12.3 KB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** An RFC 3339 time as the person's locale writes date and time. */
export function formatMoment(at: string | null | undefined): string {
  if (!at) return '';
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "1 record", "3 records" with the core's record word ("working group"). */
export function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

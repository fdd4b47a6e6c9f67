// Words for the federation view: key statuses, scopes, sizes (display only; the core
// decides what a bundle is and whether it imports).

import type { KeyStatus } from '../../lib/bindings/KeyStatus';
import type { Scope } from '../../lib/bindings/Scope';
import type { Tone } from '../../lib/tones';
import { dateTimeFormat, formatDate } from '../../lib/format';
import { currentLang, hasMessage, t } from '../../lib/i18n.svelte';

export const keyLabel: Record<KeyStatus, string> = {
  get new() {
    return t('fed-key-new');
  },
  get known() {
    return t('fed-key-known');
  },
  get mismatch() {
    return t('fed-key-mismatch');
  },
  get own() {
    return t('fed-key-own');
  },
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
      return t('fed-scope-all');
    case 'meetings': {
      const names = scope.meetings.map((m) => meetingName?.(m) ?? null);
      const n = scope.meetings.length;
      if (names.every((x) => x !== null) && n > 0) return t('fed-scope-meetings', { n, names: names.join(', ') });
      return t('fed-scope-chosen', { n });
    }
    case 'since':
      return t('fed-scope-since', { date: formatDate(scope.since) });
    default:
      return String((scope as { kind?: unknown }).kind ?? 'unknown');
  }
}

/** "12.3 KB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return t('fed-size-bytes', { n: bytes });
  const one = (n: number) => (currentLang() === 'en' ? n.toFixed(1) : n.toLocaleString(currentLang(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  if (bytes < 1024 * 1024) return t('fed-size-kb', { n: one(bytes / 1024) });
  return t('fed-size-mb', { n: one(bytes / (1024 * 1024)) });
}

/** An RFC 3339 time as the person's locale writes date and time. */
export function formatMoment(at: string | null | undefined): string {
  if (!at) return '';
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return dateTimeFormat(currentLang() === 'en' ? undefined : currentLang(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** What one record of a bundle's table is ("agenda item"), in the app's language: the
 *  core's words for a bundle's records (errors-bundle.ftl, the same its refusals use); the
 *  English the core sent for a table it has no words for. */
export function recordWord(table: string, english: string): string {
  const id = `error-bundle-record-${table.replaceAll('_', '-')}`;
  return hasMessage(id) ? t(id) : english || table;
}

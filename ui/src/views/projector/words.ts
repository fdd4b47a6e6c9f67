// Words and clock arithmetic of the projector (presentation only). Which item is shown,
// who has the floor, who comes next, first or full names and the steps of a hearing are
// the core's (`get_projector_view`); the screen only adds the time since the view came.

import type { ItemKind } from '../../lib/bindings/ItemKind';
import type { ProcessStep } from '../../lib/bindings/ProcessStep';
import { t } from '../../lib/i18n.svelte';

/** How often the screen asks the core again (read-only and cheap). */
export const POLL_MS = 1000;

/** How often the clocks are redrawn: often enough that each second shows when it comes. */
export const TICK_MS = 250;

/** Rows kept for the next speakers even when fewer wait (the core lists up to five). */
export const NEXT_ROWS = 5;

/** Step names as the big screen says them, short enough for one line each (projector.ftl). */
export function stepWord(step: ProcessStep): string {
  const w = t(`projector-step-${step}`);
  return w === `projector-step-${step}` ? step : w;
}

/** An item's kind on the big screen ("Process", "Item" for other). */
export function kindWord(kind: ItemKind): string {
  const w = t(`projector-kind-${kind}`);
  return w === `projector-kind-${kind}` ? kind : w;
}

/** Milliseconds as "m:ss" (or "h:mm:ss"), without sign. */
export function clock(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** A limit in seconds as people say it: "2 min", "1 min 30 s", "45 s". */
export function limitWords(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return t('duration-s', { s });
  return s === 0 ? t('stack-limit-min', { min: m }) : t('duration-min-s', { min: m, s });
}

/** "1 h 35 min", "45 min". */
export function minutesWords(total: number): string {
  if (total < 60) return t('meeting-duration-min', { min: total });
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? t('meeting-duration-h', { h }) : t('meeting-duration-h-min', { h, min: m });
}

/** When the speaker's clock starts warning: the last 30 s (a quarter of limits under 2 min). */
export function warnBeforeMs(limitSeconds: number): number {
  return Math.min(30_000, (limitSeconds * 1000) / 4);
}

export type TimeState = 'none' | 'ok' | 'warn' | 'over';

/** Against a limit (ms; null: none): ok, warn (near it), over. */
export function timeState(elapsedMs: number, limitMs: number | null, warnMs: number): TimeState {
  if (limitMs === null) return 'none';
  if (elapsedMs > limitMs) return 'over';
  if (limitMs - elapsedMs <= warnMs) return 'warn';
  return 'ok';
}

/** A timestamp (RFC 3339) in milliseconds, or null when it is not one. */
export function millis(at: string | null | undefined): number | null {
  if (!at) return null;
  const t = new Date(at).getTime();
  return Number.isNaN(t) ? null : t;
}

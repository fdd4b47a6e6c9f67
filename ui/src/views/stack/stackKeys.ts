// The stack-keeper's keys and a few display helpers of the stack view. Presentation
// only: which kind a key selects, how a running time is written. The order of the
// stack, the reasons, the labels and what the stack takes are the core's.
//
// Keys (shown on screen, and in aria-keyshortcuts):
//   Enter            add the typed name (a highlighted suggestion: that person)
//   Alt+1 … Alt+5    kind: process, information, clarifying, direct response, speak
//   Alt+P            prioritize the entry being added (on / off)
//   Ctrl+Enter       next speaker
//   Ctrl+Z           undo the last stack action — except in a text field that has text,
//                    where Ctrl+Z is the field's own undo of typing
//   Alt+A            accept the oldest hand raised from a phone in the room
//
// Alt+digit and Ctrl+Enter/Ctrl+Z reach the page in WebKitGTK, WebView2 and WKWebView;
// plain letters are never used (they are typing). The digit is read from `code` too, so
// layouts where Alt+1 types another character (macOS Option) still work.

import { t } from '../../lib/i18n.svelte';
import type { EntryKind } from '../../lib/bindings/EntryKind';

/** The kinds in band order with their key (Alt + this digit). */
export const KIND_KEYS: readonly { kind: EntryKind; digit: string }[] = [
  { kind: 'process', digit: '1' },
  { kind: 'information', digit: '2' },
  { kind: 'clarifying', digit: '3' },
  { kind: 'direct-response', digit: '4' },
  { kind: 'speak', digit: '5' },
];

export function kindDigit(kind: EntryKind): string {
  return KIND_KEYS.find((k) => k.kind === kind)?.digit ?? '';
}

const onlyAlt = (e: KeyboardEvent) => e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
const onlyCtrl = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;

/** Alt+1 … Alt+5 (top row or keypad): the kind it selects, else null. */
export function kindForKey(e: KeyboardEvent): EntryKind | null {
  if (!onlyAlt(e)) return null;
  const digit = /^(?:Digit|Numpad)([1-5])$/.exec(e.code)?.[1] ?? (/^[1-5]$/.test(e.key) ? e.key : null);
  return KIND_KEYS.find((k) => k.digit === digit)?.kind ?? null;
}

export const isPrioritizeKey = (e: KeyboardEvent) => onlyAlt(e) && (e.code === 'KeyP' || e.key.toLowerCase() === 'p');

export const isAcceptHandKey = (e: KeyboardEvent) => onlyAlt(e) && (e.code === 'KeyA' || e.key.toLowerCase() === 'a');

export const isNextKey = (e: KeyboardEvent) => onlyCtrl(e) && e.key === 'Enter';

export const isUndoKey = (e: KeyboardEvent) => onlyCtrl(e) && (e.code === 'KeyZ' || e.key.toLowerCase() === 'z');

/** A text field holding text: Ctrl+Z there undoes typing, not a stack action. */
export function isTypingIn(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return target.value !== '';
  if (target instanceof HTMLInputElement) {
    const texty = ['text', 'search', 'number', 'email', 'url', 'tel', ''].includes(target.type);
    return texty && target.value !== '';
  }
  return false;
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
export function limitText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return t('duration-s', { s });
  return s === 0 ? t('stack-limit-min', { min: m }) : t('duration-min-s', { min: m, s });
}

/** A limit in seconds as the field shows it: "2", "1:30", "0:45". */
export function limitField(seconds: number | null): string {
  if (seconds === null) return '';
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? String(m) : `${m}:${String(s).padStart(2, '0')}`;
}

/**
 * What the stack-keeper typed as a limit: minutes ("2", "1.5") or minutes:seconds
 * ("1:30"). Empty means no limit (null). Anything else: undefined (the field says how
 * to write it; the core still checks the range).
 */
export function parseLimit(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const ms = /^(\d{1,3}):([0-5]\d)$/.exec(t);
  if (ms) return Number(ms[1]) * 60 + Number(ms[2]);
  if (/^\d{1,3}(?:[.,]\d+)?$/.test(t)) return Math.round(Number(t.replace(',', '.')) * 60);
  return undefined;
}

/** Seconds before the limit when the timer starts warning: 30 s, less for short limits. */
export function warnBeforeMs(limitSeconds: number): number {
  return Math.min(30_000, (limitSeconds * 1000) / 4);
}

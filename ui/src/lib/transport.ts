// How a command reaches the core. In the desktop app: Tauri's IPC. On a team device
// paired with the room (the same UI served by the laptop's room server): `POST
// /api/<command>` with the session token the pairing gave. The command table behind both
// is the core's one table (plenary_core::room::commands), so names, arguments and
// answers are the same either way; a refusal rejects with `{kind, message}` both ways.

import { invoke as tauriInvoke } from '@tauri-apps/api/core';

/** Where a paired device keeps its session token (per tab: closing it forgets the pairing). */
export const ROOM_TOKEN_KEY = 'plenary-room-token';
/** …and the role the pairing gave it. */
export const ROOM_ROLE_KEY = 'plenary-room-role';
/**
 * Dispatched on `window` when the room no longer knows this device's session (revoked by
 * the host, or the room closed and opened again): the pairing is forgotten, and the team
 * screen asks for a new code. `detail` is the room's message.
 */
export const UNPAIRED_EVENT = 'plenary-room-unpaired';

/** The role this browser tab is paired with the room as, or null (not paired). */
export function roomRole(): string | null {
  return sessionStorage.getItem(ROOM_TOKEN_KEY) ? sessionStorage.getItem(ROOM_ROLE_KEY) : null;
}

function forgetPairing() {
  sessionStorage.removeItem(ROOM_TOKEN_KEY);
  sessionStorage.removeItem(ROOM_ROLE_KEY);
}

/**
 * Pairs this browser with the room: trades the one-time code shown on the host for a
 * session token (kept for this tab) and answers the role it gives. A refusal (a wrong,
 * used or expired code) rejects with the room's `{kind, message}`.
 */
export async function pairWithRoom(code: string): Promise<string> {
  const body = await post('/pair', { code }, null);
  const paired = body as { token?: unknown; role?: unknown };
  if (typeof paired.token !== 'string' || typeof paired.role !== 'string') {
    throw { kind: 'io', message: 'the room answered the pairing with something unexpected' };
  }
  sessionStorage.setItem(ROOM_TOKEN_KEY, paired.token);
  sessionStorage.setItem(ROOM_ROLE_KEY, paired.role);
  return paired.role;
}

/** True inside the desktop app's webview (or under the UI tests' mocked IPC). */
export function inApp(): boolean {
  const w = typeof window === 'undefined' ? undefined : (window as { __TAURI_INTERNALS__?: { invoke?: unknown } });
  return typeof w?.__TAURI_INTERNALS__?.invoke === 'function';
}

// Reads asked for ahead, for the screen about to open: the router reads a screen's data
// before it swaps screens (router.svelte.ts, `setPrepare`), so the new screen is drawn
// once, with its data, instead of empty and then again (each full redraw of the window
// costs a WebKitGTK without a GPU ~170 ms: docs/PERFORMANCE.md). Only what is asked
// inside `readAhead` is kept; each answer serves the one identical call the screen then
// makes, within AHEAD_MS; any command that is not a read drops them all, so no answer
// served ahead is older than a change made here.
const AHEAD_MS = 2000;
const ahead = new Map<string, { answer: Promise<unknown>; at: number }>();
let collecting = false;

/** Reads by their names (the core's command table: get_, page_, list_, diff_ never change anything). */
const isRead = (cmd: string) => /^(get|page|list|diff)_/.test(cmd);

/**
 * Runs `ask` (which calls api.ts wrappers synchronously) and keeps the read answers it
 * asked for, for the screen that will ask again. Returns what `ask` returns.
 */
export function readAhead<T>(ask: () => Promise<T>): Promise<T> {
  collecting = true;
  try {
    return ask();
  } finally {
    collecting = false;
  }
}

export function invoke<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  const key = `${cmd} ${JSON.stringify(args ?? {})}`;
  if (collecting && isRead(cmd)) {
    const answer = send<T>(cmd, args);
    answer.catch(() => {}); // the screen that takes it sees the failure; unused, it is dropped
    ahead.set(key, { answer, at: Date.now() });
    return answer;
  }
  const kept = ahead.get(key);
  if (kept) {
    ahead.delete(key);
    if (Date.now() - kept.at < AHEAD_MS) return kept.answer as Promise<T>;
  } else if (!isRead(cmd)) {
    ahead.clear();
  }
  return send<T>(cmd, args);
}

async function send<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  if (inApp()) return tauriInvoke<T>(cmd, args);
  const token = sessionStorage.getItem(ROOM_TOKEN_KEY);
  return (await post(`/api/${encodeURIComponent(cmd)}`, args ?? {}, token)) as T;
}

async function post(path: string, args: Record<string, unknown>, token: string | null): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(args),
    });
  } catch {
    throw { kind: 'io', message: 'the room cannot be reached: is the laptop still serving it?' };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = body as { kind?: unknown; message?: unknown } | null;
    const refusal =
      err && typeof err.kind === 'string' && typeof err.message === 'string'
        ? { kind: err.kind, message: err.message }
        : { kind: 'io', message: `the room refused the request (HTTP ${res.status})` };
    // 401 with a token: the room does not know this session (any more).
    if (res.status === 401 && token) {
      forgetPairing();
      window.dispatchEvent(new CustomEvent(UNPAIRED_EVENT, { detail: refusal.message }));
    }
    throw refusal;
  }
  return body;
}

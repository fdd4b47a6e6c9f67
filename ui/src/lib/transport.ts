// How a command reaches the core. In the desktop app: Tauri's IPC. On a team device
// paired with the room (the same UI served by the laptop's room server): `POST
// /api/<command>` with the session token the pairing gave. The command table behind both
// is the core's one table (plenary_core::room::commands), so names, arguments and
// answers are the same either way; a refusal rejects with `{kind, message}` both ways.

import { invoke as tauriInvoke } from '@tauri-apps/api/core';

/** Where a paired device keeps its session token (per tab: closing it forgets the pairing). */
export const ROOM_TOKEN_KEY = 'plenary-room-token';

/** True inside the desktop app's webview (or under the UI tests' mocked IPC). */
export function inApp(): boolean {
  const w = typeof window === 'undefined' ? undefined : (window as { __TAURI_INTERNALS__?: { invoke?: unknown } });
  return typeof w?.__TAURI_INTERNALS__?.invoke === 'function';
}

export async function invoke<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  if (inApp()) return tauriInvoke<T>(cmd, args);
  const token = sessionStorage.getItem(ROOM_TOKEN_KEY);
  let res: Response;
  try {
    res = await fetch(`/api/${encodeURIComponent(cmd)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(args ?? {}),
    });
  } catch {
    throw { kind: 'io', message: 'the room cannot be reached: is the laptop still serving it?' };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = body as { kind?: unknown; message?: unknown } | null;
    if (err && typeof err.kind === 'string' && typeof err.message === 'string') {
      throw { kind: err.kind, message: err.message };
    }
    throw { kind: 'io', message: `the room refused the request (HTTP ${res.status})` };
  }
  return body as T;
}

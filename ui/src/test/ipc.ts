// A fake Tauri backend for unit tests: each command is a function of its arguments;
// every call is recorded. A command without a handler rejects like the core would.
import { mockIPC } from '@tauri-apps/api/mocks';

export type Handler = (args: Record<string, unknown>) => unknown;
export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

export function fakeBackend(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: a });
    const handler = handlers[cmd];
    if (!handler) throw { kind: 'not-found', message: `test backend has no command ${cmd}` };
    return handler(a);
  });
  return calls;
}

/** What a core error looks like when a command fails. */
export function coreError(kind: string, message: string) {
  return { kind, message };
}

export const callsOf = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd);

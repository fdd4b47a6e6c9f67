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
  // Events (`listen`/`emit`) are mocked too: a test can emit what the backend would.
  mockIPC(
    (cmd, args) => {
      const a = (args ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args: a });
      const handler = handlers[cmd];
      if (!handler) throw { kind: 'not-found', message: `test backend has no command ${cmd}` };
      return handler(a);
    },
    { shouldMockEvents: true },
  );
  return calls;
}

/** What a core error looks like when a command fails. */
export function coreError(kind: string, message: string) {
  return { kind, message };
}

export const callsOf = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd);

/**
 * A paged list command as the core answers it: `items` filtered by `keep(item, filter)`,
 * in the given order, `limit` at a time, the cursor naming the position after the page.
 * (The core's cursors name a sort key; the UI only passes them back.)
 */
export function pagedHandler<T>(
  items: () => T[],
  keep: (item: T, filter: Record<string, unknown>) => boolean = () => true,
): Handler {
  return (args) => {
    const filter = (args.filter ?? {}) as Record<string, unknown>;
    const page = (args.page ?? {}) as { after?: string | null; limit?: number | null };
    const all = items().filter((i) => keep(i, filter));
    const start = page.after ? Number(page.after.replace('at:', '')) : 0;
    const limit = page.limit ?? 50;
    const slice = all.slice(start, start + limit);
    const end = start + slice.length;
    return { items: slice, total: all.length, next: end < all.length ? `at:${end}` : null };
  };
}

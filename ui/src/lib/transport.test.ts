import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockIPC, clearMocks } from '@tauri-apps/api/mocks';

import { invoke, ROOM_TOKEN_KEY } from './transport';
import { getStack } from './api';

describe('transport', () => {
  afterEach(() => {
    clearMocks();
    sessionStorage.clear();
    vi.unstubAllGlobals();
  });

  it('uses IPC inside the app', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return { item_id: 'i' };
    });
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    expect(await getStack('i')).toEqual({ item_id: 'i' });
    expect(calls).toEqual([['get_stack', { item: 'i' }]]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('posts to the room with the session token on a paired device', async () => {
    sessionStorage.setItem(ROOM_TOKEN_KEY, 'tok123');
    const fetchSpy = vi.fn(async () => new Response(JSON.stringify({ item_id: 'i' }), { status: 200 }));
    vi.stubGlobal('fetch', fetchSpy);
    expect(await getStack('i')).toEqual({ item_id: 'i' });
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/get_stack');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok123');
    expect(JSON.parse(init.body as string)).toEqual({ item: 'i' });
  });

  it("rejects with the room's {kind, message}, or says what went wrong", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        new Response(JSON.stringify({ kind: 'not-allowed', message: 'a participant may not call stack_next' }), {
          status: 403,
        }),
      ),
    );
    await expect(invoke('stack_next', { item: 'i' })).rejects.toEqual({
      kind: 'not-allowed',
      message: 'a participant may not call stack_next',
    });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>', { status: 502 })));
    await expect(invoke('stack_next', {})).rejects.toEqual({
      kind: 'io',
      message: 'the room refused the request (HTTP 502)',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('network');
      }),
    );
    await expect(invoke('stack_next', {})).rejects.toMatchObject({ kind: 'io' });
  });
});

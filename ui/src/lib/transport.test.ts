import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockIPC, clearMocks } from '@tauri-apps/api/mocks';

import { invoke, pairWithRoom, roomRole, ROOM_TOKEN_KEY, UNPAIRED_EVENT } from './transport';
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

  it('pairs with a code: the token and role are kept for this tab', async () => {
    const fetchSpy = vi.fn(
      async () => new Response(JSON.stringify({ token: 'tok9', role: 'stack-keeper', session: 's1' }), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetchSpy);
    expect(roomRole()).toBeNull();
    expect(await pairWithRoom('123456')).toBe('stack-keeper');
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/pair');
    expect(JSON.parse(init.body as string)).toEqual({ code: '123456' });
    expect((init.headers as Record<string, string>).authorization).toBeUndefined();
    expect(sessionStorage.getItem(ROOM_TOKEN_KEY)).toBe('tok9');
    expect(roomRole()).toBe('stack-keeper');
  });

  it('a session the room no longer knows (401): the pairing is forgotten and the screen told why', async () => {
    sessionStorage.setItem(ROOM_TOKEN_KEY, 'revoked');
    const heard: string[] = [];
    const listener = (e: Event) => heard.push((e as CustomEvent<string>).detail);
    window.addEventListener(UNPAIRED_EVENT, listener);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ kind: 'not-allowed', message: 'its pairing was revoked' }), { status: 401 })),
    );
    await expect(invoke('get_stack', { item: 'i' })).rejects.toEqual({ kind: 'not-allowed', message: 'its pairing was revoked' });
    window.removeEventListener(UNPAIRED_EVENT, listener);
    expect(heard).toEqual(['its pairing was revoked']);
    expect(sessionStorage.getItem(ROOM_TOKEN_KEY)).toBeNull();
  });
});

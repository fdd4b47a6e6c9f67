// The team screen as a paired device sees it: no Tauri IPC here (the UI is served by the
// room), so every command is a fetch to the room, stubbed below.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TeamView from './TeamView.svelte';
import { agenda, detail } from '../../test/fixtures';
import { ROOM_ROLE_KEY, ROOM_TOKEN_KEY } from '../../lib/transport';

type Reply = { status: number; body: unknown };
type Sent = { url: string; auth: string | undefined; body: Record<string, unknown> };

/** A fake room: answers each path with `routes[path](body)`; records what was sent. */
function fakeRoom(routes: Record<string, (body: Record<string, unknown>) => Reply>): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as Record<string, unknown>;
      sent.push({ url, auth: (init.headers as Record<string, string>).authorization, body });
      const route = routes[url];
      const r = route ? route(body) : { status: 404, body: { kind: 'not-found', message: `no ${url}` } };
      return new Response(JSON.stringify(r.body), { status: r.status });
    }),
  );
  return sent;
}

const underWay = () => {
  const items = agenda();
  items[1] = { ...items[1], status: 'active', notes: 'Kitchen needs pots' };
  return detail({ agenda: items });
};

describe('a team device in the room', () => {
  afterEach(() => {
    sessionStorage.clear();
    vi.unstubAllGlobals();
  });

  test('pairs with the code shown on the host, then takes the notes of the item under way as minute-taker', async () => {
    const user = userEvent.setup();
    const sent = fakeRoom({
      '/pair': (b) =>
        b.code === '123456'
          ? { status: 200, body: { token: 'tok-1', role: 'minute-taker', session: 's1' } }
          : { status: 403, body: { kind: 'not-allowed', message: 'that pairing code is not valid' } },
      '/api/get_meeting': () => ({ status: 200, body: underWay() }),
    });
    render(TeamView);
    const field = screen.getByLabelText('Pairing code');
    await user.type(field, '999999');
    await user.click(screen.getByTestId('team-pair'));
    expect((await screen.findByTestId('error')).textContent).toContain('that pairing code is not valid');
    expect(sessionStorage.getItem(ROOM_TOKEN_KEY)).toBeNull();

    await user.clear(field);
    await user.type(field, '123456');
    await user.click(screen.getByTestId('team-pair'));
    const notes = await screen.findByTestId('team-notes-item');
    expect(notes.dataset.itemId).toBe('i-kitchen');
    expect((screen.getByTestId('item-notes') as HTMLTextAreaElement).value).toBe('Kitchen needs pots');
    expect(screen.getByTestId('team-view').dataset.role).toBe('minute-taker');
    expect(sessionStorage.getItem(ROOM_TOKEN_KEY)).toBe('tok-1');
    // The room's meeting is asked for with the session's token, and no meeting named.
    const meeting = sent.find((s) => s.url === '/api/get_meeting');
    expect(meeting).toEqual({ url: '/api/get_meeting', auth: 'Bearer tok-1', body: {} });
  });

  test('revoked by the host: the room refuses the token, the pairing is forgotten and a new code is asked for', async () => {
    sessionStorage.setItem(ROOM_TOKEN_KEY, 'tok-old');
    sessionStorage.setItem(ROOM_ROLE_KEY, 'minute-taker');
    fakeRoom({
      '/api/get_meeting': () => ({
        status: 401,
        body: { kind: 'not-allowed', message: 'this device is not paired with the room (or its pairing was revoked)' },
      }),
    });
    render(TeamView);
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('no longer paired');
    expect(error.textContent).toContain('revoked');
    expect(screen.getByTestId('team-pair-form')).toBeTruthy();
    expect(screen.getByTestId('team-view').dataset.role).toBeUndefined();
    expect(sessionStorage.getItem(ROOM_TOKEN_KEY)).toBeNull();
  });
});

import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { RoomStatus } from '../../lib/bindings/RoomStatus';
import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import RoomPanel from './RoomPanel.svelte';

afterEach(() => clearMocks());

const status = (meeting: string, partial: Partial<RoomStatus> = {}): RoomStatus => ({
  link: { meeting_id: meeting, url: 'http://192.168.1.20:41234/', qr_svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
  team_url: 'http://192.168.1.20:41234/team',
  codes: [{ code: '042917', role: 'stack-keeper', expires_in: 300 }],
  sessions: [],
  ...partial,
});

describe('the room panel', () => {
  test('opens the room on this meeting: the address, its QR code and a pairing code; then closes it', async () => {
    const user = userEvent.setup();
    let open: RoomStatus | null = null;
    const calls = fakeBackend({
      get_room: () => open,
      open_room: (a) => (open = status(String(a.meeting))),
      close_room: () => ((open = null), null),
    });
    render(RoomPanel, { meetingId: 'm-4' });
    await user.click(await screen.findByTestId('room-open'));
    expect(callsOf(calls, 'open_room').map((c) => c.args)).toEqual([{ meeting: 'm-4' }]);
    expect((await screen.findByTestId('room-url')).textContent).toBe('http://192.168.1.20:41234/');
    const qr = screen.getByTestId('room-qr') as HTMLImageElement;
    expect(qr.src.startsWith('data:image/svg+xml')).toBe(true);
    expect(qr.alt).toContain('http://192.168.1.20:41234/');
    const code = screen.getByTestId('room-code');
    expect(code.dataset.role).toBe('stack-keeper');
    expect(code.textContent).toContain('042917');
    // Where a team device pairs: the core's address, shown as is.
    expect(screen.getByTestId('room-team-url').textContent).toBe('http://192.168.1.20:41234/team');

    await user.click(screen.getByTestId('room-close'));
    await screen.findByTestId('room-open');
    expect(callsOf(calls, 'close_room')).toHaveLength(1);
  });

  test('a new code for a minute-taker; a paired device is revoked; a refusal is shown', async () => {
    const user = userEvent.setup();
    let now = status('m-4', { sessions: [{ id: 'a1b2c3d4', role: 'stack-keeper', paired_at: '2026-12-04T19:00:00Z' }] });
    const calls = fakeBackend({
      get_room: () => now,
      new_pairing_code: (a) =>
        (now = { ...now, codes: [...now.codes, { code: '555123', role: a.role as 'minute-taker', expires_in: 300 }] }),
      revoke_room_session: (a) => {
        if (a.session !== 'a1b2c3d4') throw coreError('not-found', 'no paired device');
        return (now = { ...now, sessions: [] });
      },
    });
    render(RoomPanel, { meetingId: 'm-4' });
    await screen.findByTestId('room-url');
    await user.click(screen.getAllByTestId('room-new-code').find((b) => b.dataset.role === 'minute-taker')!);
    await waitFor(() => expect(screen.getAllByTestId('room-code')).toHaveLength(2));
    expect(callsOf(calls, 'new_pairing_code').map((c) => c.args)).toEqual([{ role: 'minute-taker' }]);

    expect(screen.getByTestId('room-session').textContent).toContain('a1b2c3d4');
    await user.click(screen.getByTestId('room-revoke'));
    await waitFor(() => expect(screen.queryByTestId('room-session')).toBeNull());
    expect(callsOf(calls, 'revoke_room_session').map((c) => c.args)).toEqual([{ session: 'a1b2c3d4' }]);
  });

  test('the room open on another meeting can be closed from here', async () => {
    fakeBackend({ get_room: () => status('m-3') });
    render(RoomPanel, { meetingId: 'm-4' });
    expect((await screen.findByTestId('room-elsewhere')).textContent).toContain('another meeting');
    expect(screen.queryByTestId('room-url')).toBeNull();
  });

  test('a refused opening says why', async () => {
    const user = userEvent.setup();
    fakeBackend({
      get_room: () => null,
      open_room: () => {
        throw coreError('invalid-input', 'cannot serve the room on 0.0.0.0:0: address in use');
      },
    });
    render(RoomPanel, { meetingId: 'm-4' });
    await user.click(await screen.findByTestId('room-open'));
    await waitFor(() => expect(screen.getByTestId('room-error').textContent).toContain('address in use'));
  });
});

import { emit } from '@tauri-apps/api/event';
import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { fileDrop, meetingMode } from '../fileDrop.svelte';
import { chooseLang } from '../i18n.svelte';
import { router } from '../router.svelte';
import { fakeBackend } from '../../test/ipc';
import FileDrop from './FileDrop.svelte';

beforeEach(() => {
  fakeBackend({});
  router.go({ name: 'dashboard' });
  Object.assign(fileDrop, { dragging: false, pending: null, notice: null });
  meetingMode.live = false;
});
afterEach(async () => {
  clearMocks();
  await chooseLang('en');
});

/** The shell's `file-drop` event, once the component listens. */
async function shell(payload: unknown, until: () => void) {
  await waitFor(async () => {
    await emit('file-drop', payload);
    until();
  });
}

const status = () => screen.getByTestId('drop-status');

describe('a bundle dropped on the window', () => {
  test('while files are dragged over the window a hint says what a drop does; it goes on leave', async () => {
    render(FileDrop);
    expect(screen.queryByTestId('drop-hint')).toBeNull();
    expect(status().getAttribute('role')).toBe('status');
    expect(status().textContent).toBe('');
    await shell({ kind: 'over' }, () => expect(screen.getByTestId('drop-hint')).toBeTruthy());
    const hint = screen.getByTestId('drop-hint');
    expect(hint.textContent).toContain('Drop the bundle to see what importing it would do');
    expect(hint.getAttribute('aria-hidden')).toBe('true');
    // Screen readers hear it from the status line.
    expect(status().textContent).toBe('Drop the bundle to see what importing it would do');
    await emit('file-drop', { kind: 'left' });
    await waitFor(() => expect(screen.queryByTestId('drop-hint')).toBeNull());
    expect(status().textContent).toBe('');
    expect(router.route.name).toBe('dashboard');
  });

  test('a dropped bundle opens the federation screen and is handed to its import panel', async () => {
    render(FileDrop);
    await shell({ kind: 'over' }, () => expect(screen.getByTestId('drop-hint')).toBeTruthy());
    await emit('file-drop', { kind: 'dropped', file_name: 'LDN-2026.plenary' });
    await waitFor(() => expect(router.route.name).toBe('federation'));
    expect(fileDrop.pending?.file_name).toBe('LDN-2026.plenary');
    expect(screen.queryByTestId('drop-hint')).toBeNull();
    expect(status().textContent).toBe('');
  });

  test('in meeting mode a drop is not taken: the hint and a polite status line say to import from the federation screen', async () => {
    router.go({ name: 'meeting', id: 'm-1' });
    meetingMode.live = true;
    render(FileDrop);
    await shell({ kind: 'over' }, () => expect(screen.getByTestId('drop-hint')).toBeTruthy());
    expect(screen.getByTestId('drop-hint').dataset.live).toBe('true');
    expect(screen.getByTestId('drop-hint').textContent).toContain('A meeting is under way');
    await emit('file-drop', { kind: 'dropped', file_name: 'LDN-2026.plenary' });
    await waitFor(() =>
      expect(status().textContent).toBe(
        'LDN-2026.plenary was not opened: a meeting is under way. Import it from the Federation screen.',
      ),
    );
    expect(router.route.name).toBe('meeting');
    expect(fileDrop.pending).toBeNull();
    // The sentence stays until dismissed…
    await userEvent.setup().click(screen.getByTestId('drop-dismiss'));
    expect(status().textContent).toBe('');
    expect(screen.queryByTestId('drop-dismiss')).toBeNull();
    // …or another screen is shown.
    await emit('file-drop', { kind: 'dropped', file_name: 'LDN-2026.plenary' });
    await waitFor(() => expect(status().textContent).toContain('a meeting is under way'));
    router.go({ name: 'federation' });
    await waitFor(() => expect(status().textContent).toBe(''));
  });

  test("the stack-keeper's own screen is a live GA too; a meeting page without an item under way is not", async () => {
    router.go({ name: 'stack', meeting: 'm-1', item: null });
    render(FileDrop);
    await shell({ kind: 'dropped', file_name: 'a.plenary' }, () =>
      expect(status().textContent).toContain('a meeting is under way'),
    );
    expect(router.route.name).toBe('stack');
    router.go({ name: 'meeting', id: 'm-1' });
    await emit('file-drop', { kind: 'dropped', file_name: 'b.plenary' });
    await waitFor(() => expect(router.route.name).toBe('federation'));
    expect(fileDrop.pending?.file_name).toBe('b.plenary');
  });

  test('several files, or a file that is not a bundle: a clear sentence, nothing opened', async () => {
    render(FileDrop);
    await shell({ kind: 'refused', reason: 'several-files', file_name: null }, () =>
      expect(status().textContent).toBe('Several files were dropped: drop one bundle at a time. Nothing was read.'),
    );
    await emit('file-drop', { kind: 'refused', reason: 'not-a-bundle', file_name: 'minutes.pdf' });
    await waitFor(() =>
      expect(status().textContent).toBe('minutes.pdf is not a Plenary bundle (a .plenary file). Nothing was read.'),
    );
    expect(router.route.name).toBe('dashboard');
    expect(fileDrop.pending).toBeNull();
    // The next drag clears it.
    await emit('file-drop', { kind: 'over' });
    await waitFor(() => expect(status().textContent).toContain('Drop the bundle'));
  });

  test('in Spanish', async () => {
    await chooseLang('es');
    render(FileDrop);
    await shell({ kind: 'refused', reason: 'not-a-bundle', file_name: 'acta.pdf' }, () =>
      expect(status().textContent).toBe('acta.pdf no es un paquete de Plenary (un archivo .plenary). No se ha leído nada.'),
    );
  });
});

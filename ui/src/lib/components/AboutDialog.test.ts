import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, test } from 'vitest';

import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import AboutDialog from './AboutDialog.svelte';

// jsdom's missing showModal/close: src/test/setup.ts.
afterEach(() => clearMocks());

const storage = {
  database: '/home/sam/.local/share/plenary/plenary.db',
  key: '/home/sam/.local/share/plenary/plenary.db.key',
  backups: '/home/sam/.local/share/plenary/backups',
  encrypted: false,
  is_default_location: true,
  version: '0.1.0',
};

describe('About Plenary', () => {
  test('shows the version and where the record, the key and the backups are', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({ get_storage: () => storage });
    render(AboutDialog);
    const dialog = screen.getByTestId('about-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(false);

    await user.click(screen.getByTestId('about-open'));
    await waitFor(() => expect(dialog.open).toBe(true));
    expect(callsOf(calls, 'get_storage')).toHaveLength(1);
    expect(screen.getByTestId('about-version').textContent).toBe('0.1.0');
    expect(screen.getByTestId('about-database').textContent).toBe(storage.database);
    expect(screen.getByTestId('about-key').textContent).toBe(storage.key);
    expect(screen.getByTestId('about-backups').textContent).toBe(storage.backups);
    expect(dialog.textContent).toContain("computer's usual place");

    await user.click(screen.getByTestId('about-close'));
    expect(dialog.open).toBe(false);
  });

  test('says when the database was chosen at start, and shows a failure as a message', async () => {
    const user = userEvent.setup();
    fakeBackend({ get_storage: () => ({ ...storage, is_default_location: false }) });
    render(AboutDialog);
    await user.click(screen.getByTestId('about-open'));
    await waitFor(() => expect(screen.getByTestId('about-dialog').textContent).toContain('PLENARY_DB'));
    clearMocks();

    fakeBackend({
      get_storage: () => {
        throw coreError('io', 'cannot read the folder');
      },
    });
    await user.click(screen.getByTestId('about-close'));
    await user.click(screen.getByTestId('about-open'));
    await waitFor(() => expect(screen.getByTestId('about-dialog').textContent).toContain('cannot read the folder'));
  });
});

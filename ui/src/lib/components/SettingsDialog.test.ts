import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, test } from 'vitest';

import { assembly } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import SettingsDialog from './SettingsDialog.svelte';

// jsdom's missing showModal/close: src/test/setup.ts.
afterEach(() => clearMocks());

const storage = (encrypted: boolean) => ({
  database: '/home/sam/.local/share/plenary/plenary.db',
  key: '/home/sam/.local/share/plenary/plenary.db.key',
  backups: '/home/sam/.local/share/plenary/backups',
  encrypted,
  is_default_location: true,
  version: '0.1.0',
});

describe('Settings: the passphrase', () => {
  test('a plain record is encrypted with the new passphrase typed twice; the core’s refusal is shown', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_storage: () => storage(false),
      set_passphrase: (a) => {
        if (a.passphrase !== a.again) throw coreError('invalid-input', 'the two passphrases are not the same');
        return { encrypted: true, backups_rekeyed: 2, backups_deleted: 0 };
      },
    });
    render(SettingsDialog);
    await user.click(screen.getByTestId('settings-open'));
    expect((await screen.findByTestId('passphrase-state')).textContent).toContain('not encrypted');
    expect(screen.getByTestId('settings-dialog').textContent).toContain('no way to recover a lost passphrase');
    expect(screen.queryByTestId('passphrase-change-form')).toBeNull();

    await user.type(screen.getByLabelText(/^New passphrase/), 'correct horse battery');
    await user.type(screen.getByLabelText('The new passphrase again'), 'correct horse batery');
    await user.click(screen.getByTestId('passphrase-set'));
    expect((await screen.findByTestId('error')).textContent).toContain('not the same');

    await user.clear(screen.getByLabelText('The new passphrase again'));
    await user.type(screen.getByLabelText('The new passphrase again'), 'correct horse battery');
    await user.click(screen.getByTestId('passphrase-set'));
    await waitFor(() => expect(screen.getByTestId('passphrase-done').textContent).toContain('encrypted with the new passphrase'));
    expect(screen.getByTestId('passphrase-done').textContent).toContain('2 automatic backups');
    expect(screen.queryByTestId('error')).toBeNull();
    expect(callsOf(calls, 'set_passphrase').at(-1)?.args).toEqual({
      passphrase: 'correct horse battery',
      again: 'correct horse battery',
    });
    // Now encrypted: the change and remove forms, the fields emptied.
    expect(screen.getByTestId('passphrase-change-form')).toBeTruthy();
    expect((screen.getByTestId('passphrase-current') as HTMLInputElement).value).toBe('');
  });

  test('an encrypted record: change (current, new twice) and remove (current) call the core; Close returns the focus', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_storage: () => storage(true),
      change_passphrase: () => ({ encrypted: true, backups_rekeyed: 0, backups_deleted: 0 }),
      remove_passphrase: (a) => {
        if (a.current !== 'staple of the movement') {
          throw coreError('wrong-passphrase', 'the passphrase does not open this database; nothing was changed');
        }
        return { encrypted: false, backups_rekeyed: 0, backups_deleted: 0 };
      },
    });
    render(SettingsDialog);
    const opener = screen.getByTestId('settings-open');
    await user.click(opener);
    expect((await screen.findByTestId('passphrase-state')).textContent).toContain('is encrypted');
    expect(screen.queryByTestId('passphrase-set-form')).toBeNull();

    await user.type(screen.getByTestId('passphrase-current'), 'correct horse battery');
    await user.type(screen.getByTestId('passphrase-new'), 'staple of the movement');
    await user.type(screen.getByTestId('passphrase-again'), 'staple of the movement');
    await user.click(screen.getByTestId('passphrase-change'));
    await waitFor(() => expect(callsOf(calls, 'change_passphrase')).toHaveLength(1));
    expect(callsOf(calls, 'change_passphrase')[0].args).toEqual({
      current: 'correct horse battery',
      passphrase: 'staple of the movement',
      again: 'staple of the movement',
    });

    await user.type(screen.getByTestId('passphrase-remove-current'), 'wrong');
    await user.click(screen.getByTestId('passphrase-remove'));
    expect((await screen.findByTestId('error')).textContent).toContain('does not open this database');
    await user.clear(screen.getByTestId('passphrase-remove-current'));
    await user.type(screen.getByTestId('passphrase-remove-current'), 'staple of the movement');
    await user.click(screen.getByTestId('passphrase-remove'));
    await waitFor(() => expect(screen.getByTestId('passphrase-done').textContent).toContain('no longer encrypted'));
    expect(screen.getByTestId('passphrase-set-form')).toBeTruthy();

    await user.click(screen.getByTestId('settings-close'));
    expect(screen.queryByTestId('settings-dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
});

describe('Settings: the language of the minutes the assembly shares', () => {
  test('shows the assembly’s, changes it through the core, says so and hands the assembly back', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_storage: () => storage(false),
      set_minutes_lang: (a) => {
        if (a.lang === 'xx') throw coreError('invalid-input', 'Plenary does not speak "xx"');
        return { ...assembly, minutes_lang: a.lang };
      },
    });
    const handed: string[] = [];
    render(SettingsDialog, { assembly: { ...assembly, minutes_lang: 'fr' }, onassembly: (a) => handed.push(a.minutes_lang) });
    await user.click(screen.getByTestId('settings-open'));
    const select = (await screen.findByLabelText('Language of the minutes this assembly shares')) as HTMLSelectElement;
    expect(select.value).toBe('fr');
    await user.selectOptions(select, 'es');
    await waitFor(() => expect(screen.getByTestId('minutes-lang-done').textContent).toBe('The minutes this assembly shares are now in Español.'));
    expect(callsOf(calls, 'set_minutes_lang').map((c) => c.args)).toEqual([{ lang: 'es' }]);
    expect(handed).toEqual(['es']);
  });

  test('is not shown before there is an assembly', async () => {
    const user = userEvent.setup();
    fakeBackend({ get_storage: () => storage(false) });
    render(SettingsDialog);
    await user.click(screen.getByTestId('settings-open'));
    await screen.findByTestId('passphrase-state');
    expect(screen.queryByTestId('minutes-lang-select')).toBeNull();
  });
});

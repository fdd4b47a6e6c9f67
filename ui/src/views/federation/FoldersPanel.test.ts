import { emit } from '@tauri-apps/api/event';
import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';

import type { FolderStatus } from '../../lib/bindings/FolderStatus';
import type { InboxPass } from '../../lib/bindings/InboxPass';
import { chooseLang } from '../../lib/i18n.svelte';
import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import FoldersPanel from './FoldersPanel.svelte';
import { noFolders, RIV_FP } from './test-fixtures';

afterEach(() => {
  chooseLang(null);
  localStorage.clear();
  clearMocks();
});

const chosen = (over: Partial<FolderStatus> = {}): FolderStatus => ({
  ...noFolders(),
  inbox: '/srv/sync/inbox',
  outbox: '/srv/sync/outbox',
  last_sync: '2026-12-04T10:00:00Z',
  last_outbox: { file_name: 'LAK-2026-12-04T100000Z.plenary', written_at: '2026-12-04T10:00:00Z', records: 12 },
  ...over,
});

const pass = (over: Partial<InboxPass> = {}): InboxPass => ({
  read: 1,
  unchanged: 0,
  imported: [],
  pending: [],
  left_alone: [],
  own: 0,
  relayed: [],
  ...over,
});

/** The core's note that nothing changed since LAK-x.plenary, as it crosses. */
const unchanged = {
  note: 'nothing changed since the last outbox bundle, LAK-x.plenary',
  note_said: {
    code: 'error-federation-note-outbox-unchanged',
    args: { file: 'LAK-x.plenary' },
    message: 'nothing changed since the last outbox bundle, LAK-x.plenary',
  },
};

/** A tampered file's note as the core keeps it: the refusal inside the left-alone words. */
const refusedNote = {
  note: 'RIV-2.plenary was not imported: the signature does not match: the bundle was changed after it was signed, or was not signed by the assembly it names',
  note_said: {
    code: 'error-bundle-not-imported',
    args: {
      file: 'RIV-2.plenary',
      why: {
        code: 'error-bundle-signature-mismatch',
        args: {},
        message: 'the signature does not match: the bundle was changed after it was signed, or was not signed by the assembly it names',
      },
    },
    message: 'RIV-2.plenary was not imported: the signature does not match: the bundle was changed after it was signed, or was not signed by the assembly it names',
  },
};

const leftAlone = (file_name: string, note: { note: string; note_said: typeof refusedNote.note_said | null }) => ({
  file_name,
  size: 10,
  state: 'left-alone' as const,
  ...note,
  assembly_name: null,
  assembly_code: null,
  fingerprint: null,
  made_at: null,
  seen_at: '2026-12-04T10:00:00Z',
});

describe('FoldersPanel', () => {
  test('saving the folders sends the two paths as typed', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_federation_folders: () => noFolders(),
      set_federation_folders: () => chosen(),
    });
    render(FoldersPanel, {});
    const save = screen.getByTestId('folders-save');
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText('Inbox folder'), '/srv/sync/inbox');
    await user.type(screen.getByLabelText('Outbox folder'), '/srv/sync/outbox');
    await user.click(save);
    await waitFor(() => expect(screen.getByTestId('folders-outcome').textContent).toContain('Folders saved'));
    expect(callsOf(calls, 'set_federation_folders').map((c) => c.args)).toEqual([
      { inbox: '/srv/sync/inbox', outbox: '/srv/sync/outbox' },
    ]);
  });

  test('a refused folder shows the core message', async () => {
    const user = userEvent.setup();
    fakeBackend({
      get_federation_folders: () => noFolders(),
      set_federation_folders: () => {
        throw coreError('invalid-input', 'the inbox folder /nowhere cannot be used: No such file or directory');
      },
    });
    render(FoldersPanel, {});
    await user.type(screen.getByLabelText('Inbox folder'), '/nowhere');
    await user.type(screen.getByLabelText('Outbox folder'), '/tmp');
    await user.click(screen.getByTestId('folders-save'));
    await waitFor(() => expect(screen.getByTestId('error').textContent).toContain('/nowhere cannot be used'));
  });

  test('a key waiting for approval shows its assembly and fingerprint; Approve sends that fingerprint', async () => {
    const user = userEvent.setup();
    let status = chosen({
      pending: [{ fingerprint: RIV_FP, assembly_name: 'Riverside GA', assembly_code: 'RIV', files: ['RIV-1.plenary'] }],
    });
    const calls = fakeBackend({
      get_federation_folders: () => status,
      approve_federation_key: () => {
        status = chosen({ imported_files: 1 });
        return pass({
          imported: [
            {
              file_name: 'RIV-1.plenary',
              assembly_name: 'Riverside GA',
              assembly_code: 'RIV',
              totals: { new: 3, updated: 0, unchanged: 0, refused: 0, deleted: 0 },
              changed: true,
            },
          ],
        });
      },
    });
    const onsynced = vi.fn();
    render(FoldersPanel, { onsynced });
    const key = await screen.findByTestId('pending-key');
    expect(key.textContent).toContain('Riverside GA');
    expect(key.textContent).toContain(RIV_FP);
    await user.click(within(key).getByRole('button', { name: 'Approve the key of Riverside GA' }));
    await waitFor(() => expect(onsynced).toHaveBeenCalled());
    expect(callsOf(calls, 'approve_federation_key').map((c) => c.args)).toEqual([{ fingerprint: RIV_FP }]);
    await waitFor(() => expect(screen.queryByTestId('pending-key')).toBeNull());
    expect(screen.getByTestId('folders-outcome').textContent).toContain('1 bundle imported');
  });

  test('files left alone are listed with their notes, as text', async () => {
    fakeBackend({
      get_federation_folders: () =>
        chosen({
          left_alone: [
            {
              file_name: '<img src=x>.plenary',
              size: 10,
              state: 'left-alone',
              note: '<b>RIV-2.plenary</b> was not imported: the signature does not match',
              note_said: null,
              assembly_name: null,
              assembly_code: null,
              fingerprint: null,
              made_at: null,
              seen_at: '2026-12-04T10:00:00Z',
            },
          ],
        }),
    });
    render(FoldersPanel, {});
    const f = await screen.findByTestId('left-alone-file');
    expect(f.textContent).toContain('<b>RIV-2.plenary</b> was not imported: the signature does not match');
    expect(f.textContent).toContain('<img src=x>.plenary');
    expect(f.querySelector('b, img')).toBeNull();
  });

  test('what the watcher did (its event) reloads the panel and, after an import, the view', async () => {
    let status = chosen();
    fakeBackend({ get_federation_folders: () => status });
    const onsynced = vi.fn();
    render(FoldersPanel, { onsynced });
    await screen.findByTestId('folders-current');
    expect(screen.queryByTestId('pending-key')).toBeNull();
    status = chosen({
      pending: [{ fingerprint: RIV_FP, assembly_name: 'Riverside GA', assembly_code: 'RIV', files: ['RIV-1.plenary'] }],
    });
    // Emitted until heard: the panel starts listening once it has loaded.
    await waitFor(async () => {
      await emit('federation-folders', {
        at: '2026-12-04T10:01:00Z',
        report: { inbox: pass({ pending: [] }), outbox: null },
        error: null,
      });
      expect(screen.getByTestId('pending-key')).toBeTruthy();
    });
    expect(onsynced).not.toHaveBeenCalled();
    await emit('federation-folders', {
      at: '2026-12-04T10:02:00Z',
      report: {
        inbox: pass({
          imported: [
            {
              file_name: 'RIV-2.plenary',
              assembly_name: 'Riverside GA',
              assembly_code: 'RIV',
              totals: { new: 1, updated: 0, unchanged: 0, refused: 0, deleted: 0 },
              changed: true,
            },
          ],
        }),
        outbox: null,
      },
      error: null,
    });
    await waitFor(() => expect(onsynced).toHaveBeenCalledTimes(1));
  });

  test('"Write the outbox now" and "Sync now" say what the core did', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_federation_folders: () => chosen(),
      write_outbox_now: () => ({ written: null, ...unchanged }),
      sync_federation_folders: () => ({
        inbox: pass({ left_alone: [] }),
        outbox: { written: null, ...unchanged },
      }),
    });
    render(FoldersPanel, {});
    await user.click(await screen.findByTestId('folders-write-outbox'));
    await waitFor(() => expect(screen.getByTestId('folders-outcome').textContent).toContain('nothing changed'));
    await user.click(screen.getByTestId('folders-sync'));
    await waitFor(() => expect(callsOf(calls, 'sync_federation_folders')).toHaveLength(1));
    expect(screen.getByTestId('folders-last-outbox').textContent).toContain('LAK-2026-12-04T100000Z.plenary');
  });
});

describe('FoldersPanel in another language', () => {
  test('a file’s note and the outbox’s are worded in the app’s language; a note an earlier Plenary kept stays as it was', async () => {
    chooseLang('es');
    const user = userEvent.setup();
    const oldNote = 'RIV-1.plenary was not imported: the signature does not match';
    fakeBackend({
      get_federation_folders: () =>
        chosen({ left_alone: [leftAlone('RIV-1.plenary', { note: oldNote, note_said: null }), leftAlone('RIV-2.plenary', refusedNote)] }),
      write_outbox_now: () => ({ written: null, ...unchanged }),
    });
    render(FoldersPanel, {});
    const files = await screen.findAllByTestId('left-alone-file');
    expect(files[1].textContent).toContain(
      'RIV-2.plenary no se ha importado: la firma no coincide: el paquete se cambió después de firmarlo, o no lo firmó la asamblea que dice',
    );
    expect(files[1].textContent).not.toContain('signature');
    expect(files[0].textContent).toContain(oldNote);
    await user.click(screen.getByTestId('folders-write-outbox'));
    await waitFor(() =>
      expect(screen.getByTestId('folders-outcome').textContent).toContain(
        'nada ha cambiado desde el último paquete de salida, LAK-x.plenary',
      ),
    );
  });

  test('in Arabic', async () => {
    chooseLang('ar');
    fakeBackend({ get_federation_folders: () => chosen({ left_alone: [leftAlone('RIV-2.plenary', refusedNote)] }) });
    render(FoldersPanel, {});
    const f = await screen.findByTestId('left-alone-file');
    expect(f.textContent).toContain('لم يُستورد');
    expect(f.textContent).toContain('التوقيع غير مطابق');
    expect(f.textContent).not.toContain('was not imported');
  });
});

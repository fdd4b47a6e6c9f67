import { emit } from '@tauri-apps/api/event';
import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import { dropBundle, fileDrop } from '../../lib/fileDrop.svelte';
import { chooseLang } from '../../lib/i18n.svelte';
import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import FederationView from './FederationView.svelte';
import ImportPanel from './ImportPanel.svelte';
import { fakeFederation, federation, glance, localOnly, preview, report, RIV_FP } from './test-fixtures';

afterEach(() => {
  clearMocks();
});

const row = (table: string) =>
  within(screen.getByTestId('import-counts'))
    .getAllByTestId('count-row')
    .find((r) => r.dataset.table === table)!;

describe('importing a bundle', () => {
  test('the preview shows who made it, the NEW key to be pinned, verification, scope and counts per table', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({ preview_import: () => preview({ key: 'new' }) });
    render(ImportPanel);

    await user.click(screen.getByRole('button', { name: 'Import a bundle…' }));
    const panel = await screen.findByTestId('import-preview');
    expect(callsOf(calls, 'preview_import')[0].args).toEqual({});
    expect(panel.dataset.key).toBe('new');
    expect(screen.getByTestId('import-assembly-name').textContent).toBe('Riverside General Assembly');
    expect(screen.getByTestId('import-assembly-code').textContent).toBe('RIV');
    expect(screen.getByTestId('import-fingerprint').textContent).toBe(RIV_FP);
    expect(screen.getByTestId('import-key').dataset.value).toBe('new');
    expect(screen.getByTestId('import-key').textContent).toContain('New key');
    expect(screen.getByTestId('import-key-note').textContent).toContain('Importing will pin this key');
    expect(screen.getByTestId('import-verifies').dataset.value).toBe('true');
    expect(screen.getByTestId('import-importable').dataset.value).toBe('true');
    expect(screen.getByTestId('import-importable').textContent).not.toContain('would be refused');
    expect(screen.getByTestId('import-scope').textContent).toContain('Everything changed since');
    expect(screen.queryByTestId('import-problem')).toBeNull();

    expect(row('working_groups').dataset).toMatchObject({ new: '2', updated: '0', unchanged: '1', refused: '0' });
    expect(row('proposals').dataset).toMatchObject({ new: '0', updated: '1', refused: '1' });
    expect(row('working_groups').textContent).toContain('working group');
    expect(screen.getByTestId('count-total').dataset).toMatchObject({ new: '3', updated: '1', unchanged: '1', refused: '1' });
    const refusal = screen.getByTestId('import-refusal');
    expect(refusal.dataset.table).toBe('proposals');
    expect(refusal.textContent).toContain('its working group is not in the bundle');
    // The focus moves to the preview.
    expect(document.activeElement).toBe(screen.getByTestId('import-heading'));
    expect(screen.getByTestId('import-confirm')).toBeTruthy();
  });

  test('a bundle of chosen meetings names them', async () => {
    const user = userEvent.setup();
    const p = preview({ key: 'new' });
    p.inspection.scope = { kind: 'meetings', meetings: ['m-3', 'm-1'] };
    p.inspection.chosen_meetings = ['RIV-GA-3', 'RIV-GA-1'];
    fakeBackend({ preview_import: () => p });
    render(ImportPanel);
    await user.click(screen.getByRole('button', { name: 'Import a bundle…' }));
    await screen.findByTestId('import-preview');
    expect(screen.getByTestId('import-scope').textContent).toBe('Meetings RIV-GA-3, RIV-GA-1');
  });

  test('a sealed bundle, opened with our key, says who it was sealed for; a plain one says nothing of it', async () => {
    const user = userEvent.setup();
    const p = preview({ key: 'known' });
    p.inspection.sealed_for = [
      { id: 'a-brs', name: 'Occupy Bristol', code: 'BRS', public_key: '12'.repeat(32), fingerprint: '1234 5678' },
      { id: 'a-ldn', name: 'Occupy London', code: 'LDN', public_key: '34'.repeat(32), fingerprint: '9abc def0' },
    ];
    fakeBackend({ preview_import: () => p });
    const { unmount } = render(ImportPanel);
    await user.click(screen.getByRole('button', { name: 'Import a bundle…' }));
    const sealed = await screen.findByTestId('import-sealed');
    expect(sealed.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      "For Occupy Bristol (BRS), Occupy London (LDN); opened with this assembly's key. Nobody else could read it on the way.",
    );
    unmount();
    clearMocks();
    fakeBackend({ preview_import: () => preview({ key: 'known' }) });
    render(ImportPanel);
    await user.click(screen.getByRole('button', { name: 'Import a bundle…' }));
    await screen.findByTestId('import-preview');
    expect(screen.queryByTestId('import-sealed')).toBeNull();
  });

  test('a bundle sealed for other assemblies is refused with who it is for', async () => {
    const user = userEvent.setup();
    fakeBackend({
      preview_import: () => {
        throw coreError(
          'bundle',
          'LDN.plenary cannot be opened here: it is sealed for Occupy London (LDN); this assembly is not one of them (only they can open it)',
        );
      },
    });
    render(ImportPanel);
    await user.click(screen.getByRole('button', { name: 'Import a bundle…' }));
    expect((await screen.findByTestId('error')).textContent).toContain('this assembly is not one of them');
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  test('an already known key is said to be known', async () => {
    const user = userEvent.setup();
    fakeBackend({ preview_import: () => preview({ key: 'known' }) });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    const key = await screen.findByTestId('import-key');
    expect(key.dataset.value).toBe('known');
    expect(key.textContent).toContain('Known key');
    expect(screen.getByTestId('import-key-note').textContent).toContain('already pinned here');
    expect(screen.getByTestId('import-key-note').textContent).not.toContain('will pin');
  });

  test('confirming calls import_bundle with the token, shows the report and asks for the federation again', async () => {
    const user = userEvent.setup();
    let imported = false;
    const calls = fakeFederation({
      list_received_bundles: () => [],
      get_federation: () => (imported ? federation() : localOnly()),
      get_dashboard: () => {
        throw coreError('not-found', 'not needed');
      },
      preview_import: () => preview(),
      import_bundle: () => {
        imported = true;
        return report({ dry_run: false, changed: true, refusals: [] });
      },
    });
    render(FederationView);
    await screen.findByTestId('federation-empty');

    await user.click(screen.getByRole('button', { name: 'Import a bundle…' }));
    await user.click(await screen.findByRole('button', { name: 'Import from RIV' }));

    await waitFor(() => expect(callsOf(calls, 'import_bundle')).toHaveLength(1));
    expect(callsOf(calls, 'import_bundle')[0].args).toEqual({ token: 'tok-123' });
    const done = await screen.findByTestId('import-report');
    expect(done.dataset.changed).toBe('true');
    expect(screen.queryByTestId('import-preview')).toBeNull();
    const total = within(done).getByTestId('count-total');
    expect(total.dataset).toMatchObject({ new: '3', updated: '1' });
    expect(screen.getByTestId('import-undo-note').textContent).toContain('Undo this import');
    expect(document.activeElement).toBe(screen.getByTestId('import-report-heading'));

    // The federation is asked again: the other assembly's WGs appear.
    await waitFor(() => expect(callsOf(calls, 'get_federation')).toHaveLength(2));
    await waitFor(() =>
      expect(screen.getAllByTestId('fed-wg-group-name').map((g) => g.textContent)).toContain('Legal Observers'),
    );
    expect(screen.queryByTestId('federation-empty')).toBeNull();
  });

  test('Cancel sends nothing and puts the focus back on the import button', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({ preview_import: () => preview() });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(callsOf(calls, 'import_bundle')).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByTestId('import-bundle'));
  });

  test('the preview is a modal dialog: Esc cancels it, sends nothing, and gives the focus back', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({ preview_import: () => preview() });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    const dialog = await screen.findByTestId('import-dialog');
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.contains(screen.getByTestId('import-preview'))).toBe(true);
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('import-dialog')).toBeNull());
    expect(callsOf(calls, 'import_bundle')).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByTestId('import-bundle'));
  });

  test('while the chosen file is checked, the status line names it (its import-checking event), then the preview', async () => {
    const user = userEvent.setup();
    let answer!: (p: unknown) => void;
    fakeBackend({ preview_import: () => new Promise((r) => (answer = r)) });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    const status = screen.getByTestId('import-waiting');
    await waitFor(() => expect(status.textContent).toContain('Choose the bundle file'));
    await waitFor(async () => {
      await emit('import-checking', { file_name: 'ten-years.plenary', bytes: 23_907_533, glance: null });
      expect(status.textContent?.trim()).toBe('Checking ten-years.plenary (22.8 MB)…');
    });
    answer(preview());
    await screen.findByTestId('import-preview');
    expect(status.textContent?.trim()).toBe('');
  });

  test('a bundle dropped on the window is previewed without the dialog: preview_import {dropped}, the status line names it', async () => {
    let answer!: (p: unknown) => void;
    const calls = fakeBackend({ preview_import: () => new Promise((r) => (answer = r)) });
    render(ImportPanel);
    dropBundle('LDN-2026.plenary');
    const status = screen.getByTestId('import-waiting');
    await waitFor(() => expect(status.textContent?.trim()).toBe('Opening LDN-2026.plenary, the dropped bundle…'));
    await waitFor(() => expect(callsOf(calls, 'preview_import').map((c) => c.args)).toEqual([{ dropped: true }]));
    expect(fileDrop.pending).toBeNull();
    await waitFor(async () => {
      await emit('import-checking', { file_name: 'LDN-2026.plenary', bytes: 20480, glance: glance() });
      expect(screen.getByTestId('import-dialog')).toBeTruthy();
    });
    // A second drop while this one is checked is not taken: the frame's status line says so.
    dropBundle('other.plenary');
    await waitFor(() =>
      expect(fileDrop.notice).toBe('other.plenary was not opened: finish the import under way first.'),
    );
    answer(preview());
    await waitFor(() => expect(screen.getByTestId('import-check-status').dataset.value).toBe('importable'));
    expect(callsOf(calls, 'preview_import')).toHaveLength(1);
    expect(status.textContent?.trim()).toBe('');
    fileDrop.notice = null;
  });

  test('the first glance opens the preview at once — who made it, what it holds — and the dry run fills in the verdict, the focus left where it was', async () => {
    const user = userEvent.setup();
    let answer!: (p: unknown) => void;
    const calls = fakeBackend({ preview_import: () => new Promise((r) => (answer = r)) });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    await waitFor(async () => {
      await emit('import-checking', { file_name: 'RIV-2011-12-01.plenary', bytes: 20480, glance: glance() });
      expect(screen.getByTestId('import-dialog')).toBeTruthy();
    });
    expect(screen.getByTestId('import-assembly-code').textContent).toBe('RIV');
    expect(screen.getByTestId('import-holds').textContent).toContain('working group');
    const status = screen.getByTestId('import-check-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.dataset.value).toBe('checking');
    expect(status.textContent).toContain('Checking every record');
    expect(screen.getByTestId('import-verifies').textContent).toContain('Checking');
    expect(screen.queryByTestId('import-importable')).toBeNull();
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('import-heading')));
    // The person moves on in the dialog; the verdict must not pull the focus back.
    await user.tab();
    const focused = document.activeElement;
    expect(focused).not.toBe(screen.getByTestId('import-heading'));

    answer(preview());
    await waitFor(() => expect(status.dataset.value).toBe('importable'));
    expect(status.textContent).toContain('this assembly can import it');
    expect(screen.getByTestId('import-importable').dataset.value).toBe('true');
    expect(screen.getByTestId('import-counts')).toBeTruthy();
    expect(screen.getByTestId('import-confirm')).toBeTruthy();
    expect(document.activeElement).toBe(focused);
    expect(callsOf(calls, 'preview_import')).toHaveLength(1);
  });

  test('closed on its first glance, the preview stays closed when the dry run answers', async () => {
    const user = userEvent.setup();
    let answer!: (p: unknown) => void;
    fakeBackend({ preview_import: () => new Promise((r) => (answer = r)) });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    await waitFor(async () => {
      await emit('import-checking', { file_name: 'RIV-2011-12-01.plenary', bytes: 20480, glance: glance() });
      expect(screen.getByTestId('import-dialog')).toBeTruthy();
    });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('import-dialog')).toBeNull());
    answer(preview());
    await waitFor(() => expect((screen.getByTestId('import-bundle') as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId('import-dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('import-bundle'));
  });

  test('a bundle whose signature fails says so at its first glance', async () => {
    const user = userEvent.setup();
    fakeBackend({ preview_import: () => new Promise(() => {}) });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    await waitFor(async () => {
      await emit('import-checking', {
        file_name: 'RIV-2011-12-01.plenary',
        bytes: 20480,
        glance: glance({ verifies: false, problem: 'the signature does not match the manifest' }),
      });
      expect(screen.getByTestId('import-dialog')).toBeTruthy();
    });
    expect(screen.getByTestId('import-check-status').dataset.value).toBe('not-verified');
    expect(screen.getByTestId('import-problem').textContent).toContain('the signature does not match');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
  });

  test('a cancelled file dialog shows nothing', async () => {
    const user = userEvent.setup();
    fakeBackend({ preview_import: () => null });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    await waitFor(() => expect((screen.getByTestId('import-bundle') as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(screen.queryByTestId('error')).toBeNull();
  });

  test('a bundle that does not verify says why and has no Import button', async () => {
    const user = userEvent.setup();
    fakeBackend({
      preview_import: () =>
        preview({ key: 'known', verifies: false, problem: 'the signature does not match the manifest' }),
    });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    const panel = await screen.findByTestId('import-preview');
    expect(panel.dataset.verifies).toBe('false');
    expect(screen.getByTestId('import-verifies').textContent).toContain('Does not verify');
    expect(screen.queryByTestId('import-importable')).toBeNull();
    const problem = screen.getByTestId('import-problem');
    expect(problem.dataset.kind).toBe('verify');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toContain('the signature does not match the manifest');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Import from/ })).toBeNull();
    // What it holds is still shown; the only way on is Close.
    expect(screen.getByTestId('import-holds').textContent).toContain('working group');
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  test('why a bundle does not verify, and why a record would be refused, are worded in the app\'s language', async () => {
    const user = userEvent.setup();
    const changed = {
      code: 'error-bundle-entry-changed',
      args: { entry: 'records/people.jsonl' },
      message: 'entry records/people.jsonl does not match its SHA-256 in the manifest: it was changed or damaged after the bundle was made',
    };
    fakeBackend({
      preview_import: () => preview({ key: 'known', verifies: false, problem: changed.message, problem_said: changed }),
    });
    chooseLang('es');
    try {
      render(ImportPanel);
      await user.click(screen.getByTestId('import-bundle'));
      const problem = await screen.findByTestId('import-problem');
      expect(problem.textContent).toContain(
        'la entrada records/people.jsonl no coincide con su SHA-256 del manifiesto: se cambió o se dañó después de hacer el paquete',
      );
      expect(problem.textContent).not.toContain('does not match');
    } finally {
      chooseLang(null);
    }
  });

  test('a refused record\'s reason is worded in the app\'s language, the English kept for an older report', async () => {
    const user = userEvent.setup();
    const said = {
      code: 'error-bundle-refused-refers-to-refused',
      args: {
        column: 'wg_id',
        target: { code: 'error-bundle-a-working-groups', args: {}, message: 'a working group' },
        id: 'wg-1',
      },
      message: 'its wg_id names a working group wg-1, which was refused',
    };
    const withSaid = preview({ key: 'known', refused_records: 2 });
    withSaid.report!.refusals = [
      { table: 'proposals', record: 'proposal', id: 'pr-x', reason: said.message, said },
      { table: 'proposals', record: 'proposal', id: 'pr-y', reason: 'an older report kept only this', said: null },
    ];
    fakeBackend({ preview_import: () => withSaid });
    chooseLang('es');
    try {
      render(ImportPanel);
      await user.click(screen.getByTestId('import-bundle'));
      await screen.findByTestId('import-preview');
      const [first, second] = screen.getAllByTestId('import-refusal');
      expect(first.textContent).toContain('su wg_id nombra una comisión wg-1, que fue rechazado');
      // The kind of record too, here and in the counts.
      expect(first.querySelector('.record')?.textContent).toBe('propuesta');
      expect(row('working_groups').querySelector('.record')?.textContent).toBe('comisión');
      expect(second.textContent).toContain('an older report kept only this');
    } finally {
      chooseLang(null);
    }
  });

  test('a bundle importable here with records that would be refused says how many, and offers Import', async () => {
    const user = userEvent.setup();
    fakeBackend({ preview_import: () => preview({ key: 'known', refused_records: 2 }) });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    const importable = await screen.findByTestId('import-importable');
    expect(importable.dataset.value).toBe('true');
    expect(importable.textContent).toContain('2 records would be refused');
    expect(screen.getByTestId('import-confirm')).toBeTruthy();
  });

  test('a key that does not match the pinned one shows both fingerprints and no Import button', async () => {
    const user = userEvent.setup();
    fakeBackend({
      preview_import: () =>
        preview({ key: 'mismatch', refusal: 'RIV is known here under another key' }),
    });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    expect((await screen.findByTestId('import-key')).dataset.value).toBe('mismatch');
    // It verifies (intact, signed by the key it names) but is not importable here.
    expect(screen.getByTestId('import-verifies').dataset.value).toBe('true');
    expect(screen.getByTestId('import-importable').dataset.value).toBe('false');
    expect(screen.getByTestId('import-problem').dataset.kind).toBe('here');
    expect(screen.getByTestId('import-fingerprint').textContent).toBe(RIV_FP);
    expect(screen.getByTestId('import-pinned-fingerprint').textContent).toBe('0000 1111 2222 3333');
    expect(screen.getByTestId('import-problem').textContent).toContain('RIV is known here under another key');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
  });

  test('errors of preview_import and import_bundle are shown', async () => {
    const user = userEvent.setup();
    let fail = true;
    fakeBackend({
      preview_import: () => {
        if (fail) throw coreError('bundle', 'RIV.plenary is not a Plenary bundle (not a zip archive)');
        return preview();
      },
      import_bundle: () => {
        throw coreError('not-found', 'that bundle is no longer waiting to be imported: choose the file again');
      },
    });
    render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    expect((await screen.findByTestId('error')).textContent).toContain('not a Plenary bundle');
    expect(screen.queryByTestId('import-preview')).toBeNull();

    fail = false;
    await user.click(screen.getByTestId('import-bundle'));
    await user.click(await screen.findByTestId('import-confirm'));
    expect((await screen.findByTestId('error')).textContent).toContain('no longer waiting to be imported');
    // The preview stays so the person sees what failed; the message is in the dialog.
    expect(screen.getByTestId('import-preview')).toBeTruthy();
    expect(screen.getByTestId('import-dialog').contains(screen.getByTestId('error'))).toBe(true);
    expect(screen.queryByTestId('import-report')).toBeNull();
  });

  test('text from the bundle is shown as text', async () => {
    const user = userEvent.setup();
    const evil = '<img src=x onerror=alert(1)>';
    fakeBackend({
      preview_import: () => {
        const p = preview({ verifies: false, problem: evil });
        p.inspection.assembly = { ...p.inspection.assembly, name: evil, code: '<b>X</b>' };
        p.inspection.file_name = evil;
        return p;
      },
    });
    const { container } = render(ImportPanel);

    await user.click(screen.getByTestId('import-bundle'));
    expect((await screen.findByTestId('import-assembly-name')).textContent).toBe(evil);
    expect(screen.getByTestId('import-problem').textContent).toContain(evil);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});

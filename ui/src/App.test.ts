import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';

import App from './App.svelte';
import { router } from './lib/router.svelte';
import { views } from './views';
import { assembly, dashboard, detail } from './test/fixtures';
import { callsOf, coreError, fakeBackend } from './test/ipc';

// The views are loaded on first use (src/views/index.ts); compiling them here, once, keeps
// the first navigation of a test within waitFor's second on a slow machine.
beforeAll(async () => {
  await Promise.all(Object.values(views).map((load) => load()));
}, 120_000);

beforeEach(() => {
  location.hash = '';
  // The router is shared by all tests of this file: start each on the dashboard.
  router.route = { name: 'dashboard' };
});

afterEach(() => {
  clearMocks();
  location.hash = '';
});

describe('app', () => {
  test('starts on the dashboard; a meeting row opens the meeting view; the back link returns', async () => {
    const user = userEvent.setup();
    fakeBackend({
      get_dashboard: () => dashboard(),
      get_meeting: () => detail(),
    });
    render(App);

    expect(await screen.findByTestId('assembly-name')).toBeTruthy();
    expect(within(screen.getByTestId('topbar')).getByTestId('topbar-assembly').textContent).toContain('LDN');

    const row = (await screen.findAllByTestId('meeting-row')).find((r) => r.dataset.meetingId === 'm-39')!;
    await user.click(within(row).getByRole('link'));
    await waitFor(() => expect(screen.getByTestId('meeting-view').dataset.meetingId).toBe('m-39'));
    expect(await screen.findAllByTestId('agenda-item')).toHaveLength(3);
    // Focus moves to the new view's heading, for keyboard and screen-reader users.
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));

    await user.click(screen.getByTestId('back-to-dashboard'));
    await waitFor(() => expect(screen.getByTestId('dashboard')).toBeTruthy());
    expect(screen.queryByTestId('meeting-view')).toBeNull();
  });

  test('first run: with no assembly, the setup screen creates one with init_assembly, then shows the dashboard', async () => {
    const user = userEvent.setup();
    let created = false;
    const calls = fakeBackend({
      get_dashboard: () => {
        if (!created) throw coreError('no-assembly', 'this database has no assembly yet: run `plenary init` first');
        return dashboard({ working_groups: [], upcoming: [], recent: [], meeting_total: 0, wg_total: 0, active_wgs: 0 });
      },
      init_assembly: (args) => {
        if (args.code === 'L') throw coreError('invalid-input', 'assembly code "L" must be 2 to 8 letters or digits, like LDN or NYC');
        created = true;
        return { ...assembly, name: args.name, code: String(args.code).toUpperCase(), default_rule: args.rule };
      },
    });
    location.hash = '#/meeting/m-1';
    render(App);

    const form = await screen.findByTestId('setup-form');
    expect(screen.queryByTestId('dashboard')).toBeNull();
    // The core's "run plenary init" hint is for the command line, not for this screen.
    expect(screen.queryByTestId('error')).toBeNull();
    // Keyboard first: the name field has the focus.
    expect(document.activeElement).toBe(within(form).getByLabelText('Name of the assembly'));

    await user.keyboard('Occupy London General Assembly');
    await user.selectOptions(within(form).getByLabelText('Default decision rule'), 'modified:90');
    await user.type(within(form).getByLabelText('Short code'), 'L{Enter}');
    // The core's refusal is shown, and nothing typed is lost.
    expect((await within(form).findByTestId('error')).textContent).toContain('must be 2 to 8 letters or digits');
    expect((within(form).getByLabelText('Short code') as HTMLInputElement).value).toBe('L');

    await user.type(within(form).getByLabelText('Short code'), 'dn{Enter}');
    await waitFor(() => expect(callsOf(calls, 'init_assembly')).toHaveLength(2));
    expect(callsOf(calls, 'init_assembly')[1].args).toEqual({
      name: 'Occupy London General Assembly',
      code: 'Ldn',
      rule: 'modified:90',
      // The minutes it shares in the app's language.
      lang: 'en',
    });

    expect(await screen.findByTestId('dashboard')).toBeTruthy();
    expect((await screen.findByTestId('assembly-name')).textContent).toBe('Occupy London General Assembly');
    expect(screen.queryByTestId('setup-form')).toBeNull();
    expect(location.hash).toBe('#/');
  });

  test('first run: "Open the demo assembly" fills this database with the demo and shows it; the setup says where the record is kept', async () => {
    const user = userEvent.setup();
    let filled = false;
    const calls = fakeBackend({
      get_dashboard: () => {
        if (!filled) throw coreError('no-assembly', 'this database has no assembly yet: run `plenary init` first');
        return dashboard({ assembly: { ...assembly, name: 'Riverside General Assembly', code: 'RIV' } });
      },
      get_storage: () => ({
        database: '/home/sam/.local/share/plenary/plenary.db',
        key: '/home/sam/.local/share/plenary/plenary.db.key',
        backups: '/home/sam/.local/share/plenary/backups',
        encrypted: false,
        is_default_location: true,
        version: '0.1.0',
      }),
      open_demo: () => {
        filled = true;
        return { ...assembly, name: 'Riverside General Assembly', code: 'RIV' };
      },
    });
    render(App);

    expect((await screen.findByTestId('setup-storage')).textContent).toContain('/home/sam/.local/share/plenary/plenary.db');
    await user.click(screen.getByTestId('setup-demo'));
    await waitFor(() => expect(callsOf(calls, 'open_demo')).toHaveLength(1));
    expect((await screen.findByTestId('assembly-name')).textContent).toBe('Riverside General Assembly');
    expect(screen.queryByTestId('setup')).toBeNull();
    expect(callsOf(calls, 'init_assembly')).toHaveLength(0);
  });

  test('an encrypted record: only the unlock screen until the passphrase opens it; a wrong one is said and can be retried', async () => {
    const user = userEvent.setup();
    let unlocked = false;
    const calls = fakeBackend({
      get_dashboard: () => {
        if (!unlocked) throw coreError('locked', 'this database is encrypted and not unlocked yet: give its passphrase first');
        return dashboard();
      },
      unlock: (args) => {
        if ((args as { passphrase: string }).passphrase !== 'correct horse battery') {
          throw coreError('wrong-passphrase', 'the passphrase does not open this database; nothing was changed');
        }
        unlocked = true;
        return null;
      },
    });
    render(App);

    const field = (await screen.findByTestId('unlock-passphrase')) as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    // Nothing else: no top bar, no navigation, no error about the dashboard.
    expect(screen.queryByTestId('topbar')).toBeNull();
    expect(screen.queryByTestId('error')).toBeNull();
    expect(screen.getByTestId('unlock').textContent).toContain('no way to recover a lost passphrase');

    await user.type(field, 'wrong horse');
    await user.click(screen.getByTestId('unlock-submit'));
    expect((await screen.findByTestId('error')).textContent).toContain('does not open this record');
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');

    await user.type(field, 'correct horse battery{Enter}');
    expect(await screen.findByTestId('assembly-name')).toBeTruthy();
    expect(screen.queryByTestId('unlock')).toBeNull();
    expect(callsOf(calls, 'unlock').map((c) => c.args)).toEqual([
      { passphrase: 'wrong horse' },
      { passphrase: 'correct horse battery' },
    ]);
  });

  test('records being brought up to date after an update: the upgrade screen alone, said politely, until they open', async () => {
    let answers = 0;
    fakeBackend({
      get_dashboard: () => {
        answers += 1;
        if (answers < 3) throw coreError('upgrading', 'the records are being brought up to date for this version of Plenary; a moment');
        return dashboard();
      },
    });
    render(App);

    const view = await screen.findByTestId('upgrading');
    expect(view.textContent).toContain('Bringing the records up to date');
    expect(within(view).getByRole('status').textContent).toContain('This happens once');
    expect(screen.queryByTestId('topbar')).toBeNull();
    expect(screen.queryByTestId('error')).toBeNull();
    // Asked again every half second until the records open: then the dashboard.
    expect(await screen.findByTestId('assembly-name', {}, { timeout: 5_000 })).toBeTruthy();
    expect(screen.queryByTestId('upgrading')).toBeNull();
    expect(answers).toBeGreaterThanOrEqual(3);
  });

  test('an upgrade that failed says why instead of waiting for ever', async () => {
    let answers = 0;
    fakeBackend({
      get_dashboard: () => {
        answers += 1;
        if (answers < 2) throw coreError('upgrading', 'the records are being brought up to date for this version of Plenary; a moment');
        throw coreError('database', 'database migration failed: no such table: meetings');
      },
    });
    render(App);

    await screen.findByTestId('upgrading');
    expect((await screen.findByTestId('error', {}, { timeout: 5_000 })).textContent).toContain('no such table: meetings');
    expect(screen.queryByTestId('upgrading')).toBeNull();
  });

  test('another failure to load the dashboard is shown, not the setup screen', async () => {
    fakeBackend({
      get_dashboard: () => {
        throw coreError('newer-database', 'this database was made by a newer Plenary');
      },
    });
    render(App);
    expect((await screen.findByTestId('error')).textContent).toContain('made by a newer Plenary');
    expect(screen.queryByTestId('setup-form')).toBeNull();
  });

  test('an unknown address says so', async () => {
    fakeBackend({ get_dashboard: () => dashboard() });
    location.hash = '#/nowhere';
    render(App);
    expect((await screen.findByTestId('view-not-found')).textContent).toContain('/nowhere');
  });
  test('"Federation" in the top bar opens the federation view', async () => {
    const user = userEvent.setup();
    fakeBackend({
      get_dashboard: () => dashboard(),
      get_federation: () => ({ local: assembly.id, assemblies: [], working_groups: [], proposals: [], decisions: [] }),
      list_received_bundles: () => [],
    });
    render(App);
    await screen.findByTestId('assembly-name');

    const link = within(screen.getByTestId('topbar')).getByRole('link', { name: 'Federation' });
    expect(link.getAttribute('href')).toBe('#/federation');
    await user.click(link);
    await waitFor(() => expect(screen.getByTestId('federation-view')).toBeTruthy());
    expect(link.getAttribute('aria-current')).toBe('page');
  });
});

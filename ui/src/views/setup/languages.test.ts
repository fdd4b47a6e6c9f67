// The first run and the app's frame in another language (issue 15): the set-up screen's
// words, its decision rules and the top bar's navigation come from screens.ftl; the
// record's path stays as it is.

import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import App from '../../App.svelte';
import { chooseLang } from '../../lib/i18n.svelte';
import { coreError, fakeBackend } from '../../test/ipc';

afterEach(() => {
  chooseLang(null);
  localStorage.clear();
  clearMocks();
});

function firstRun() {
  fakeBackend({
    get_dashboard: () => {
      throw coreError('no-assembly', 'this database has no assembly yet: run `plenary init` first');
    },
    get_storage: () => ({
      database: '/home/sam/.local/share/plenary/plenary.db',
      key: '/home/sam/.local/share/plenary/plenary.db.key',
      backups: '/home/sam/.local/share/plenary/backups',
      encrypted: false,
      is_default_location: true,
      version: '0.1.0',
    }),
  });
}

const ENGLISH = ['Welcome to Plenary', 'Your assembly', 'Short code', 'Create the assembly', 'Open the demo assembly', 'Proposals', 'Federation', 'People', 'Consensus'];

describe('set-up and the frame in other languages', () => {
  test('in Spanish: the welcome, the form, the rules and the navigation', async () => {
    chooseLang('es');
    firstRun();
    render(App);
    expect((await screen.findByTestId('setup-storage')).textContent).toBe(
      'Plenary guarda el registro de este ordenador en /home/sam/.local/share/plenary/plenary.db.',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Te damos la bienvenida a Plenary');
    expect(screen.getByLabelText('Nombre de la asamblea')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Consenso (un bloqueo para la propuesta)' })).toBeTruthy();
    expect(screen.getByTestId('setup-submit').textContent).toBe('Crear la asamblea');
    expect(screen.getByTestId('nav-proposals').textContent).toBe('Propuestas');
    expect(screen.getByRole('navigation', { name: 'Principal' })).toBeTruthy();
    const text = document.body.textContent ?? '';
    for (const word of ENGLISH) expect(text, `"${word}" left in English`).not.toContain(word);
  });

  test('in Greek: the same screen in Greek', async () => {
    chooseLang('el');
    firstRun();
    render(App);
    await screen.findByTestId('setup-storage');
    expect(screen.getByTestId('setup-demo').textContent).toBe('Άνοιγμα της συνέλευσης επίδειξης');
    expect(screen.getByTestId('nav-people').textContent).toBe('Άνθρωποι');
  });

  test('the unlock screen in German: its words, and a wrong passphrase said in German', async () => {
    chooseLang('de');
    fakeBackend({
      get_dashboard: () => {
        throw coreError('locked', 'the database is encrypted: unlock it first');
      },
      unlock: () => {
        throw coreError('wrong-passphrase', 'the passphrase does not open this database; nothing was changed');
      },
    });
    const user = userEvent.setup();
    render(App);
    const field = await screen.findByLabelText('Die Passphrase des Protokollbuchs');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dieses Protokollbuch ist gesperrt');
    await user.type(field, 'wrong horse');
    await user.click(screen.getByRole('button', { name: 'Entsperren' }));
    expect((await screen.findByTestId('error')).textContent).toContain('Diese Passphrase öffnet dieses Protokollbuch nicht.');
    expect(screen.getByTestId('unlock').textContent).not.toMatch(/This record is locked|Unlock|What the passphrase protects/);
  });
});

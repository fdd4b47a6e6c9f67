import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, test } from 'vitest';

import { fakeBackend } from '../test/ipc';
import SettingsDialog from './components/SettingsDialog.svelte';
import {
  chooseLang,
  currentLang,
  format,
  initLanguage,
  LANGUAGE_KEY,
  langOf,
  makeBundle,
  PSEUDO,
  pseudoText,
  systemLang,
  t,
} from './i18n.svelte';

afterEach(() => {
  chooseLang(null);
  localStorage.clear();
  clearMocks();
});

describe('the catalogues', () => {
  test('a message a language lacks is said in English, and an unknown id as itself', () => {
    const en = makeBundle('en', 'hello = Hello, { $name }\nbye = Goodbye\n');
    const es = makeBundle('es', 'hello = Hola, { $name }\n');
    expect(format([es, en], 'hello', { name: 'Sam' })).toBe('Hola, Sam');
    expect(format([es, en], 'bye')).toBe('Goodbye');
    expect(format([es, en], 'nothing-here')).toBe('nothing-here');
  });

  test("the command line's catalogue (cli.ftl) is not the window's", () => {
    chooseLang('es');
    expect(t('cli-stack-floor-nobody')).toBe('cli-stack-floor-nobody');
    expect(t('stack-undo-next')).not.toBe('stack-undo-next');
  });

  test('the real catalogues: Spanish words, English for what is not converted, Arabic isolated', () => {
    chooseLang('es');
    expect(t('settings-title')).toBe('Ajustes');
    expect(t('no-such-message')).toBe('no-such-message');
    chooseLang('en');
    expect(t('settings-title')).toBe('Settings');
    expect(t('passphrase-done-backups', { n: 2 })).toBe(' Its 2 automatic backups were re-written to match.');
    chooseLang('ar');
    // Placeables in a right-to-left language are isolated (FSI … PDI).
    expect(t('language-follow-system', { language: 'English' })).toContain('\u2068English\u2069');
  });
});

describe('choosing the language', () => {
  test('the computer’s first language that Plenary speaks; English otherwise', () => {
    expect(systemLang(['it-IT', 'pt-BR', 'en'])).toBe('pt');
    expect(systemLang(['el_GR.UTF-8'])).toBe('el');
    expect(systemLang(['it', 'ja'])).toBe('en');
    expect(langOf('AR-eg')).toBe('ar');
    expect(langOf('')).toBeNull();
  });

  test('a choice is kept, sets <html lang dir>, and a choice made in another window is followed', () => {
    chooseLang('ar');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    chooseLang(null);
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();
    expect(document.documentElement.dir).toBe('ltr');
    expect(currentLang()).toBe(systemLang());

    initLanguage();
    // The main window's Settings chose French: the projector window hears of it.
    localStorage.setItem(LANGUAGE_KEY, 'fr');
    window.dispatchEvent(new StorageEvent('storage', { key: LANGUAGE_KEY, newValue: 'fr' }));
    expect(currentLang()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
  });

  test('in Settings, Español turns the dialog Spanish at once; following the computer turns it back', async () => {
    const user = userEvent.setup();
    fakeBackend({
      get_storage: () => ({
        database: '/d/plenary.db',
        key: '/d/plenary.db.key',
        backups: '/d/backups',
        encrypted: false,
        is_default_location: true,
        version: '0.1.0',
      }),
    });
    render(SettingsDialog);
    await user.click(screen.getByTestId('settings-open'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Settings');
    await user.selectOptions(screen.getByTestId('language-select'), 'es');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Ajustes');
    expect((await screen.findByTestId('passphrase-state')).textContent).toContain('no está cifrado');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('es');
    await user.selectOptions(screen.getByTestId('language-select'), '');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Settings');
  });
});

describe('the pseudo-language (tests only)', () => {
  test('accents the text, makes it about 40 % longer and keeps the placeables', () => {
    expect(pseudoText('Settings')).toBe('[Šëţţîñĝš ~]');
    expect(pseudoText(' of ')).toBe(' [öf ~] ');
    expect(pseudoText('— ')).toBe('— ');
    const long = 'Exchange bundles with other assemblies →';
    expect(pseudoText(long).length).toBeGreaterThanOrEqual(Math.round(long.length * 1.4));
  });

  test('chosen by the storage key alone: every message of the English catalogue transformed, values kept', () => {
    localStorage.setItem(LANGUAGE_KEY, PSEUDO);
    initLanguage();
    expect(document.documentElement.lang).toBe('en-XA');
    expect(document.documentElement.dir).toBe('ltr');
    expect(currentLang()).toBe('en');
    expect(t('settings-title')).toBe('[Šëţţîñĝš ~]');
    // The values stay as given; the text around them is transformed, plurals still chosen.
    expect(t('dashboard-wg-count', { active: 120, total: 200 })).toBe('120 [öf ~] 200');
    expect(t('all-meetings-count', { n: 1 })).toMatch(/^1 \[ĜÅ ~\]$/);
    expect(t('new-wg-done', { name: 'Kitchen' })).toContain('Kitchen');
    chooseLang('es');
    expect(t('settings-title')).toBe('Ajustes');
  });
});

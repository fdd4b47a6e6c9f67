// The shared components in another language (issue 15): search (the palette), About
// Plenary and the pager speak the chosen language; what the records say stays as typed.

import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { SearchHit } from '../bindings/SearchHit';
import { chooseLang } from '../i18n.svelte';
import { fakeBackend } from '../../test/ipc';
import AboutDialog from './AboutDialog.svelte';
import CommandPalette from './CommandPalette.svelte';

afterEach(() => {
  chooseLang(null);
  localStorage.clear();
  clearMocks();
});

const kitchen: SearchHit = {
  kind: 'wg',
  record_id: 'wg-k',
  title: 'Kitchen',
  reference: null,
  state: null,
  snippet: 'Feeds the square.',
  origin_id: 'a-riv',
  origin_code: 'RIV',
  origin_name: 'Riverside Assembly',
  is_local: true,
  target: { view: 'wg', id: 'wg-k' },
};

describe('shared components in other languages', () => {
  test('search in Spanish: the button, the dialog, the count and the kind of a hit', async () => {
    chooseLang('es');
    fakeBackend({ search: () => ({ hits: [kitchen], total: 1, total_is_lower_bound: false, more: false }) });
    const user = userEvent.setup();
    render(CommandPalette);
    const open = screen.getByTestId('palette-open');
    expect(open.textContent?.trim()).toBe('Buscar (Ctrl+K)');
    await user.click(open);
    const dialog = await screen.findByTestId('palette');
    expect(within(dialog).getByRole('heading').textContent).toBe('Buscar en todas las asambleas');
    await user.type(screen.getByTestId('palette-input'), 'kitchen');
    await waitFor(() => expect(screen.getByTestId('palette-status').textContent?.trim()).toBe('1 resultado.'));
    const hit = screen.getByTestId('palette-hit');
    expect(within(hit).getByTestId('palette-hit-kind').textContent).toBe('Comisión');
    expect(within(hit).getByTestId('palette-hit-title').textContent).toBe('Kitchen');
    expect(hit.textContent).toContain('Riverside Assembly (la nuestra)');
    expect(dialog.textContent).not.toMatch(/Search|Results|Working group|ours/);
  });

  test('About Plenary in French: the version, the places, the note', async () => {
    chooseLang('fr');
    fakeBackend({
      get_storage: () => ({
        database: '/home/sam/.local/share/plenary/plenary.db',
        key: '/home/sam/.local/share/plenary/plenary.db.key',
        backups: '/home/sam/.local/share/plenary/backups',
        encrypted: false,
        is_default_location: true,
        version: '0.1.0',
      }),
    });
    const user = userEvent.setup();
    render(AboutDialog);
    expect(screen.getByTestId('about-open').textContent).toBe('À propos de Plenary');
    await user.click(screen.getByTestId('about-open'));
    const dialog = screen.getByTestId('about-dialog');
    await waitFor(() => expect(screen.getByTestId('about-version').textContent).toBe('0.1.0'));
    expect(dialog.textContent).toContain('Version 0.1.0');
    expect(dialog.textContent).toContain('La clé de signature de l’assemblée');
    expect(screen.getByTestId('about-close').textContent).toBe('Fermer');
    expect(dialog.textContent).not.toMatch(/Where this installation|Backups taken|Close/);
  });
});

// The dashboard, the lists of every GA and every working group, and a working group's
// page in another language (issue 15): the words come from i18n/<lang>/screens.ftl, the
// records (names, descriptions) stay as typed, and none of the English labels is left.

import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import { chooseLang } from '../../lib/i18n.svelte';
import { dashboard } from '../../test/fixtures';
import { fakeBackend, pagedHandler } from '../../test/ipc';
import AllWgsView from './AllWgsView.svelte';
import DashboardView from './DashboardView.svelte';

afterEach(() => {
  chooseLang(null);
  localStorage.clear();
  clearMocks();
});

/** English words of these screens that must not be left in another language. */
const ENGLISH = [
  'Active working groups',
  'All working groups',
  'General assemblies',
  'All GAs',
  'New meeting',
  'New working group',
  'Upcoming',
  'Recent',
  'Change status',
  'History',
  'Contact',
  'Meets',
  'since',
  'present',
  'Exchange bundles',
];

function noEnglish(root: HTMLElement) {
  const text = root.textContent ?? '';
  for (const word of ENGLISH) expect(text, `"${word}" left in English`).not.toMatch(new RegExp(`\\b${word}\\b`));
}

describe('the dashboard in other languages', () => {
  test('in Spanish: headings, counts, categories, statuses and buttons are Spanish; names stay as typed', async () => {
    chooseLang('es');
    fakeBackend({ get_dashboard: () => dashboard({ meeting_total: 1500, wg_total: 200, active_wgs: 120 }) });
    const user = userEvent.setup();
    render(DashboardView);

    expect(await screen.findByTestId('assembly-name')).toHaveProperty('textContent', 'Occupy London General Assembly');
    expect(screen.getByRole('heading', { name: 'Comisiones activas' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Asambleas generales' })).toBeTruthy();
    expect(screen.getByTestId('wg-count').textContent).toBe('120 de 200');
    expect(screen.getByTestId('all-meetings-link').textContent).toBe('Todas las asambleas →');
    expect(screen.getByTestId('new-meeting-toggle').textContent).toBe('Nueva asamblea');
    expect(screen.getByTestId('new-wg-toggle').textContent).toBe('Nueva comisión');

    const operational = screen.getAllByTestId('wg-category').find((s) => s.dataset.category === 'operational')!;
    expect(within(operational).getByRole('heading', { level: 3 }).textContent).toMatch(/Operativa\s+— que todo funcione \(2\)/);
    const kitchen = within(operational).getAllByTestId('wg-row')[0];
    expect(within(kitchen).getByTestId('wg-name').textContent).toBe('Kitchen');
    expect(within(kitchen).getByTestId('wg-status').textContent?.trim()).toBe('Activa');
    expect(kitchen.textContent).toContain('Activa desde');
    expect(within(kitchen).getByRole('button', { name: 'Cambiar el estado de Kitchen' })).toBeTruthy();

    const upcoming = screen.getByTestId('meetings-upcoming');
    expect(within(upcoming).getByRole('heading').textContent).toBe('Próximas');
    expect(screen.getByTestId('meetings-past').textContent).toContain('212 presentes');
    expect(within(upcoming).getAllByTestId('badge').map((b) => b.textContent)).toContain('Abierta');

    await user.click(screen.getByTestId('new-meeting-toggle'));
    const form = screen.getByTestId('new-meeting-form');
    expect(form.getAttribute('aria-label')).toBe('Nueva asamblea');
    expect(within(form).getByLabelText('Lugar')).toBeTruthy();
    expect(within(form).getByRole('option', { name: 'Turno progresivo' })).toBeTruthy();
    expect(within(form).getByRole('option', { name: 'Consejo de portavoces' })).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Convocar la asamblea' })).toBeTruthy();
    noEnglish(screen.getByTestId('dashboard'));
  });

  test('in Arabic: the words are Arabic and the arrows point the reading way', async () => {
    chooseLang('ar');
    fakeBackend({ get_dashboard: () => dashboard() });
    render(DashboardView);
    await screen.findByTestId('assembly-name');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { name: 'اللجان النشطة' })).toBeTruthy();
    expect(screen.getByTestId('all-wgs-link').textContent).toBe('كل اللجان ←');
    expect(screen.getByTestId('new-wg-toggle').textContent).toBe('لجنة جديدة');
    noEnglish(screen.getByTestId('dashboard'));
  });

  test('the list of every working group in German: its count with a plural, its filter and pager', async () => {
    chooseLang('de');
    const d = dashboard();
    fakeBackend({
      get_dashboard: () => d,
      page_wgs: pagedHandler(() => d.working_groups.slice(0, 1)),
    });
    render(AllWgsView);
    await waitFor(() => expect(screen.getByTestId('all-wgs-count').textContent).toBe('1 AG'));
    expect(screen.getByTestId('all-wgs-heading').textContent).toBe('Alle AGs');
    expect(screen.getByRole('option', { name: 'Jeder Status' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Ruhend' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Übersicht' })).toBeTruthy();
  });
});

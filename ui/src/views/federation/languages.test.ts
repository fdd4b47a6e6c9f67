// The federation in another language (issue 15): its headings, the assemblies' facts,
// the origin of a record and the counts come from federation.ftl; names, codes and
// fingerprints stay as they are.

import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf } from '../../test/ipc';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { chooseLang } from '../../lib/i18n.svelte';
import { router } from '../../lib/router.svelte';
import FederationView from './FederationView.svelte';
import { fakeFederation, federation, localOnly, RIV_FP } from './test-fixtures';

beforeEach(() => {
  location.hash = '#/federation';
  router.route = { name: 'federation' };
});

afterEach(() => {
  chooseLang(null);
  localStorage.clear();
  clearMocks();
  location.hash = '';
});

describe('the federation in other languages', () => {
  test('in Spanish: headings, an assembly’s facts with plurals, a record’s origin', async () => {
    chooseLang('es');
    fakeFederation({ list_received_bundles: () => [], get_federation: () => federation() });
    render(FederationView);
    const rows = await screen.findAllByTestId('fed-assembly');
    expect(screen.getByTestId('federation-heading').textContent).toBe('Federación');
    expect(screen.getByRole('heading', { name: 'Asambleas' })).toBeTruthy();
    expect(rows[0].textContent).toContain('Esta asamblea');
    const riv = rows[1];
    expect(within(riv).getByTestId('fed-assembly-fingerprint').textContent?.trim()).toBe(RIV_FP);
    expect(within(riv).getByTestId('fed-assembly-bundles').textContent).toBe('2 paquetes');
    expect(riv.textContent).toContain('Huella de la clave');
    expect(riv.textContent).toContain('Última importación');
    expect(screen.getByRole('option', { name: 'Todas las asambleas' })).toBeTruthy();
    const members = await screen.findAllByTestId('fed-wg');
    const theirs = members.find((m) => m.dataset.originCode === 'RIV')!;
    expect(within(theirs).getByTestId('read-only').textContent).toBe('solo lectura');
    expect(within(theirs).getByTestId('origin-name').textContent).toBe('Riverside General Assembly');
    expect(screen.getByTestId('federation-view').textContent).not.toMatch(/This assembly|Key fingerprint|Last import|read-only|Show records of/);
  });

  test('in Arabic, knowing no other assembly: the empty state says how to import', async () => {
    chooseLang('ar');
    fakeFederation({ list_received_bundles: () => [], get_federation: () => localOnly() });
    render(FederationView);
    const empty = await screen.findByTestId('federation-empty');
    expect(within(empty).getByRole('heading').textContent).toBe('لا جمعية أخرى بعد');
    expect(empty.textContent).toContain('استيراد حزمة…');
  });

  test('the decisions are read again in the language chosen while the view is shown', async () => {
    const calls = fakeFederation({ list_received_bundles: () => [], get_federation: () => federation() });
    render(FederationView);
    await screen.findAllByTestId('fed-decision');
    const langs = () => callsOf(calls, 'page_decisions').map((c) => c.args.lang ?? 'en');
    const before = langs().length;
    expect(before).toBeGreaterThan(0);
    expect(langs().every((l) => l === 'en')).toBe(true);
    chooseLang('fr');
    await waitFor(() => expect(langs().slice(before)).toEqual(['fr']));
    expect(screen.getAllByTestId('fed-decision').length).toBeGreaterThan(0);
  });
});

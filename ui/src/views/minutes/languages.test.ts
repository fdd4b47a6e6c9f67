// The minutes' preview in another language: the core is asked for the minutes in the
// app's language (its own words in them: counts, speech kinds, roles), the preview's
// headings are the exported minutes' words (minutes.ftl), and no English label is left.
import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';

import { chooseLang } from '../../lib/i18n.svelte';
import { dashboard, minutes } from '../../test/fixtures';
import { callsOf, fakeBackend } from '../../test/ipc';
import MinutesView from './MinutesView.svelte';

afterEach(() => {
  clearMocks();
  chooseLang(null);
  localStorage.clear();
});

const ENGLISH = [
  'Redact names',
  "Include speakers' log",
  'Include airtime equity',
  'Export as',
  'Print…',
  'Minutes',
  'Date',
  'Place',
  'Attendance',
  'Opened',
  'Working group:',
  'Presented by',
  'Asks',
  'Notes',
  'allotted',
  'under way',
  'Process',
  'Approve these minutes',
  'Preview as of',
  'Live preview',
];

function noEnglish(root: HTMLElement) {
  const words = [root.textContent ?? '', ...Array.from(root.querySelectorAll('[aria-label]')).map((e) => e.getAttribute('aria-label'))].join('\n');
  for (const w of ENGLISH) expect(words, w).not.toContain(w);
}

describe('the minutes in another language', () => {
  test('in Spanish: asked for in Spanish, headed and labelled in the minutes’ words', async () => {
    chooseLang('es');
    const calls = fakeBackend({ get_dashboard: () => dashboard(), get_minutes: () => minutes() });
    render(MinutesView, { id: 'm-39' });

    const doc = await screen.findByTestId('minutes-preview');
    expect(callsOf(calls, 'get_minutes')[0].args).toEqual({ meeting: 'm-39', redact: false, speakers: false, equity: false, lang: 'es' });
    expect(within(doc).getByTestId('minutes-title').textContent).toContain('Occupy London General Assembly — Asamblea 39');
    const facts = within(doc).getByTestId('minutes-facts').textContent!;
    expect(facts).toContain('Fecha');
    expect(facts).toContain('Lugar');
    const items = within(doc).getAllByTestId('minutes-item');
    expect(within(items[0]).getByTestId('minutes-timing').textContent).toMatch(/^Proceso · previsto 10 min · real 12 min \(.+–.+\) · tratado$/);
    expect(within(items[0]).getByRole('heading', { name: 'Notas' })).toBeTruthy();
    expect(screen.getByText('Ocultar nombres')).toBeTruthy();
    noEnglish(screen.getByTestId('minutes-view'));
  });

  test('in Arabic: right to left, the records as typed', async () => {
    chooseLang('ar');
    const calls = fakeBackend({ get_dashboard: () => dashboard(), get_minutes: () => minutes() });
    render(MinutesView, { id: 'm-39' });

    const doc = await screen.findByTestId('minutes-preview');
    expect(document.documentElement.dir).toBe('rtl');
    expect(callsOf(calls, 'get_minutes')[0].args.lang).toBe('ar');
    expect(within(doc).getByTestId('minutes-facts').textContent).toContain('التاريخ');
    expect(within(doc).getByTestId('minutes-roles').textContent).toContain('Ana، Tomás');
    expect(within(doc).getAllByTestId('minutes-item')[1].querySelector('[data-testid="minutes-rb-summary"]')?.textContent).toBe(
      'Fed 400 people today.',
    );
    noEnglish(screen.getByTestId('minutes-view'));
  });
});

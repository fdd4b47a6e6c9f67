// Search across every assembly and namesakes (issue #17), in the real window.
//
// Before the app starts, the CLI makes another assembly (Lakeside, LAK) with a "Food
// Kitchen" that works on what the demo's Kitchen works on (meals, stoves, donations) and
// imports its bundle into the demo (Riverside, RIV). In the window: Ctrl+K from the
// dashboard opens the palette with the focus in its box; typed words bring hits labelled
// by kind and assembly, the count said in a live region; ↓ then Enter opens the
// highlighted hit on its screen; Esc closes the palette and gives the focus back. The
// demo's Kitchen page shows Lakeside's Food Kitchen among the WGs of other assemblies,
// whose page shows Riverside's Kitchen back; Lakeside's proposal for a gas stove shows
// Riverside's (decided by consensus) among the similar proposals elsewhere, and what became
// of it; the federation's "Who works on what" puts the kitchens side by side.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { plenary, useApp } from './lib/app.mjs';

const out = mkdtempSync(join(tmpdir(), 'plenary-e2e-search-'));
after(() => rmSync(out, { recursive: true, force: true }));
const THEIR_DB = join(out, 'lakeside.db');
const THEIR_BUNDLE = join(out, 'lakeside.plenary');

const CONTROL = '\uE009';
const ESCAPE = '\uE00C';
const DOWN = '\uE015';
const ENTER = '\uE007';

/** Presses the keys together (real key events), then lets go in reverse. */
async function chord(app, ...keys) {
  const a = app.browser.action('key');
  for (const k of keys) a.down(k);
  for (const k of [...keys].reverse()) a.up(k);
  await a.perform();
}

/** The hits as the DOM has them: kind, origin, target, selected, title. */
function hitsOf(app) {
  return app.browser.execute(() =>
    [...document.querySelectorAll('[data-testid="palette-hit"]')].map((e) => ({
      kind: e.dataset.kind,
      origin: e.dataset.originCode,
      view: e.dataset.targetView,
      id: e.dataset.targetId,
      selected: e.getAttribute('aria-selected'),
      title: e.querySelector('[data-testid="palette-hit-title"]').textContent,
    })),
  );
}

const focusedTestId = (app) => app.browser.execute(() => document.activeElement?.dataset?.testid ?? null);

describe('search across every assembly and namesakes, end to end', () => {
  const session = useApp({
    name: 'search',
    setup: (db) => {
      plenary(THEIR_DB, 'init', '--name', 'Lakeside Assembly', '--code', 'LAK');
      plenary(
        THEIR_DB, 'wg', 'add', '--name', 'Food Kitchen', '--category', 'operational', '--status', 'active',
        '--description', 'Cooks meals for the camp every day: stoves, pots and donations welcome.',
      );
      plenary(
        THEIR_DB, 'proposal', 'new', '--title', 'A gas stove for the food kitchen', '--by', 'Ana Ruiz',
        '--text', 'The Food Kitchen asks for a second gas stove and a fire blanket.',
      );
      plenary(THEIR_DB, 'bundle', 'export', '-o', THEIR_BUNDLE);
      plenary(db, 'bundle', 'import', THEIR_BUNDLE);
    },
  });

  it('Ctrl+K, words, ↓ and Enter open a hit on its screen; Esc gives the focus back', session.step(async (app) => {
    await app.waitForTestId('meeting-list', { timeout: 30_000 });
    await chord(app, CONTROL, 'k');
    await app.waitForTestId('palette');
    await app.browser.waitUntil(async () => (await focusedTestId(app)) === 'palette-input', {
      timeoutMsg: 'the search box never had the focus',
    });
    await app.browser.keys([...'kitchen']);
    const status = await app.waitForText('palette-status', /\d+ results\./, { timeout: 15_000 });
    const hits = await hitsOf(app);
    assert.ok(hits.length >= 5, JSON.stringify(hits));
    assert.equal(Number(status.match(/(\d+) results/)[1]) >= hits.length, true, status);
    // Labelled by kind and assembly: both assemblies, several kinds.
    assert.ok(hits.some((h) => h.origin === 'LAK' && h.title === 'Food Kitchen' && h.kind === 'wg'), JSON.stringify(hits));
    assert.ok(hits.some((h) => h.origin === 'RIV' && h.kind === 'proposal'), JSON.stringify(hits));
    assert.ok(hits.some((h) => h.kind === 'minutes'), JSON.stringify(hits));
    assert.equal(hits[0].selected, 'true');
    // (textContent: the labels are upper-cased by CSS, which getText would report.)
    const kinds = await app.browser.execute(() =>
      [...document.querySelectorAll('[data-testid="palette-hit-kind"]')].map((e) => e.textContent),
    );
    assert.ok(kinds.includes('Working group') && kinds.includes('Proposal'), kinds.join(', '));

    // Narrow it to the stove: a proposal and its decision.
    await app.browser.keys([' ', ...'stove']);
    await app.browser.waitUntil(
      async () => {
        const now = await hitsOf(app);
        return now.length > 1 && now.length < hits.length && /stove/i.test(now[0].title);
      },
      { timeout: 10_000, timeoutMsg: 'the hits never followed the new words' },
    );
    await app.browser.keys([DOWN]);
    const chosen = (await hitsOf(app)).find((h) => h.selected === 'true');
    assert.deepEqual(chosen, (await hitsOf(app))[1], 'the second hit is highlighted');
    await app.browser.keys([ENTER]);
    const expected = { wg: `#/wg/${chosen.id}`, meeting: `#/meeting/${chosen.id}`, minutes: `#/meeting/${chosen.id}/minutes`, proposal: `#/proposal/${chosen.id}` }[chosen.view];
    await app.browser.waitUntil(async () => (await app.browser.execute(() => location.hash)) === expected, {
      timeout: 10_000,
      timeoutMsg: `Enter never opened ${expected}`,
    });
    assert.equal(await app.byTestId('palette').isExisting(), false, 'the palette closed');
    if (chosen.view === 'proposal') await app.waitForText('proposal-heading', /stove/i, { timeout: 15_000 });

    // From the top bar's button: Esc closes it and the focus goes back to the button.
    const opener = await app.waitForTestId('palette-open');
    await opener.click();
    await app.waitForTestId('palette-input');
    await app.browser.keys([ESCAPE]);
    await app.browser.waitUntil(async () => !(await app.byTestId('palette').isExisting()), { timeoutMsg: 'Esc did not close it' });
    assert.equal(await focusedTestId(app), 'palette-open');
  }));

  it("a WG's page shows its namesake in another assembly, and back", session.step(async (app) => {
    const kitchen = app.cliJson('wg', 'list').find((w) => w.name === 'Kitchen').id;
    await app.browser.execute((h) => { location.hash = h; }, `#/wg/${kitchen}`);
    const first = await app.waitForTestId('namesake', { timeout: 15_000 });
    assert.equal(await first.getAttribute('data-origin-code'), 'LAK');
    assert.equal(await (await app.byTestId('namesake-link', first)).getText(), 'Food Kitchen');
    const food = await first.getAttribute('data-id');
    await (await app.byTestId('namesake-link', first)).click();
    await app.browser.waitUntil(async () => (await app.browser.execute(() => location.hash)) === `#/wg/${food}`, {
      timeoutMsg: 'the namesake link did not open its page',
    });
    await app.browser.waitUntil(
      async () => {
        const rows = await app.browser.execute(() =>
          [...document.querySelectorAll('[data-testid="namesake"]')].map((e) => [e.dataset.originCode, e.textContent]),
        );
        return rows.some(([code, text]) => code === 'RIV' && text.includes('Kitchen'));
      },
      { timeout: 15_000, timeoutMsg: "Food Kitchen's page never showed Riverside's Kitchen" },
    );
  }));

  it("a proposal's page shows the similar proposals elsewhere and what became of them", session.step(async (app) => {
    const theirs = app.cliJson('proposal', 'show', 'LAK-P-2026-001').proposal.id;
    await app.browser.execute((h) => { location.hash = h; }, `#/proposal/${theirs}`);
    await app.browser.waitUntil(
      async () => (await app.browser.execute(() =>
        document.querySelector('[data-testid="namesakes"][data-kind="proposal"] [data-testid="namesake"]') !== null)),
      { timeout: 15_000, timeoutMsg: 'no similar proposal was shown' },
    );
    const rows = await app.browser.execute(() =>
      [...document.querySelectorAll('[data-testid="namesakes"][data-kind="proposal"] [data-testid="namesake"]')].map((e) => ({
        origin: e.dataset.originCode,
        title: e.querySelector('[data-testid="namesake-link"]').textContent,
        outcome: e.querySelector('[data-testid="namesake-outcome"]')?.textContent ?? null,
      })),
    );
    const ours = rows.find((r) => r.title.includes('Buy a second gas stove for the kitchen'));
    assert.ok(ours, JSON.stringify(rows));
    assert.equal(ours.origin, 'RIV');
    assert.match(ours.outcome, /consensus/, JSON.stringify(ours));
    assert.ok(rows.every((r) => r.origin !== 'LAK'), 'never its own assembly');
  }));

  it('the federation view says who works on what across assemblies', session.step(async (app) => {
    await app.browser.execute(() => { location.hash = '#/federation'; });
    await app.waitForTestId('who-works-row', { timeout: 15_000 });
    const rows = await app.browser.execute(() =>
      [...document.querySelectorAll('[data-testid="who-works-row"]')].map((r) => ({
        name: r.querySelector('[data-testid="who-works-wg"]').textContent,
        origin: r.dataset.originCode,
        counterparts: [...r.querySelectorAll('[data-testid="who-works-counterpart"]')].map((c) => c.dataset.originCode + ':' + c.textContent.trim()),
      })),
    );
    const kitchen = rows.find((r) => r.name === 'Kitchen' && r.origin === 'RIV');
    assert.ok(kitchen, JSON.stringify(rows));
    assert.ok(kitchen.counterparts.some((c) => c.startsWith('LAK:Food Kitchen')), JSON.stringify(kitchen));
  }));
});

// The paged lists of the window on a generated history (issue #20), as a user walks them.
//
// Before the app starts, `plenary-dataset` (the debug build beside the app, what
// scripts/dataset runs in release mode) writes ten busy years at a fiftieth of their size
// — 30 GAs spread over ten years, 100 proposals, 20 working groups — with two other
// assemblies (Riverside RIV, Harbourtown HBR: a hundredth each) imported through real
// signed bundles; the CLI then adds 6 working groups, so that every list has more than
// one page of 25 (at a hundredth, 15 GAs would fit on one page and nothing would page).
//
// In the window: the dashboard (bounded: fewer GA rows than GAs) → All GAs → page 2
// ("26–30 of 30 GAs", positions 26–30, no row of page 1) → back to page 1 (the same rows)
// → page 2 again → open a GA of page 2 → back → filter by year (the CLI's count) → All
// working groups, to its last page and back → the busiest group's page (its report-backs
// walked to the end in the order `plenary wg show --json` gives) → the proposals board: the decided group
// walked to its end (every decided proposal exactly once, in the core's order, each
// row's aria-rowindex its place) and back, a proposal of page 2 opened → the
// federation view's summary (three assemblies, each with its counts, read on demand).
//
// Every check reads what the CLI (the same core, complete `--json` lists) says, so a
// page that skipped, repeated or misnumbered a row fails the test.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, plenary, plenaryJson, useApp } from './lib/app.mjs';

const DATASET_BIN =
  process.env.PLENARY_DATASET_BIN ?? join(resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target'), 'debug', 'plenary-dataset');
const PAGE = 25;
/** The board's page of decided proposals (ui/src/views/proposals/boardPages.ts). */
const BOARD_PAGE = 10;
const EXTRA_WGS = ['Aardvark watch', 'Bicycle kitchen', 'Choir', 'Darkroom', 'Edible garden', 'Film club'];

/** The rows of a list as the DOM holds them, in one call: [id, position]. */
function rows(app, testid, idAttr, posAttr) {
  return app.browser.execute(
    (t, idA, posA) => [...document.querySelectorAll(`[data-testid="${t}"]`)].map((e) => [e.getAttribute(idA), Number(e.getAttribute(posA))]),
    testid,
    idAttr,
    posAttr,
  );
}

/** Waits until the list's pager says `text` and the rows of that page are shown: all of
 *  them (a list's first page draws its first screenful, then the rest, busy until then). */
async function waitForPage(app, text, within) {
  const status = within ? await within.$('[data-testid="pager-status"]') : app.byTestId('pager-status');
  await app.waitForText(status, text);
  await app.browser.waitUntil(() => app.browser.execute(() => !document.querySelector('[aria-busy="true"]')), {
    timeout: 10_000,
    timeoutMsg: `${text}: the page was still being drawn after 10 s`,
  });
}

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('paged lists on a generated history, end to end', () => {
  const ctx = {};
  const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-lists-'));
  const db = join(dir, 'lists.db');
  // Generated before the app starts (its own hook: on a loaded machine the dataset alone
  // may take longer than the app's start is given), bounded.
  before(() => {
    assert.ok(existsSync(DATASET_BIN), `${DATASET_BIN} is missing: build the workspace (scripts/test does)`);
    execFileSync(DATASET_BIN, ['ten-years', db, '--scale', '0.02', '--assemblies', '2', '--their-scale', '0.01'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 170_000,
    });
    for (const name of EXTRA_WGS) plenary(db, 'wg', 'add', '--name', name, '--category', 'operational', '--status', 'active');
    ctx.meetings = plenaryJson(db, 'meeting', 'list');
    ctx.wgs = plenaryJson(db, 'wg', 'list');
    ctx.proposals = plenaryJson(db, 'proposal', 'list');
  }, { timeout: 180_000 });
  const session = useApp({ name: 'lists', db });
  after(() => rmSync(dir, { recursive: true, force: true })); // after the app has stopped

  it('shows a bounded dashboard, then every GA a page at a time', session.step(async (app) => {
    const total = ctx.meetings.length;
    assert.equal(total, 30, 'the dataset at a fiftieth: 30 GAs');
    await app.waitForText('assembly-name', 'Ten Busy Years Assembly');
    await app.waitForText('meeting-count', String(total));
    const onDashboard = (await app.allByTestId('meeting-row')).length;
    assert.ok(onDashboard > 0 && onDashboard < total, `the dashboard lists ${onDashboard} of ${total} GAs`);

    await app.byTestId('all-meetings-link').click();
    await app.waitForTestId('all-meetings');
    await waitForPage(app, `1–${PAGE} of ${total} GAs`);
    const page1 = await rows(app, 'meeting-row', 'data-meeting-id', 'aria-posinset');
    assert.deepEqual(page1.map(([, p]) => p), range(1, PAGE));
    assert.equal(await app.byTestId('all-meetings-count').getAttribute('data-total'), String(total));

    await app.byTestId('pager-next').click();
    await waitForPage(app, `${PAGE + 1}–${total} of ${total} GAs`);
    const page2 = await rows(app, 'meeting-row', 'data-meeting-id', 'aria-posinset');
    assert.deepEqual(page2.map(([, p]) => p), range(PAGE + 1, total));
    assert.equal(await app.byTestId('pager-next').isEnabled(), false, 'the last page has no next');
    // Every GA exactly once, newest first, as the core orders them.
    const seen = [...page1, ...page2].map(([id]) => id);
    assert.equal(new Set(seen).size, total, 'no GA twice');
    assert.deepEqual(seen, ctx.meetings.map((m) => m.id));
    // The focus went to the first row of the new page.
    const focused = await app.browser.execute(() => document.activeElement?.closest('[data-testid="meeting-row"]')?.dataset.meetingId ?? null);
    assert.equal(focused, page2[0][0]);

    await app.byTestId('pager-previous').click();
    await waitForPage(app, `1–${PAGE} of ${total} GAs`);
    assert.deepEqual(await rows(app, 'meeting-row', 'data-meeting-id', 'aria-posinset'), page1);
    ctx.page2 = page2;
  }));

  it('opens a GA from page 2, then filters the GAs by year', session.step(async (app) => {
    const total = ctx.meetings.length;
    await app.byTestId('pager-next').click();
    await waitForPage(app, `${PAGE + 1}–${total} of ${total} GAs`);
    const [id] = ctx.page2[2];
    const meeting = ctx.meetings.find((m) => m.id === id);
    await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${id}"] [data-testid="meeting-link"]`).click();
    await app.waitForText('meeting-reference', meeting.reference);

    await app.browser.back();
    await app.waitForTestId('all-meetings');
    await waitForPage(app, `1–${PAGE} of ${total} GAs`);
    const year = meeting.date.slice(0, 4);
    const inYear = ctx.meetings.filter((m) => m.date.startsWith(year));
    assert.ok(inYear.length > 0 && inYear.length < PAGE);
    const field = await app.byTestId('meetings-filter-year');
    await field.setValue(year);
    await app.browser.keys('Tab'); // commits the field (change)
    await app.waitForText('all-meetings-count', `${inYear.length} ${inYear.length === 1 ? 'GA' : 'GAs'} match`);
    const shown = await rows(app, 'meeting-row', 'data-meeting-id', 'aria-posinset');
    assert.deepEqual(new Set(shown.map(([i]) => i)), new Set(inYear.map((m) => m.id)));
    assert.deepEqual(shown.map(([, p]) => p), range(1, inYear.length));
    assert.equal(await app.byTestId('pager').isExisting(), false, 'one page: no pager');
  }));

  it('walks every working group to the last page and back', session.step(async (app) => {
    const local = ctx.wgs.find((w) => w.name === EXTRA_WGS[0]).origin;
    const ours = ctx.wgs.filter((w) => w.origin === local);
    const total = ours.length;
    assert.equal(total, 20 + EXTRA_WGS.length);
    await app.browser.url(await app.browser.getUrl().then((u) => u.replace(/#.*$/, '#/wgs')));
    await app.waitForTestId('all-wgs');
    await waitForPage(app, `1–${PAGE} of ${total} working groups`);
    const page1 = await rows(app, 'wg-row', 'data-wg-id', 'aria-posinset');
    assert.deepEqual(page1.map(([, p]) => p), range(1, PAGE));
    await app.byTestId('pager-next').click();
    await waitForPage(app, `${PAGE + 1}–${total} of ${total} working groups`);
    const page2 = await rows(app, 'wg-row', 'data-wg-id', 'aria-posinset');
    assert.deepEqual(page2.map(([, p]) => p), range(PAGE + 1, total));
    const seen = [...page1, ...page2].map(([i]) => i);
    assert.deepEqual(new Set(seen), new Set(ours.map((w) => w.id)));
    assert.equal(new Set(seen).size, total);
    await app.byTestId('pager-previous').click();
    await waitForPage(app, `1–${PAGE} of ${total} working groups`);
    assert.deepEqual(await rows(app, 'wg-row', 'data-wg-id', 'aria-posinset'), page1);
  }));

  it("opens a working group's page from the list: its report-backs walked to the end as the CLI lists them, its proposals counted", session.step(async (app) => {
    // The generated group with the most report-backs (the CLI's complete list, newest GA first).
    const local = ctx.wgs.find((w) => w.name === EXTRA_WGS[0]).origin;
    const shows = ctx.wgs
      .filter((w) => w.origin === local && !EXTRA_WGS.includes(w.name))
      .map((w) => plenaryJson(db, 'wg', 'show', w.id));
    const busiest = shows.sort((a, b) => b.report_backs.length - a.report_backs.length)[0];
    const { detail, report_backs: backs } = busiest;
    assert.ok(backs.length > 0, `${detail.wg.name}: no report-back in the generated history`);
    const row = await app.browser.$(`[data-testid="wg-row"][data-wg-id="${detail.wg.id}"]`);
    if (!(await row.isExisting())) await app.byTestId('pager-next').click(); // on page 2
    await app.browser.$(`[data-testid="wg-row"][data-wg-id="${detail.wg.id}"] [data-testid="wg-link"]`).click();
    await app.waitForText('wg-view-heading', detail.wg.name);
    const section = await app.browser.$('[data-testid="wg-report-backs"]');
    assert.equal(await section.getAttribute('data-total'), String(backs.length));
    const seen = [];
    const pages = Math.ceil(backs.length / 10);
    for (let i = 0; i < pages; i++) {
      const to = Math.min(backs.length, (i + 1) * 10);
      if (pages > 1) await waitForPage(app, `${i * 10 + 1}–${to} of ${backs.length} report-backs`, section);
      else await app.browser.waitUntil(async () => (await section.$$('[data-testid="wg-report-back"]')).length === to);
      const shown = await rows(app, 'wg-report-back', 'data-meeting-id', 'aria-posinset');
      assert.deepEqual(shown.map(([, p]) => p), range(i * 10 + 1, to), `page ${i + 1}`);
      seen.push(...shown.map(([m]) => m));
      if (i + 1 < pages) await (await section.$('[data-testid="pager-next"]')).click();
    }
    assert.deepEqual(seen, backs.map((b) => b.meeting_id), 'every report-back once, in the core\'s order');
    const proposals = await app.browser.$('[data-testid="wg-proposals"]');
    assert.equal(await proposals.getAttribute('data-total'), String(detail.proposals.total));
    const mine = ctx.proposals.filter((p) => p.wg_id === detail.wg.id);
    assert.equal(mine.length, detail.proposals.total, 'the CLI lists as many proposals of the group');
    // Its report-back opens the GA it was given at.
    await (await section.$('[data-testid="wg-report-back-meeting"]')).click();
    await app.waitForTestId('meeting-reference');
    await app.browser.url(await app.browser.getUrl().then((u) => u.replace(/#.*$/, '#/wgs')));
    await app.waitForTestId('all-wgs');
  }));

  it('pages the decided proposals to the end and back, and opens one from page 2', session.step(async (app) => {
    const decided = ctx.proposals.filter((p) => p.status === 'decided');
    const total = decided.length;
    assert.ok(total > 2 * BOARD_PAGE, `${total} decided proposals: more than two pages`);
    await app.byTestId('nav-proposals').click();
    await app.waitForTestId('proposals-view');
    const group = await app.browser.$('[data-testid="proposal-group"][data-status="decided"]');
    await group.waitForExist();
    await app.browser.waitUntil(async () => (await group.getAttribute('data-total')) === String(total), {
      timeout: 10_000,
      timeoutMsg: `the decided group never said ${total}`,
    });
    const pages = [];
    const groupRows = () =>
      app.browser.execute(
        () => [...document.querySelectorAll('[data-testid="proposal-group"][data-status="decided"] [data-testid="proposal-row"]')].map((r) => [r.dataset.proposalId, Number(r.getAttribute('aria-rowindex'))]),
      );
    const pageCount = Math.ceil(total / BOARD_PAGE);
    for (let i = 0; i < pageCount; i++) {
      const from = i * BOARD_PAGE + 1;
      const to = Math.min(total, (i + 1) * BOARD_PAGE);
      await waitForPage(app, `${from}–${to} of ${total} decided proposals`, group);
      const r = await groupRows();
      // aria-rowindex counts the header row: the row at position n is n + 1.
      assert.deepEqual(r.map(([, x]) => x - 1), range(from, to), `page ${i + 1}`);
      pages.push(r.map(([id]) => id));
      if (i + 1 < pageCount) await (await group.$('[data-testid="pager-next"]')).click();
    }
    assert.equal(await (await group.$('[data-testid="pager-next"]')).isEnabled(), false);
    const seen = pages.flat();
    assert.equal(new Set(seen).size, total, 'no decided proposal twice');
    assert.deepEqual(new Set(seen), new Set(decided.map((p) => p.id)));
    for (let i = pageCount - 2; i >= 1; i--) {
      await (await group.$('[data-testid="pager-previous"]')).click();
      await waitForPage(app, `${i * BOARD_PAGE + 1}–${(i + 1) * BOARD_PAGE} of ${total} decided proposals`, group);
      assert.deepEqual((await groupRows()).map(([id]) => id), pages[i], `back to page ${i + 1}`);
    }
    const id = pages[1][3];
    const proposal = ctx.proposals.find((p) => p.id === id);
    await group.$(`[data-testid="proposal-row"][data-proposal-id="${id}"] [data-testid="proposal-link"]`).click();
    await app.waitForText('proposal-heading', proposal.reference);
    await app.waitForText('proposal-heading', proposal.title);
  }));

  it('opens the federation on a summary of the three assemblies', session.step(async (app) => {
    await app.byTestId('nav-federation').click();
    await app.waitForTestId('federation-view');
    await app.browser.waitUntil(async () => (await app.allByTestId('fed-assembly')).length === 3, {
      timeout: 10_000,
      timeoutMsg: 'the federation never listed three assemblies',
    });
    const assemblies = await app.browser.execute(() =>
      [...document.querySelectorAll('[data-testid="fed-assembly"]')].map((a) => {
        const c = a.querySelector('[data-testid="fed-assembly-counts"]');
        return { code: a.dataset.code, local: a.dataset.local, meetings: Number(c?.dataset.meetings), proposals: Number(c?.dataset.proposals) };
      }),
    );
    // Ours first, then the two others.
    assert.deepEqual([assemblies[0].code, assemblies[0].local], ['TEN', 'true']);
    assert.deepEqual(assemblies.slice(1).map((a) => [a.code, a.local]).sort(), [['HBR', 'false'], ['RIV', 'false']]);
    const ours = assemblies.find((a) => a.code === 'TEN');
    assert.equal(ours.meetings, ctx.meetings.length);
    for (const a of assemblies.filter((x) => x.local === 'false')) {
      // A hundredth of the ten years each: 15 GAs, 50 proposals.
      assert.deepEqual([a.meetings, a.proposals], [15, 50], a.code);
    }
    // Their records are read on demand: the lists are counted, not all shown.
    const proposalsCount = await app.waitForTestId('fed-proposals-count');
    await app.browser.waitUntil(async () => Number(await proposalsCount.getAttribute('data-total')) === ctx.proposals.length, {
      timeout: 10_000,
      timeoutMsg: `fed-proposals-count never said ${ctx.proposals.length}`,
    });
    assert.ok((await app.allByTestId('fed-proposal')).length <= PAGE);
  }));
});

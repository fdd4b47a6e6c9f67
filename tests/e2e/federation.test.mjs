// Bundles between two assemblies, through the real window, as a working group that
// works across assemblies uses it.
//
// Before the app starts, the CLI makes "their" assembly (the demo: Riverside, RIV) with
// a working group and a proposal whose texts are hostile HTML, and exports its bundle;
// then "our" assembly (Occupy Bristol, BRS) with its own Kitchen, so that namesakes meet.
// In the window: the federation's empty state → "Import a bundle…" → the preview (maker,
// a NEW key with the fingerprint `plenary bundle inspect` gives, the dry run's counts
// per table) → import → the report → Riverside's WGs beside our Kitchen, each marked
// RIV, the hostile texts shown literally (no element, no handler, no alert) → the same
// file again: the key is known, nothing new, nothing changes (a CLI dump before and
// after) → "Pass on…" writes the received file byte for byte → "Export a bundle…" (the
// whole assembly) writes our signed bundle, which Riverside then imports with the CLI.
//
// One dialog path for the whole run: PLENARY_TEST_DIALOG_PATH answers every native
// dialog of the app process (src-tauri/src/dialog.rs) and the environment is fixed per
// session (lib/app.mjs). So the path is an "exchange" file: it starts as a copy of their
// bundle (the open dialog of both imports), then it is deleted and "Pass on…" must write
// it again (the same bytes as theirs), then deleted again and "Export…" must write ours
// there. Deleting it before each save proves the window wrote it. Last, sealed bundles
// (issue #18): ours sealed for Riverside from the export dialog's "Seal for…", then
// Riverside's sealed for us, imported through the same preview.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { plenary, plenaryJson, useApp } from './lib/app.mjs';

/** The import preview once its dry run is done: it opens on a first glance (what the
 *  bundle's signed manifest says, data-checked="false") and the verdict follows. */
async function checkedPreview(app) {
  const preview = await app.waitForTestId('import-preview');
  await app.browser.waitUntil(async () => (await preview.getAttribute('data-checked')) === 'true', {
    timeout: 60_000,
    timeoutMsg: 'the import preview was never checked',
  });
  return preview;
}

const out = mkdtempSync(join(tmpdir(), 'plenary-e2e-federation-out-'));
after(() => rmSync(out, { recursive: true, force: true }));
const THEIR_DB = join(out, 'their.db');
const THEIR_BUNDLE = join(out, 'their.plenary');
/** What every dialog of the app answers (see above). */
const EXCHANGE = join(out, 'exchange.plenary');

// Hostile text, as another assembly's bundle may carry: it must stay text.
const WG_NAME = '<img src=x onerror=alert(1)>';
const WG_DESCRIPTION = '<script>window.__pwned = 1</script><b>bold</b> & "quotes" <img src=x onerror="alert(2)">';
const PROPOSAL_TITLE = '<svg onload=alert(3)>Soup for all</svg>';
const PROPOSAL_TEXT = '<iframe src="javascript:alert(4)"></iframe> Buy a second soup pot.';

/**
 * An element's text as the DOM holds it (whitespace collapsed). WebKitWebDriver's getText
 * answers "" for `overflow: hidden` elements, and names, codes and hashes are clamped.
 */
async function textOf(el) {
  await el.waitForExist();
  return (await el.getProperty('textContent')).replace(/\s+/g, ' ').trim();
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Our database as the CLI sees it: what an import may change. */
function dump(db) {
  return {
    wgs: plenaryJson(db, 'wg', 'list'),
    proposals: plenaryJson(db, 'proposal', 'list'),
    meetings: plenaryJson(db, 'meeting', 'list'),
    received: plenaryJson(db, 'bundle', 'received'),
  };
}

/** Every fed-wg on the page: [name, origin code, local], read from the DOM in one call. */
function fedWgs(app) {
  return app.browser.execute(() =>
    [...document.querySelectorAll('[data-testid="fed-wg"]')].map((e) => [e.dataset.name, e.dataset.originCode, e.dataset.local]),
  );
}

/** The counts table `testid` as {table: {new, updated, unchanged, refused, deleted}} plus its total. */
function countsOf(app, testid) {
  return app.browser.execute((id) => {
    const table = document.querySelector(`[data-testid="${id}"]`);
    const read = (e) => ({
      new: Number(e.dataset.new),
      updated: Number(e.dataset.updated),
      unchanged: Number(e.dataset.unchanged),
      refused: Number(e.dataset.refused),
      deleted: Number(e.dataset.deleted),
    });
    const rows = {};
    for (const r of table.querySelectorAll('[data-testid="count-row"]')) rows[r.dataset.table] = read(r);
    return { rows, total: read(table.querySelector('[data-testid="count-total"]')) };
  }, testid);
}

/** Nothing in the page came alive from the hostile texts. */
async function assertInert(app) {
  const page = await app.browser.execute(() => ({
    alerted: window.__alerted ?? null,
    pwned: window.__pwned ?? null,
    imgs: document.querySelectorAll('img').length,
    iframes: document.querySelectorAll('iframe').length,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    bold: document.querySelectorAll('b').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')).length,
  }));
  assert.deepEqual(page, { alerted: null, pwned: null, imgs: 0, iframes: 0, handlers: 0, bold: 0, scripts: 0 });
}

describe('bundles between two assemblies, end to end', () => {
  const ctx = {};
  const session = useApp({
    name: 'federation',
    demo: false,
    env: { PLENARY_TEST_DIALOG_PATH: EXCHANGE },
    setup: (db) => {
      // Theirs: the demo (Riverside, RIV), a hostile WG and a hostile proposal.
      plenary(THEIR_DB, 'demo');
      plenary(THEIR_DB, 'wg', 'add', '--name', WG_NAME, '--category', 'operational', '--description', WG_DESCRIPTION, '--status', 'active');
      plenary(THEIR_DB, 'proposal', 'new', '--title', PROPOSAL_TITLE, '--text', PROPOSAL_TEXT, '--wg', 'Kitchen', '--by', 'Mallory');
      plenary(THEIR_DB, 'bundle', 'export', '-o', THEIR_BUNDLE);
      copyFileSync(THEIR_BUNDLE, EXCHANGE);
      // Ours: a new assembly with its own Kitchen.
      plenary(db, 'init', '--name', 'Occupy Bristol', '--code', 'BRS');
      plenary(db, 'wg', 'add', '--name', 'Kitchen', '--category', 'operational');
      ctx.inspect = plenaryJson(db, 'bundle', 'inspect', EXCHANGE);
      ctx.theirWgs = plenaryJson(THEIR_DB, 'wg', 'list');
    },
  });

  it('shows the empty federation, then previews their bundle: a new key, its fingerprint, the counts', session.step(async (app) => {
    assert.equal(ctx.inspect.key, 'new');
    assert.equal(ctx.inspect.assembly.code, 'RIV');
    await app.waitForText('assembly-name', 'Occupy Bristol');
    await app.byTestId('nav-federation').click();
    await app.waitForTestId('federation-empty');
    const ours = await app.waitForTestId('fed-assembly');
    assert.equal(await ours.getAttribute('data-code'), 'BRS');
    assert.equal(await ours.getAttribute('data-local'), 'true');
    assert.equal((await app.allByTestId('fed-assembly')).length, 1);
    // A trap: an alert() from the page would be recorded, not shown.
    await app.browser.execute(() => {
      window.alert = (m) => {
        window.__alerted = String(m);
      };
    });

    await app.byTestId('import-bundle').click();
    const preview = await checkedPreview(app);
    assert.equal(await preview.getAttribute('data-key'), 'new');
    assert.equal(await preview.getAttribute('data-verifies'), 'true');
    // Verifies (intact, well-formed) and, apart from that, importable here.
    assert.equal(await app.byTestId('import-importable').getAttribute('data-value'), 'true');
    assert.equal(await textOf(app.byTestId('import-assembly-name')), 'Riverside General Assembly');
    assert.equal(await textOf(app.byTestId('import-assembly-code')), 'RIV');
    assert.equal(await textOf(app.byTestId('import-fingerprint')), ctx.inspect.assembly.fingerprint);
    assert.equal(await app.byTestId('import-key').getAttribute('data-value'), 'new');
    assert.match(await app.byTestId('import-key-note').getText(), /Importing will pin this key/);
    assert.equal(await app.byTestId('import-already').isExisting(), false);
    assert.equal(await app.byTestId('import-problem').isExisting(), false);
    assert.match(await textOf(app.byTestId('import-confirm')), /Import from RIV/);

    // The dry run: everything the bundle holds is new, nothing refused.
    const counts = await countsOf(app, 'import-counts');
    for (const c of ctx.inspect.counts) {
      assert.equal(counts.rows[c.table]?.new ?? 0, c.records, `new ${c.table}`);
    }
    const held = ctx.inspect.counts.reduce((n, c) => n + c.records, 0);
    assert.equal(counts.rows.assemblies?.new, 1, 'their assembly itself is new');
    assert.deepEqual(counts.total, { new: held + 1, updated: 0, unchanged: 0, refused: 0, deleted: 0 });
    assert.equal(counts.rows.working_groups.new, ctx.theirWgs.length);
    ctx.total = counts.total.new;
    // Nothing was imported by the preview.
    assert.equal(app.cliJson('bundle', 'received').length, 0);
    assert.equal(app.cliJson('wg', 'list').length, 1);
  }));

  it('imports, reports, and lists their WGs beside ours, the hostile text as text', session.step(async (app) => {
    await app.byTestId('import-confirm').click();
    const report = await app.waitForTestId('import-report');
    assert.equal(await report.getAttribute('data-changed'), 'true');
    assert.match(await textOf(app.byTestId('import-report-heading')), /^Imported from Riverside General Assembly RIV$/);
    assert.equal((await countsOf(app, 'import-report-counts')).total.new, ctx.total);
    await app.waitForTestId('import-undo-note');
    assert.equal(await app.byTestId('import-preview').isExisting(), false);

    // The federation, asked again: Riverside is known, its WGs are listed, marked RIV.
    await app.browser.waitUntil(async () => (await app.allByTestId('fed-assembly')).length === 2, {
      timeoutMsg: 'Riverside never appeared among the assemblies',
    });
    assert.equal(await app.byTestId('federation-empty').isExisting(), false);
    const riv = await app.browser.$('[data-testid="fed-assembly"][data-code="RIV"]');
    assert.equal(await riv.getAttribute('data-local'), 'false');
    assert.equal(await textOf(app.byTestId('fed-assembly-fingerprint', riv)), ctx.inspect.assembly.fingerprint);
    await app.waitForTestId('received-bundle');

    const wgs = await fedWgs(app);
    const theirs = wgs.filter(([, code]) => code === 'RIV').map(([name, , local]) => [name, local]);
    assert.deepEqual(
      theirs.sort(),
      ctx.theirWgs.map((w) => [w.name, 'false']).sort(),
      'every Riverside WG, by name, marked RIV and not ours',
    );
    assert.deepEqual(wgs.filter(([, code]) => code === 'BRS'), [['Kitchen', 'BRS', 'true']]);

    // Namesakes meet: one Kitchen group, in 2 assemblies, ours first.
    const kitchen = await app.browser.$('[data-testid="fed-wg-group"][data-name="Kitchen"]');
    assert.equal(await kitchen.getAttribute('data-count'), '2');
    assert.equal(await textOf(app.byTestId('fed-wg-shared', kitchen)), 'in 2 assemblies');
    const kitchens = await app.allByTestId('fed-wg', kitchen);
    assert.deepEqual(
      [await kitchens[0].getAttribute('data-origin-code'), await kitchens[1].getAttribute('data-origin-code')],
      ['BRS', 'RIV'],
    );

    // The hostile WG: its name and description are text, exactly as typed; its origin is RIV.
    const hostile = await app.browser.execute((name) => {
      const group = [...document.querySelectorAll('[data-testid="fed-wg-group"]')].find((g) => g.dataset.name === name);
      if (!group) return null;
      const wg = group.querySelector('[data-testid="fed-wg"]');
      return {
        name: group.querySelector('[data-testid="fed-wg-group-name"]').textContent,
        nameChildren: group.querySelector('[data-testid="fed-wg-group-name"]').children.length,
        description: wg.querySelector('[data-testid="fed-wg-description"]').textContent,
        descriptionChildren: wg.querySelector('[data-testid="fed-wg-description"]').children.length,
        origin: wg.dataset.originCode,
        originName: wg.querySelector('[data-testid="origin-name"]')?.textContent,
      };
    }, WG_NAME);
    assert.deepEqual(hostile, {
      name: WG_NAME,
      nameChildren: 0,
      description: WG_DESCRIPTION,
      descriptionChildren: 0,
      origin: 'RIV',
      originName: 'Riverside General Assembly',
    });

    // The hostile proposal, likewise.
    const proposal = await app.browser.execute((title) => {
      const p = [...document.querySelectorAll('[data-testid="fed-proposal"]')].find(
        (e) => e.querySelector('[data-testid="fed-proposal-title"]')?.textContent === title,
      );
      return p && {
        origin: p.dataset.originCode,
        text: p.querySelector('[data-testid="fed-proposal-text"]')?.textContent,
        titleChildren: p.querySelector('[data-testid="fed-proposal-title"]').children.length,
      };
    }, PROPOSAL_TITLE);
    assert.deepEqual(proposal, { origin: 'RIV', text: PROPOSAL_TEXT, titleChildren: 0 });
    await assertInert(app);

    // Their decisions, marked RIV, with no control that changes them.
    const decisions = await app.browser.$$('[data-testid="fed-decision"][data-origin-code="RIV"]');
    assert.ok(decisions.length > 0, 'Riverside decisions are listed');
    assert.equal(await app.byTestId('fed-decision-link', decisions[0]).isExisting(), false);

    // The CLI agrees: imported once.
    const received = app.cliJson('bundle', 'received');
    assert.equal(received.length, 1);
    assert.equal(received[0].sha256, ctx.inspect.sha256);
    assert.equal(received[0].sha256, sha256(THEIR_BUNDLE));
    assert.equal(app.cliJson('wg', 'list').length, 1 + ctx.theirWgs.length);
  }));

  it('imports the same file again: the key is known, nothing new, nothing changes', session.step(async (app) => {
    const before = dump(app.db);
    await app.byTestId('import-report-close').click();
    await app.browser.waitUntil(async () => !(await app.byTestId('import-report').isExisting()));

    await app.byTestId('import-bundle').click();
    const preview = await checkedPreview(app);
    assert.equal(await preview.getAttribute('data-key'), 'known');
    assert.equal(await textOf(app.byTestId('import-fingerprint')), ctx.inspect.assembly.fingerprint);
    assert.match(await app.byTestId('import-key-note').getText(), /already pinned here for RIV/);
    assert.match(await app.byTestId('import-already').getText(), /importing it again changes nothing/);
    const counts = await countsOf(app, 'import-counts');
    assert.deepEqual(counts.total, { new: 0, updated: 0, unchanged: ctx.total, refused: 0, deleted: 0 });

    await app.byTestId('import-confirm').click();
    const report = await app.waitForTestId('import-report');
    assert.equal(await report.getAttribute('data-changed'), 'false');
    assert.match(await app.byTestId('import-nothing-changed').getText(), /Nothing changed: this file was imported before/);
    assert.equal(await app.byTestId('import-undo-note').isExisting(), false);
    assert.deepEqual(dump(app.db), before, 'the second import changed nothing');
    assert.equal((await app.allByTestId('received-bundle')).length, 1);
    assert.equal((await app.allByTestId('fed-assembly')).length, 2);
    await assertInert(app);
  }));

  it('passes the received bundle on, byte for byte', session.step(async (app) => {
    rmSync(EXCHANGE);
    const bundle = await app.waitForTestId('received-bundle');
    assert.equal(await textOf(app.byTestId('received-sha256', bundle)), ctx.inspect.sha256);
    await app.byTestId('pass-on', bundle).click();
    const saved = await app.waitForText('pass-on-saved', EXCHANGE);
    assert.match(saved, /the original file, still signed by Riverside General Assembly/);
    assert.ok(readFileSync(EXCHANGE).equals(readFileSync(THEIR_BUNDLE)), 'the passed-on file is theirs, byte for byte');
  }));

  it('exports the whole assembly, and Riverside imports it', session.step(async (app) => {
    rmSync(EXCHANGE);
    await app.byTestId('export-toggle').click();
    await app.waitForTestId('export-form');
    const all = await app.browser.$('[data-testid="export-scope"][data-value="all"]');
    await all.click();
    assert.equal(await all.isSelected(), true);
    await app.byTestId('export-submit').click();
    await app.waitForTestId('export-result');
    assert.ok(existsSync(EXCHANGE), 'the export wrote the file the dialog answered');
    const shownSha = await textOf(app.byTestId('export-sha256'));
    assert.equal(shownSha, sha256(EXCHANGE));
    const records = Number(await app.byTestId('export-records').getAttribute('data-count'));

    // Ours, signed with our key, only our records (not Riverside's, which we only hold).
    // Inspected where it is going: in our own database the core calls our own bundle
    // "does not verify" (nothing to import), so Riverside's CLI looks at it.
    const inspect = plenaryJson(THEIR_DB, 'bundle', 'inspect', EXCHANGE);
    assert.equal(inspect.assembly.code, 'BRS');
    assert.equal(inspect.assembly.name, 'Occupy Bristol');
    assert.equal(inspect.key, 'new');
    assert.equal(inspect.verifies, true, inspect.problem ?? '');
    const ours = await app.browser.$('[data-testid="fed-assembly"][data-code="BRS"]');
    assert.equal(inspect.assembly.fingerprint, await textOf(app.byTestId('fed-assembly-fingerprint', ours)));
    assert.equal(inspect.sha256, shownSha);
    assert.equal(inspect.counts.reduce((n, c) => n + c.records, 0), records);

    // Riverside imports it: our Kitchen meets theirs there too.
    const report = plenaryJson(THEIR_DB, 'bundle', 'import', EXCHANGE);
    assert.equal(report.key, 'new');
    assert.equal(report.changed, true);
    assert.equal(report.totals.refused, 0);
    const kitchens = plenaryJson(THEIR_DB, 'wg', 'list').filter((w) => w.name === 'Kitchen');
    assert.equal(kitchens.length, 2);
  }));

  it('seals a bundle for Riverside alone: Riverside opens it, a third assembly is told who it is for', session.step(async (app) => {
    rmSync(EXCHANGE);
    // The export form is still open. Riverside's key is known here (pinned at its import).
    await app.byTestId('export-seal').click();
    const riv = await app.browser.$(`[data-testid="export-recipient"][data-assembly-id="${ctx.inspect.assembly.id}"]`);
    await riv.waitForExist();
    await riv.click();
    await app.byTestId('export-submit').click();
    const sealed = await app.waitForTestId('export-sealed');
    assert.equal(await textOf(sealed), 'Sealed for Riverside General Assembly (RIV): only they can open it.');
    assert.ok(existsSync(EXCHANGE), 'the export wrote the file the dialog answered');
    assert.equal(await textOf(app.byTestId('export-sha256')), sha256(EXCHANGE));
    assert.equal(readFileSync(EXCHANGE).includes('Kitchen'), false, 'nothing of the record is readable in the file');

    // Riverside opens it: our bundle inside, signed by us.
    const inspect = plenaryJson(THEIR_DB, 'bundle', 'inspect', EXCHANGE);
    assert.deepEqual(inspect.sealed_for.map((a) => a.code), ['RIV']);
    assert.equal(inspect.assembly.code, 'BRS');
    assert.equal(inspect.verifies, true, inspect.problem ?? '');
    // A third assembly learns only who it is for.
    const third = join(out, 'third.db');
    plenary(third, 'init', '--name', 'Occupy Wall Street', '--code', 'NYC');
    const told = plenaryJson(third, 'bundle', 'inspect', EXCHANGE);
    assert.equal(told.for_this_assembly, false);
    assert.deepEqual(told.sealed_for.map((a) => a.name), ['Riverside General Assembly']);
  }));

  it('imports a bundle sealed for us: opened with our key, then checked and imported as any', session.step(async (app) => {
    plenary(THEIR_DB, 'wg', 'add', '--name', 'Sealed Garden', '--category', 'operational');
    rmSync(EXCHANGE, { force: true });
    plenary(THEIR_DB, 'bundle', 'export', '-o', EXCHANGE, '--seal-to', 'BRS');
    if (await app.byTestId('import-report-close').isExisting()) await app.byTestId('import-report-close').click();

    await app.byTestId('import-bundle').click();
    const preview = await checkedPreview(app);
    assert.equal(await preview.getAttribute('data-key'), 'known');
    assert.equal(await preview.getAttribute('data-verifies'), 'true');
    assert.match(await textOf(app.byTestId('import-sealed')), /^For Occupy Bristol \(BRS\); opened with this assembly's key/);
    await app.byTestId('import-confirm').click();
    const report = await app.waitForTestId('import-report');
    assert.equal(await report.getAttribute('data-changed'), 'true');
    assert.ok(app.cliJson('wg', 'list').some((w) => w.name === 'Sealed Garden'));
    // Kept as it came: still sealed.
    const received = app.cliJson('bundle', 'received');
    assert.ok(received.some((b) => b.sha256 === sha256(EXCHANGE)));
  }));
});

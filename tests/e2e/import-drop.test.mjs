// A bundle dropped on the window, end to end, with a real X drag (lib/drop.mjs: a small
// GTK drag source offering the file as text/uri-list, the mouse driven by xdotool): GTK's
// XDND delivers the drop to the app as it would a person's.
//
// Before the app starts, the CLI makes "their" assembly (the demo: Riverside, RIV) and
// exports its bundle; ours is a new assembly (Occupy Bristol, BRS). In the window, on the
// dashboard: files dragged over the window show the drop hint (axe clean); the bundle
// dropped opens the federation screen and its import preview, first glance then checked —
// no file dialog (PLENARY_TEST_DIALOG_PATH names no file: had the dialog been asked, the
// preview would fail) —; Import brings their records in. Then a text file, and two files
// at once, dropped: a clear sentence in the status line, nothing opened, nothing written
// (a CLI dump before and after), axe clean. Then the page's own drag and drop still works
// with the shell's handler on (an agenda row dragged with the mouse to first place), and
// in meeting mode a dropped bundle is not taken: the screen stays, the status line says
// to import it from the federation screen.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { axe, describeViolations } from './lib/a11y.mjs';
import { plenary, plenaryJson, useApp } from './lib/app.mjs';
import { dragAndDrop, dropFiles, windowOf } from './lib/drop.mjs';

const out = mkdtempSync(join(tmpdir(), 'plenary-e2e-drop-out-'));
after(() => rmSync(out, { recursive: true, force: true }));
const THEIR_DB = join(out, 'their.db');
const BUNDLE = join(out, 'riverside.plenary');
const NOTES = join(out, 'notes.txt');

/** What an import may change, as the CLI sees it. */
const dump = (db) => ({
  wgs: plenaryJson(db, 'wg', 'list'),
  proposals: plenaryJson(db, 'proposal', 'list'),
  received: plenaryJson(db, 'bundle', 'received'),
});

/** An element's text as the DOM holds it (WebKitWebDriver's getText answers "" for clamped, `overflow: hidden` elements). */
async function textOf(el) {
  await el.waitForExist();
  return (await el.getProperty('textContent')).replace(/\s+/g, ' ').trim();
}

async function assertAxeClean(app, what) {
  const violations = await axe(app);
  assert.equal(violations.length, 0, `axe on ${what}:\n${describeViolations(violations)}`);
}

describe('a bundle dropped on the window', () => {
  const session = useApp({
    name: 'import-drop',
    demo: false,
    env: { PLENARY_TEST_DIALOG_PATH: join(out, 'no-such-file.plenary') },
    setup: (db) => {
      plenary(THEIR_DB, 'demo');
      plenary(THEIR_DB, 'bundle', 'export', '-o', BUNDLE);
      writeFileSync(NOTES, 'not a bundle');
      plenary(db, 'init', '--name', 'Occupy Bristol', '--code', 'BRS');
      plenary(db, 'meeting', 'new', '--date', new Date().toISOString().slice(0, 10));
      plenary(db, 'agenda', 'add', '--meeting', '1', '--kind', 'process', '--title', 'Welcome');
      plenary(db, 'agenda', 'add', '--meeting', '1', '--kind', 'discussion', '--title', 'Housing');
      plenary(db, 'agenda', 'add', '--meeting', '1', '--kind', 'soapbox', '--title', 'Soapbox');
    },
  });

  it('shows the drop hint while the bundle is dragged over, then previews it on the federation screen and imports it', session.step(async (app) => {
    await app.waitForText('assembly-name', 'Occupy Bristol');
    assert.equal(await app.browser.execute(() => location.hash), '');
    await dropFiles(app.appPid(), [BUNDLE], {
      whileOver: async () => {
        const hint = await app.waitForTestId('drop-hint');
        assert.match(await hint.getText(), /Drop the bundle to see what importing it would do/);
        assert.equal(await app.byTestId('drop-status').getProperty('textContent'), 'Drop the bundle to see what importing it would do');
        await assertAxeClean(app, 'the drop hint');
      },
    });
    const preview = await app.waitForTestId('import-preview', { timeout: 30_000 });
    assert.equal(await app.browser.execute(() => location.hash), '#/federation');
    assert.equal(await app.byTestId('drop-hint').isExisting(), false, 'the hint goes on the drop');
    await app.browser.waitUntil(async () => (await preview.getAttribute('data-checked')) === 'true', {
      timeout: 60_000,
      timeoutMsg: 'the dropped bundle was never checked',
    });
    assert.equal(await textOf(app.byTestId('import-assembly-code')), 'RIV');
    assert.equal(await app.byTestId('import-key').getAttribute('data-value'), 'new');
    assert.match(await textOf(app.byTestId('import-file')), /riverside\.plenary/);
    await assertAxeClean(app, 'the preview of a dropped bundle');
    await (await app.waitForTestId('import-confirm')).click();
    const reportEl = await app.waitForTestId('import-report', { timeout: 60_000 });
    assert.equal(await reportEl.getAttribute('data-changed'), 'true');
    const received = plenaryJson(app.db, 'bundle', 'received');
    assert.equal(received.length, 1);
    assert.equal(received[0].file_name, 'riverside.plenary');
    await (await app.waitForTestId('import-report-close')).click();
  }));

  it('refuses a file that is not a bundle, and several files at once, with a clear sentence and nothing written', session.step(async (app) => {
    await app.browser.execute(() => {
      location.hash = '#/';
    });
    await app.waitForText('assembly-name', 'Occupy Bristol');
    const before = dump(app.db);
    await dropFiles(app.appPid(), [NOTES]);
    await app.waitForText('drop-status', 'notes.txt is not a Plenary bundle (a .plenary file). Nothing was read.');
    assert.equal(await app.browser.execute(() => location.hash), '#/', 'the screen stays');
    assert.equal(await app.byTestId('import-preview').isExisting(), false);
    await assertAxeClean(app, 'a refused drop');
    await dropFiles(app.appPid(), [BUNDLE, NOTES]);
    await app.waitForText('drop-status', 'Several files were dropped: drop one bundle at a time. Nothing was read.');
    assert.equal(await app.browser.execute(() => location.hash), '#/');
    await (await app.waitForTestId('drop-dismiss')).click();
    await app.waitForText('drop-status', /^$/);
    assert.deepEqual(dump(app.db), before, 'a refused drop writes nothing');
  }));

  it('still lets an agenda row be dragged with the mouse within the page (the shell takes only files)', session.step(async (app) => {
    const order = () => app.cliJson('agenda', 'list', '--meeting', '1').map((i) => i.title);
    assert.deepEqual(order(), ['Welcome', 'Housing', 'Soapbox']);
    const meeting = app.cliJson('meeting', 'list')[0].id;
    await app.browser.execute((id) => {
      location.hash = `#/meeting/${id}`;
    }, meeting);
    await app.browser.waitUntil(async () => (await app.allByTestId('agenda-item')).length === 3, {
      timeoutMsg: 'the agenda never showed',
    });
    // Screen points: the Soapbox row's number (its drag handle), and the upper quarter of
    // the Welcome row (a drop there puts it before).
    const [from, to] = await app.browser.execute(() => {
      const rows = [...document.querySelectorAll('[data-testid="agenda-item"]')];
      rows[1].scrollIntoView({ block: 'center' });
      const handle = rows[2].querySelector('.num') ?? rows[2];
      const a = handle.getBoundingClientRect();
      const b = rows[0].getBoundingClientRect();
      return [
        [a.left + a.width / 2, a.top + a.height / 2],
        [b.left + b.width / 2, b.top + b.height / 4],
      ];
    });
    const win = windowOf(app.appPid());
    const screen = ([x, y]) => [Math.round(win.x + x), Math.round(win.y + y)];
    await dragAndDrop(screen(from), screen(to));
    await app.browser.waitUntil(() => order()[0] === 'Soapbox', {
      timeout: 10_000,
      timeoutMsg: `the dragged row did not move first: ${order().join(', ')}`,
    });
    assert.deepEqual(order(), ['Soapbox', 'Welcome', 'Housing']);
  }));

  it('does not take a dropped bundle in meeting mode: the meeting stays, the status line says where to import it', session.step(async (app) => {
    app.cli('meeting', 'open', '1');
    app.cli('agenda', 'start', '1.2'); // Welcome, now second
    const meeting = app.cliJson('meeting', 'list')[0].id;
    await app.browser.execute(() => {
      location.hash = '#/';
    });
    await app.waitForText('assembly-name', 'Occupy Bristol');
    await app.browser.execute((id) => {
      location.hash = `#/meeting/${id}`;
    }, meeting);
    await app.waitForTestId('live-workspace');
    const hash = await app.browser.execute(() => location.hash);
    const before = dump(app.db);
    await dropFiles(app.appPid(), [BUNDLE], {
      whileOver: async () => {
        const hint = await app.waitForTestId('drop-hint');
        assert.equal(await hint.getAttribute('data-live'), 'true');
        assert.match(await hint.getText(), /A meeting is under way/);
      },
    });
    await app.waitForText('drop-status', 'riverside.plenary was not opened: a meeting is under way. Import it from the Federation screen.');
    assert.equal(await app.browser.execute(() => location.hash), hash, 'the meeting stays on screen');
    assert.equal(await app.byTestId('import-preview').isExisting(), false);
    assert.equal(await app.byTestId('live-workspace').isDisplayed(), true);
    await assertAxeClean(app, 'a drop refused in meeting mode');
    assert.deepEqual(dump(app.db), before);
  }));
});

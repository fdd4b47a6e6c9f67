// The accessibility checks of the real window (issue 19), shared by the files that run
// them: a11y-light-1/-2/-3.test.mjs and a11y-dark-1/-2/-3.test.mjs (axe-core 4 on every main
// screen and dialog), a11y-announce.test.mjs (announcements). Each file is
// an app session of its own, so each stays within the suite's per-file time limit and
// they can run side by side.
//
// axe-core runs with the tags of WCAG 2.0/2.1 A and AA and axe's best practices; any
// violation fails. Dark is GTK_THEME=Adwaita:dark (WebKitGTK then reports
// prefers-color-scheme: dark). Before any screen counts, a planted page (an image
// without alt, a nameless button, an unlabelled field, grey-on-white text) must make axe
// report all four: the check cannot pass by not running. In each dialog, Shift+Tab
// (which WebKitGTK may report with the key value "Unidentified") and Tab never take the
// focus out.
//
// Adding a screen is one line in SCREENS_1, SCREENS_2 or SCREENS_4; a dialog, one in
// DIALOGS or DIALOGS_4.
//
// Before the app starts, the CLI opens the demo's RIV-GA-4 with its proposal item
// RIV-GA-4.5 under way (four people on its stack, one with the floor), and makes another
// assembly's bundle (Occupy Bristol, BRS) for the import screens; the window's open
// dialog answers with it (PLENARY_TEST_DIALOG_PATH).

import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { plenary, useApp } from './app.mjs';
import { dropFiles } from './drop.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export const ITEM = 'RIV-GA-4.5';
const PROPOSAL = 'RIV-P-2026-010';

const SHIFT = '\uE008';
const TAB = '\uE004';
const ESCAPE = '\uE00C';

const out = mkdtempSync(join(tmpdir(), 'plenary-e2e-a11y-'));
after(() => rmSync(out, { recursive: true, force: true }));
const THEIR_BUNDLE = join(out, 'bristol.plenary');
{
  const theirs = join(out, 'bristol.db');
  plenary(theirs, 'init', '--name', 'Occupy Bristol', '--code', 'BRS');
  plenary(theirs, 'wg', 'add', '--name', 'Kitchen', '--category', 'operational');
  plenary(theirs, 'proposal', 'new', '--title', 'Soup on Sundays', '--text', 'Cook soup every Sunday.', '--wg', 'Kitchen', '--by', 'Ana Lopes');
  plenary(theirs, 'bundle', 'export', '-o', THEIR_BUNDLE);
}

export function setup(db) {
  plenary(db, 'meeting', 'open', '4');
  plenary(db, 'agenda', 'start', ITEM);
  for (const name of ['Amara Okafor', 'Kwame Mensah', 'Priya Raman', 'Tom Ashworth']) {
    plenary(db, 'stack', 'add', '--item', ITEM, '--name', name);
  }
  plenary(db, 'stack', 'limit', '--item', ITEM, '--seconds', '180');
  plenary(db, 'stack', 'next', '--item', ITEM);
}

/** Ids the routes need, read once from the database. */
export function idsOf(app) {
  const meetings = app.cliJson('meeting', 'list');
  const ref = (r) => meetings.find((m) => m.reference === r).id;
  const proposals = app.cliJson('proposal', 'list');
  const agenda = app.cliJson('agenda', 'list', '--meeting', ref('RIV-GA-4'));
  return {
    open: ref('RIV-GA-4'),
    closed: ref('RIV-GA-3'),
    item: agenda.find((i) => i.reference === ITEM).id,
    proposal: proposals.find((p) => p.reference === PROPOSAL).id,
    decided: proposals.find((p) => p.status === 'decided').id,
    // The demo's Kitchen: report-backs with asks, proposals in two statuses.
    wg: app.cliJson('wg', 'list').find((w) => w.name === 'Kitchen').id,
  };
}

export const go = (hash, ready) => async (app) => {
  // Away first, so that the same route again loads afresh (the screen reads the database).
  await app.browser.execute(() => { location.hash = '#/__a11y'; });
  await app.browser.execute((h) => { location.hash = h; }, hash);
  await app.waitForTestId(ready, { timeout: 15_000 });
};
const click = (testid, ready) => async (app) => {
  await (await app.waitForTestId(testid)).click();
  await app.waitForTestId(ready, { timeout: 15_000 });
};
/** Moves the hearing of RIV-GA-4.5 to a step with the CLI, then shows meeting mode. */
const step = (to) => async (app, ids) => {
  const move = ['proposal', 'step', PROPOSAL, '--meeting', ids.open, '--to', to];
  // Leaving a step where nothing was raised is done only by saying so (--none: the step
  // machine of ga-process.md). The walk only needs to reach each step: it says so when
  // the core asks, and any other refusal still fails the walk.
  try {
    app.cli(...move);
  } catch (e) {
    if (!String(e?.message).includes('(--none)')) throw e;
    app.cli(...move, '--none');
  }
  await go(`#/meeting/${ids.open}`, 'live-workspace')(app);
  await app.browser.waitUntil(
    async () => (await app.byTestId('process-panel').getAttribute('data-step')) === to,
    { timeout: 15_000, timeoutMsg: `the process panel never showed the step ${to}` },
  );
};

// Every main screen, in the order walked: [name, how to get there (app, ids)]. Two
// lists, and the dialogs, one app session each (a11y-<theme>-1, -2 and -3.test.mjs): a
// test file must end within the suite's per-file limit (scripts/test: 180 s), and axe
// takes seconds a screen.
export const SCREENS_1 = [
  ['dashboard', (app) => go('#/', 'meeting-list')(app)],
  ['dashboard: new meeting form', (app) => click('new-meeting-toggle', 'new-meeting-form')(app)],
  ['dashboard: new working group form', (app) => click('new-wg-toggle', 'new-wg-form')(app)],
  ['meeting view (closed)', (app, ids) => go(`#/meeting/${ids.closed}`, 'meeting-view')(app)],
  ['meeting mode: stack and process (present)', step('present')],
  ['meeting mode: clarifying questions', step('clarifying-questions')],
  ['meeting mode: concerns', step('concerns')],
  ['meeting mode: temperature check', step('temperature-check')],
  ['meeting mode: call for consensus', step('call-for-consensus')],
  ['meeting mode: vote', step('vote')],
];
export const SCREENS_2 = [
  ['process page', (app, ids) => go(`#/meeting/${ids.open}/item/${ids.item}/process`, 'process-panel')(app)],
  ["stack-keeper's view", (app, ids) => go(`#/meeting/${ids.open}/stack`, 'stack-view')(app)],
  ['projector', (app, ids) => go(`#/projector/${ids.open}`, 'projector-floor')(app)],
  ['minutes', (app, ids) => go(`#/meeting/${ids.closed}/minutes`, 'minutes-view')(app)],
  ['proposals board', (app) => go('#/proposals', 'proposals-view')(app)],
  ['proposals: new proposal form', (app) => click('new-proposal-toggle', 'new-proposal-form')(app)],
  ['proposal page (in process)', (app, ids) => go(`#/proposal/${ids.proposal}`, 'proposal-heading')(app)],
  ['proposal page (decided)', (app, ids) => go(`#/proposal/${ids.decided}`, 'proposal-heading')(app)],
  ['federation, before an import', (app) => go('#/federation', 'federation-view')(app)],
  ['federation: import preview', (app) => click('import-bundle', 'import-preview')(app)],
  ['federation: import report', (app) => click('import-confirm', 'import-report')(app)],
  ['federation, after an import', (app) => go('#/federation', 'adopt-proposal')(app)],
  ['a bundle dropped in meeting mode: the status line says it was not taken', dropRefused],
];

/** Their bundle dropped on meeting mode with a real X drag (lib/drop.mjs): not taken, the frame's status line says why. */
async function dropRefused(app, ids) {
  await go(`#/meeting/${ids.open}`, 'live-workspace')(app);
  await dropFiles(app.appPid(), [THEIR_BUNDLE]);
  await app.waitForText('drop-status', 'a meeting is under way', { timeout: 15_000 });
}

/** Adds drafts until they fill more than one page of their group on the board (25). */
function manyDrafts(app) {
  for (let n = 1; n <= 26; n++) {
    app.cli('proposal', 'new', '--draft', '--title', `Draft number ${n}`, '--text', `Draft text ${n}.`, '--wg', 'Kitchen', '--by', 'Ana Lopes');
  }
}

/** Turns to the next page of the paged list in `selector` and waits until it shows. */
const nextPage = (selector) => async (app) => {
  const pager = await app.browser.$(`${selector} [data-testid="pager"]`);
  await pager.waitForDisplayed({ timeout: 15_000, timeoutMsg: `no pager in ${selector}` });
  await (await pager.$('[data-testid="pager-next"]')).click();
  await app.browser.waitUntil(async () => (await pager.getAttribute('data-index')) === '1', {
    timeout: 15_000,
    timeoutMsg: `the second page of ${selector} never showed`,
  });
};

// The lists read a page at a time, the people (a11y-<theme>-4.test.mjs).
export const SCREENS_4 = [
  ['all GAs', (app) => go('#/meetings', 'all-meetings-list')(app)],
  ['all working groups', (app) => go('#/wgs', 'all-wgs-list')(app)],
  [
    "a working group's page, reached from the list",
    async (app) => {
      await go('#/wgs', 'all-wgs-list')(app);
      await (await app.browser.$('[data-testid="all-wgs-list"]').$('a=Kitchen')).click();
      await app.waitForTestId('wg-report-back', { timeout: 15_000 });
      await app.waitForTestId('proposal-row', { timeout: 15_000 });
    },
  ],
  ['people', (app) => go('#/people', 'person-row')(app)],
  [
    'proposals board, second page of drafts',
    async (app) => {
      manyDrafts(app);
      await go('#/proposals', 'proposal-group')(app);
      await nextPage('[data-testid="proposal-group"][data-status="draft"]')(app);
    },
  ],
];

/** Moves the hearing of RIV-GA-4.5 through the steps to the call for consensus (meeting mode), then previews an outcome. */
async function decisionPreview(app, ids) {
  // The demo leaves a friendly amendment of this proposal waiting for its proposer's
  // answer, and the decision comes after it (the process panel says so instead of the form).
  for (const a of app.cliJson('proposal', 'show', PROPOSAL).amendments) {
    if (a.status === 'pending') app.cli('proposal', 'amendment', a.id, '--accepted');
  }
  for (const to of ['present', 'clarifying-questions', 'concerns', 'temperature-check', 'call-for-consensus']) {
    await step(to)(app, ids);
  }
  await (await app.waitForTestId('support-count', { timeout: 15_000 })).setValue('20');
  await click('decision-preview-button', 'decision-dialog')(app);
}

// Every dialog: [name, how to open it (app, ids), its test id].
export const DIALOGS = [
  ['keyboard shortcuts', (app) => go('#/', 'meeting-list')(app).then(() => click('shortcuts-open', 'shortcuts-help')(app)), 'shortcuts-help'],
  ['about Plenary', (app) => click('about-open', 'about-dialog')(app), 'about-dialog'],
  ['settings (the passphrase)', (app) => click('settings-open', 'passphrase-set-form')(app), 'settings-dialog'],
  ['close the meeting?', (app, ids) => go(`#/meeting/${ids.open}`, 'live-workspace')(app).then(() => click('close-meeting', 'close-confirm')(app)), 'close-confirm'],
  ['remove an agenda item?', (app) => click('remove-item', 'remove-confirm')(app), 'remove-confirm'],
  ['table the proposal (manual move)', (app, ids) => go(`#/meeting/${ids.open}/item/${ids.item}/process`, 'manual-moves')(app).then(() => click('move', 'move-dialog')(app)), 'move-dialog'],
];
// More dialogs, walked after SCREENS_4 in its session (a11y-<theme>-4): the merge of
// two people, and the two confirmations that show what would be done first.
export const DIALOGS_4 = [
  ['merge two people', (app) => go('#/people', 'person-row')(app).then(() => click('person-merge', 'merge-dialog')(app)), 'merge-dialog'],
  ['import a bundle: the preview', (app) => go('#/federation', 'federation-view')(app).then(() => click('import-bundle', 'import-dialog')(app)), 'import-dialog'],
  ['record the decision: the preview', decisionPreview, 'decision-dialog'],
  ['search every assembly (Ctrl+K), with results', searchPalette, 'palette'],
];

/** The command palette from the top bar, "kitchen" typed: hits of both assemblies. */
async function searchPalette(app) {
  await go('#/', 'meeting-list')(app);
  await click('palette-open', 'palette-input')(app);
  await app.browser.keys([...'kitchen']);
  await app.waitForTestId('palette-hit', { timeout: 15_000 });
}

/** Injects axe-core once per page load and runs it; returns the violations, short. */
export async function axe(app, context = null) {
  const loaded = await app.browser.execute(() => typeof window.axe === 'object');
  if (!loaded) await app.browser.execute(AXE_SOURCE);
  const result = await app.browser.executeAsync(
    (ctx, tags, done) => {
      window.axe
        .run(ctx ? document.querySelector(ctx) : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => done({ violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary}`) })) }))
        .catch((e) => done({ error: String(e) }));
    },
    context,
    TAGS,
  );
  if (result.error) throw new Error(`axe failed to run: ${result.error}`);
  return result.violations;
}

export const describeViolations = (vs) => vs.map((v) => `  ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).join('\n    ')}`).join('\n');

/** Presses the keys together (real key events), then lets go in reverse. */
export async function chord(app, ...keys) {
  const a = app.browser.action('key');
  for (const k of keys) a.down(k);
  for (const k of [...keys].reverse()) a.up(k);
  await a.perform();
}

/** Presses Shift+Tab (and Tab) over and over; the focus must stay inside the dialog. */
async function focusStaysIn(app, testid) {
  for (const keys of [[SHIFT, TAB], [TAB]]) {
    for (let i = 0; i < 6; i++) {
      await chord(app, ...keys);
      const inside = await app.browser.execute(
        (id) => !!document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement),
        testid,
      );
      assert.ok(inside, `${keys.length > 1 ? 'Shift+Tab' : 'Tab'} number ${i + 1} took the focus out of the dialog "${testid}"`);
    }
  }
}

/**
 * The axe walk in one theme: one app session, the planted check, every screen, every
 * dialog (and, with `keys`, Shift+Tab and Tab in each).
 */
export function axeSuite(theme, { part, screens = [], dialogs = [], keys = false }) {
  describe(`accessibility, ${theme} (${part})`, () => {
    const session = useApp({
      name: `a11y-${theme}-${part}`,
      setup,
      env: { PLENARY_TEST_DIALOG_PATH: THEIR_BUNDLE, ...(theme === 'dark' ? { GTK_THEME: 'Adwaita:dark' } : {}) },
    });
    let ids;

    it('the window is in the theme asked for', session.step(async (app) => {
      ids = idsOf(app);
      await app.waitForTestId('meeting-list');
      const dark = await app.browser.execute(() => matchMedia('(prefers-color-scheme: dark)').matches);
      assert.equal(dark, theme === 'dark');
    }));

    it('axe runs: it reports each of four planted violations', session.step(async (app) => {
      await app.browser.execute(() => {
        const planted = document.createElement('div');
        planted.id = 'a11y-planted';
        // Built node by node (the app's CSP and our own rule: no HTML from strings).
        const img = document.createElement('img');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        const button = document.createElement('button');
        button.type = 'button';
        const input = document.createElement('input');
        input.type = 'text';
        const grey = document.createElement('p');
        grey.textContent = 'Faint words';
        grey.style.cssText = 'color:#cccccc;background:#ffffff';
        planted.append(img, button, input, grey);
        document.body.append(planted);
      });
      try {
        const found = new Set((await axe(app, '#a11y-planted')).map((v) => v.id));
        for (const rule of ['image-alt', 'button-name', 'label', 'color-contrast']) {
          assert.ok(found.has(rule), `axe did not report the planted ${rule}; it reported: ${[...found].join(', ') || 'nothing'}`);
        }
      } finally {
        await app.browser.execute(() => document.getElementById('a11y-planted')?.remove());
      }
    }));

    for (const [name, reach] of screens) {
      it(`no violation: ${name}`, session.step(async (app, t) => {
        const t0 = Date.now();
        await reach(app, ids);
        const t1 = Date.now();
        const violations = await axe(app);
        t.diagnostic(`reached in ${t1 - t0} ms, axe ${Date.now() - t1} ms`);
        assert.equal(violations.length, 0, `axe on "${name}" (${theme}):\n${describeViolations(violations)}`);
      }));
    }

    for (const [name, open, testid] of dialogs) {
      it(`dialog "${name}": no violation${keys ? ', and Shift+Tab keeps the focus in it' : ''}`, session.step(async (app) => {
        await open(app, ids);
        const violations = await axe(app);
        assert.equal(violations.length, 0, `axe on the dialog "${name}" (${theme}):\n${describeViolations(violations)}`);
        if (keys) await focusStaysIn(app, testid);
        await chord(app, ESCAPE);
        await app.browser.waitUntil(
          () => app.browser.execute((id) => !document.querySelector(`[data-testid="${id}"]`)?.open, testid),
          { timeout: 5000, timeoutMsg: `Esc did not close the dialog "${name}"` },
        );
      }));
    }
  });
}

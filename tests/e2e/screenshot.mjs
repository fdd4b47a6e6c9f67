// Captures the real app on a fresh demo database: the whole X screen (the app's window
// fills it: 1280x800, no window manager) with ImageMagick `import`.
// Run it under Xvfb through scripts/screenshot. Usage: node screenshot.mjs OUT.png [VIEW]
//
//   VIEW dashboard (default)  the dashboard
//   VIEW process              the facilitator's process panel: RIV-GA-4 open, its
//                             "Winter tents fund" item taken up and brought by the CLI to
//                             the call for consensus (a question, a concern, an accepted
//                             amendment, a temperature check); counts typed in the window
//                             and the outcome previewed by the core, not confirmed.
//   VIEW stack                the stack-keeper's view: RIV-GA-4 open, a 30 s limit on its
//                             first item, two short speeches made by the CLI (real time),
//                             a speaker near the limit (the amber warning) and seven waiting.
//   VIEW meeting              the meeting view in meeting mode: RIV-GA-4 open, its "Winter
//                             tents fund" item under way (the earlier items done by the
//                             CLI), a speaker with the floor and four waiting, the process
//                             at concerns (a question answered, an amendment accepted):
//                             the item, the stack panel and the process panel side by side.
//   VIEW meeting-es, meeting-ar meeting mode in Spanish, in Arabic (chosen in Settings):
//                             RIV-GA-4's first item under way, a speaker with the floor
//                             and four waiting; Arabic right to left.
//   VIEW federation           the federation view of a young assembly (Occupy Bristol, BRS:
//                             Facilitation, Kitchen, Legal Observers) after importing, through
//                             the window, the demo's bundle of its first GA (Riverside, RIV,
//                             RIV-GA-1 with what it refers to): the working groups side by
//                             side with their origin badges (namesakes grouped: "in 2
//                             assemblies"), Riverside's two proposals and their decisions.
//   VIEW import-preview       the same, stopped at the import preview: Riverside's new key
//                             and its fingerprint, what importing would change, per table.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { plenary, startApp } from './lib/app.mjs';

const out = resolve(process.argv[2] ?? 'dashboard.png');
const view = process.argv[3] ?? 'dashboard';
const VIEWS = ['dashboard', 'process', 'stack', 'meeting', 'meeting-es', 'meeting-ar', 'federation', 'import-preview'];
if (!VIEWS.includes(view)) {
  throw new Error(`unknown view ${view}: ${VIEWS.join(', ')}`);
}
const federated = view === 'federation' || view === 'import-preview';

const TENTS = 'Winter tents fund';

/** The hearing of "Winter tents fund" at RIV-GA-4, up to the call for consensus. */
function processSetup(db) {
  plenary(db, 'meeting', 'open', '4');
  const ref = JSON.parse(plenary(db, 'proposal', 'list', '--json')).find((p) => p.title === TENTS).reference;
  const at = ['--meeting', 'RIV-GA-4'];
  plenary(db, 'proposal', 'step', ref, ...at, '--to', 'present');
  const q = plenary(db, 'proposal', 'question', ref, ...at, '--text', 'Which tents, and from whom?', '--by', 'Ines Duarte');
  plenary(db, 'proposal', 'answer', q, '--text', 'Insulated four-person tents from the outdoor co-op.');
  const c = plenary(db, 'proposal', 'concern', ref, ...at, '--text', 'Where are the tents stored in summer?', '--by', 'Jo Becker');
  plenary(db, 'proposal', 'address', c, '--response', 'The Kitchen container has room for them.');
  const text = JSON.parse(plenary(db, 'proposal', 'show', ref, '--json')).proposal.text;
  plenary(db, 'proposal', 'amend', ref, ...at, '--text', text.replace('set aside 800', 'set aside 900'), '--by', 'Dev Patel', '--accepted');
  plenary(db, 'proposal', 'temperature', ref, ...at, '--up', '31', '--sideways', '4', '--down', '2');
  plenary(db, 'proposal', 'step', ref, ...at, '--to', 'call-for-consensus');
}

/** RIV-GA-4.1's stack: speeches of a few seconds (the clock is real), then a full queue. */
function stackSetup(db) {
  const sleep = (s) => execFileSync('sleep', [String(s)]);
  const at = ['--item', 'RIV-GA-4.1'];
  const add = (name, ...more) => plenary(db, 'stack', 'add', ...at, '--name', name, ...more);
  plenary(db, 'meeting', 'open', '4');
  plenary(db, 'stack', 'limit', ...at, '--seconds', '30');
  add('Dev Patel');
  plenary(db, 'stack', 'next', ...at);
  sleep(4);
  add('Zanele Dube');
  plenary(db, 'stack', 'next', ...at);
  sleep(2);
  add('Aisha Bello');
  plenary(db, 'stack', 'next', ...at);
  add('Kwame Mensah', '--prioritize');
  add('Amara Okafor');
  add('Jo Becker');
  add('Tom Ashworth', '--kind', 'process');
  add('Priya Raman', '--kind', 'information');
  add('Mei Chen', '--kind', 'clarifying');
  add('Rosa Lima', '--kind', 'direct-response');
}

/** RIV-GA-4 under way at its proposal: the items before it done, a stack, the concerns step. */
function meetingSetup(db) {
  plenary(db, 'meeting', 'open', '4');
  const items = JSON.parse(plenary(db, 'agenda', 'list', '--meeting', '4', '--json'));
  const tents = items.find((i) => i.title === TENTS);
  for (const i of items.filter((i) => i.position < tents.position)) {
    plenary(db, 'agenda', 'start', i.reference);
    plenary(db, 'agenda', 'finish', i.reference);
  }
  plenary(db, 'agenda', 'start', tents.reference);
  const ref = JSON.parse(plenary(db, 'proposal', 'list', '--json')).find((p) => p.title === TENTS).reference;
  const at = ['--meeting', 'RIV-GA-4'];
  plenary(db, 'proposal', 'step', ref, ...at, '--to', 'present');
  const q = plenary(db, 'proposal', 'question', ref, ...at, '--text', 'Which tents, and from whom?', '--by', 'Ines Duarte');
  plenary(db, 'proposal', 'answer', q, '--text', 'Insulated four-person tents from the outdoor co-op.');
  plenary(db, 'proposal', 'step', ref, ...at, '--to', 'concerns');
  const text = JSON.parse(plenary(db, 'proposal', 'show', ref, '--json')).proposal.text;
  plenary(db, 'proposal', 'amend', ref, ...at, '--text', text.replace('set aside 800', 'set aside 900'), '--by', 'Dev Patel', '--accepted');
  const stack = ['--item', tents.reference];
  const add = (name, ...more) => plenary(db, 'stack', 'add', ...stack, '--name', name, ...more);
  plenary(db, 'stack', 'limit', ...stack, '--seconds', '120');
  add('Jo Becker');
  plenary(db, 'stack', 'next', ...stack);
  add('Kwame Mensah', '--prioritize');
  add('Amara Okafor');
  add('Tom Ashworth', '--kind', 'process');
  add('Mei Chen', '--kind', 'clarifying');
}

// Meeting mode in another language (meeting-es, meeting-ar): RIV-GA-4 open, its first
// item under way, a speaker with the floor and four waiting of mixed kinds — the item
// card, the stack panel and what comes next, all in the app's words.
const LANGUAGE = { 'meeting-es': 'es', 'meeting-ar': 'ar' }[view] ?? null;
function meetingLanguageSetup(db) {
  plenary(db, 'meeting', 'open', '4');
  const first = JSON.parse(plenary(db, 'agenda', 'list', '--meeting', '4', '--json')).find((i) => i.position === 1);
  plenary(db, 'agenda', 'start', first.reference);
  const stack = ['--item', first.reference];
  const add = (name, ...more) => plenary(db, 'stack', 'add', ...stack, '--name', name, ...more);
  plenary(db, 'stack', 'limit', ...stack, '--seconds', '120');
  add('Jo Becker');
  plenary(db, 'stack', 'next', ...stack);
  add('Kwame Mensah', '--prioritize');
  add('Amara Okafor');
  add('Tom Ashworth', '--kind', 'process');
  add('Mei Chen', '--kind', 'clarifying');
}

// The federation views: their bundle (the demo, Riverside) is made before the app starts;
// the app's dialogs answer with its path (PLENARY_TEST_DIALOG_PATH, src-tauri/src/dialog.rs).
const exchange = federated ? mkdtempSync(join(tmpdir(), 'plenary-screenshot-bundle-')) : null;
const THEIR_BUNDLE = exchange ? join(exchange, 'riverside.plenary') : null;
if (exchange) process.on('exit', () => rmSync(exchange, { recursive: true, force: true }));

/** Occupy Bristol (BRS), a young assembly with three WGs; Riverside's first GA in a bundle. */
function federationSetup(db) {
  const theirs = join(exchange, 'riverside.db');
  plenary(theirs, 'demo');
  plenary(theirs, 'bundle', 'export', '-o', THEIR_BUNDLE, '--meeting', 'RIV-GA-1');
  plenary(db, 'init', '--name', 'Occupy Bristol', '--code', 'BRS');
  const wg = (name, category, status, description, ...more) =>
    plenary(db, 'wg', 'add', '--name', name, '--category', category, '--status', status, '--description', description, ...more);
  wg('Facilitation', 'operational', 'active', 'Agendas, facilitators and the hand-signals workshop.');
  wg('Kitchen', 'operational', 'active', 'Hot meals at the camp every evening; the tea urn from 7 am.', '--schedule', 'Daily, 5 pm at the food tent');
  wg('Legal Observers', 'operational', 'forming', 'Know-your-rights sessions; observers at every action.');
}

const setups = { process: processSetup, stack: stackSetup, meeting: meetingSetup, federation: federationSetup };
setups['meeting-es'] = meetingLanguageSetup;
setups['meeting-ar'] = meetingLanguageSetup;
// The language is kept in the webview's storage in the app's data folder: a folder of
// this run's own, so the choice does not stay behind.
const dataHome = LANGUAGE ? mkdtempSync(join(tmpdir(), 'plenary-screenshot-language-')) : null;
setups['import-preview'] = federationSetup;
const app = await startApp({
  name: 'screenshot',
  demo: !federated,
  setup: setups[view],
  env: federated ? { PLENARY_TEST_DIALOG_PATH: THEIR_BUNDLE } : dataHome ? { XDG_DATA_HOME: dataHome } : {},
});
try {
  if (federated) {
    await app.waitForText('assembly-name', 'Occupy Bristol');
  } else {
    await app.waitForText('assembly-name', 'Riverside General Assembly');
    await app.waitForTestId('meeting-row');
  }
  await app.waitForTestId('wg-list');
  if (view === 'process') {
    const meeting = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4');
    const item = app.cliJson('agenda', 'list', '--meeting', 'RIV-GA-4').find((i) => i.title === TENTS);
    // Take the item up in the meeting view, then open its process panel.
    await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${meeting.id}"] [data-testid="meeting-link"]`).click();
    const row = app.browser.$(`[data-testid="agenda-item"][data-item-id="${item.id}"]`);
    await row.waitForDisplayed();
    await app.byTestId('item-start', row).click();
    await app.browser.waitUntil(async () => (await row.getAttribute('data-status')) === 'active');
    await app.byTestId('item-process-link', row).click();
    await app.waitForTestId('decision-form');
    await app.byTestId('support-count').setValue('20');
    // Names are typed like a person would: the known-people suggestions come and go.
    const pause = () => new Promise((r) => setTimeout(r, 400));
    await app.browser.$('[data-testid="stand-aside-name"] input').setValue('Ben Carter');
    await pause();
    await app.byTestId('stand-aside-reason').setValue('Food comes first this month');
    await app.browser.$('[data-testid="block-name"] input').setValue('Rosa Lima');
    await pause();
    await app.byTestId('block-reason').setValue('The supplier uses child labour');
    await app.byTestId('decision-preview-button').click();
    await app.waitForTestId('decision-confirm');
    // The step track at the top of the screen; the form, the preview and the Confirm
    // button (which has the focus) below it.
    await app.browser.execute(() => {
      document.querySelector('[data-testid="process-heading"]')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -10);
    });
  }
  if (view === 'stack') {
    const meeting = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4');
    await app.browser.execute((id) => {
      location.hash = `#/meeting/${id}/stack`;
    }, meeting.id);
    await app.waitForTestId('stack-entry');
    await app.waitForTestId('speaking-row');
    // Aisha has the floor against a 30 s limit: wait for the warning of the last seconds.
    const timer = await app.waitForTestId('stack-timer');
    await app.browser.waitUntil(async () => (await timer.getAttribute('data-state')) === 'warn', { timeout: 40_000 });
  }
  if (view === 'meeting') {
    const meeting = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4');
    await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${meeting.id}"] [data-testid="meeting-link"]`).click();
    await app.waitForTestId('live-workspace');
    await app.waitForTestId('stack-entry');
    await app.waitForTestId('process-heading');
    // The workspace at the top of the screen, as the facilitator keeps it.
    await app.browser.execute(() => {
      document.querySelector('[data-testid="live-workspace"]')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -8);
    });
  }
  if (LANGUAGE) {
    await app.byTestId('settings-open').click();
    await (await app.waitForTestId('language-select')).selectByAttribute('value', LANGUAGE);
    await app.browser.waitUntil(() => app.browser.execute((l) => document.documentElement.lang === l, LANGUAGE));
    await app.byTestId('settings-close').click();
    const meeting = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4');
    await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${meeting.id}"] [data-testid="meeting-link"]`).click();
    await app.waitForTestId('live-workspace');
    await app.waitForTestId('stack-entry');
    await app.browser.execute(() => {
      document.querySelector('[data-testid="live-workspace"]')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -8);
    });
  }
  if (federated) {
    await app.byTestId('nav-federation').click();
    await app.waitForTestId('federation-empty');
    await app.byTestId('import-bundle').click();
    await app.waitForTestId('import-preview');
    await app.waitForTestId('import-confirm'); // the dry run done (it opens on a first glance)
    // import-preview: the page as it opens on the preview (the top bar, the Import button,
    // who made the bundle, its key, what importing would change).
    if (view === 'federation') {
      await app.byTestId('import-confirm').click();
      await app.waitForTestId('import-report');
      await app.byTestId('import-report-close').click();
      await app.browser.waitUntil(async () => !(await app.byTestId('import-report').isExisting()));
      await app.browser.$('[data-testid="fed-wg"][data-origin-code="RIV"]').waitForDisplayed();
      await app.waitForTestId('fed-decision');
      // The records side by side at the top of the screen.
      await app.browser.execute(() => {
        document.querySelector('[data-testid="section-fed-wgs"]')?.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -12);
      });
    }
  }
  // Let fonts and layout settle before the picture.
  await app.browser.execute(() => document.fonts.ready.then(() => true));
  await new Promise((r) => setTimeout(r, 500));
  mkdirSync(dirname(out), { recursive: true });
  execFileSync('import', ['-window', 'root', out], { stdio: 'inherit' });
  console.log(`screenshot: ${out}`);
} finally {
  await app.stop();
  if (dataHome) rmSync(dataHome, { recursive: true, force: true });
}

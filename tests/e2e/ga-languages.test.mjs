// A GA's key steps in Spanish, then in Arabic (issue 15), in the real window: the
// language is chosen in Settings; the demo's planned GA (RIV-GA-4, opened with the CLI)
// is opened, its first item taken up; meeting mode's stack panel takes three hands of
// mixed kinds by keyboard and gives the floor; the floor card and the queue say the
// kinds in the language; no English label is left on meeting mode and its stack panel
// (a list of the English words converted); Arabic lays the window out right to left
// (dir="rtl", the breadcrumb mirrored); axe finds nothing in either language. A refusal of
// the core (a person already waiting) is shown in Spanish, worded from its code.
//
// The language lives in the webview's storage in the app's data folder: this session has
// its own (XDG_DATA_HOME), so the other end-to-end files, which find elements by their
// English words, never start in another language.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { plenary, useApp } from './lib/app.mjs';
import { axe, describeViolations } from './lib/a11y.mjs';

const dataHome = mkdtempSync(join(tmpdir(), 'plenary-e2e-ga-languages-'));
after(() => rmSync(dataHome, { recursive: true, force: true }));

// WebDriver key codes.
const ALT = '\uE00A';
const CTRL = '\uE009';
const ENTER = '\uE007';

/** Meeting mode's and the stack panel's English words (before languages): none may be
 *  left in another language. Whole words, so "Pausa" does not count as "Pause". */
const ENGLISH = [
  'Now',
  'Finish',
  'Take up next',
  'Coming up',
  'Under way',
  'Speaking now',
  'Next speaker',
  'Nobody has the floor',
  'Pause',
  'Then',
  'Kind of hand',
  'Adding as',
  'Prioritize',
  'Withdraw',
  'Waiting',
  'Undo',
  'would undo',
  'Close the stack',
  'Time per speaker',
  'Floor policy',
  'Change the floor policy',
  'point of process',
  'point of information',
  'to speak',
  'raised hand',
  'triangle',
  'first time speaking today',
  'Agenda',
  'Take up',
  'Table',
  'Open projector',
  'Minutes',
  'Stack',
  'The room',
  'Add to role',
  'Action items',
  'Airtime equity',
  'Planned',
];

const html = (app) =>
  app.browser.execute(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

async function chooseLanguage(app, code, dir) {
  await (await app.waitForTestId('settings-open')).click();
  await (await app.waitForTestId('language-select')).selectByAttribute('value', code);
  await app.browser.waitUntil(async () => (await html(app)).lang === code, {
    timeout: 5000,
    timeoutMsg: `<html lang> did not become ${code}`,
  });
  assert.equal((await html(app)).dir, dir);
  await app.byTestId('settings-close').click();
}

/** The visible words of meeting mode: the item card, the stack panel, the agenda, the
 *  breadcrumb and the side column (roles, room), and every button's accessible name. */
function meetingWords(app) {
  return app.browser.execute(() => {
    const parts = ['live-item', 'stack-view', 'agenda', 'live-coming', 'roles', 'room-panel', 'planned-minutes']
      .flatMap((id) => Array.from(document.querySelectorAll(`[data-testid="${id}"]`)))
      .map((e) => e.textContent);
    parts.push(document.querySelector('nav.crumbs')?.textContent ?? '');
    for (const b of document.querySelectorAll('[data-testid="meeting-view"] button')) {
      parts.push(b.getAttribute('aria-label') ?? '');
    }
    return parts.join(' \n ').replace(/\s+/g, ' ');
  });
}

function assertNoEnglish(words, where) {
  const left = ENGLISH.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(words));
  assert.deepEqual(left, [], `English left on meeting mode in ${where}: ${left.join(', ')}`);
}

async function axeClean(app, where) {
  const violations = await axe(app);
  assert.equal(violations.length, 0, `axe ${where}:\n${describeViolations(violations)}`);
}

async function waitForFocus(app, testId) {
  await app.browser.waitUntil(
    () => app.browser.execute((id) => document.activeElement?.getAttribute('data-testid') === id, testId),
    { timeout: 5000, timeoutMsg: `${testId} did not get the focus` },
  );
}

async function chord(app, ...keys) {
  const a = app.browser.action('key');
  for (const k of keys) a.down(k);
  for (const k of [...keys].reverse()) a.up(k);
  await a.perform();
}

async function typeKeys(app, text) {
  const a = app.browser.action('key');
  for (const ch of text) a.down(ch).up(ch);
  await a.perform();
}

/** Alt+<kind digit> (if any), the name, Enter, in the stack panel's name field. */
async function addByKeys(app, name, digit, count) {
  const input = await app.byTestId('stack-name-input');
  await app.browser.execute((e) => e.focus(), input);
  await waitForFocus(app, 'stack-name-input');
  if (digit) await chord(app, ALT, digit);
  await typeKeys(app, name);
  await chord(app, ENTER);
  await app.browser.waitUntil(async () => (await app.allByTestId('stack-entry')).length === count, {
    timeout: 5000,
    timeoutMsg: `${name} was not added (expected ${count} waiting)`,
  });
}

/** An element's text from the DOM (WebKitWebDriver's getText answers "" under overflow: hidden). */
const textOf = (app, el) => app.browser.execute((e) => e.textContent.replace(/\s+/g, ' ').trim(), el);

async function waitForTextOf(app, testId, text) {
  let last = '';
  await app.browser.waitUntil(
    async () => {
      last = await textOf(app, await app.byTestId(testId));
      return last.includes(text);
    },
    { timeout: 5000, timeoutMsg: `${testId} did not show "${text}" (it shows "${last}")` },
  );
}

describe('a GA in Spanish and in Arabic', () => {
  const session = useApp({
    name: 'ga-languages',
    env: { XDG_DATA_HOME: dataHome, LANG: 'en_US.UTF-8', LANGUAGE: 'en' },
    setup: (db) => plenary(db, 'meeting', 'open', '4'),
  });

  it('in Spanish: opens the GA, takes up its first item and runs the stack in meeting mode', session.step(async (app) => {
    await app.waitForText('assembly-name', 'Riverside General Assembly');
    await chooseLanguage(app, 'es', 'ltr');

    const meetingId = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4').id;
    await app.waitForTestId('meeting-list');
    const row = await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"]`);
    await (await app.byTestId('meeting-link', row)).click();
    await app.waitForTestId('agenda-list');
    const first = await app.browser.$('[data-testid="agenda-item"][data-position="1"]');
    const start = await app.byTestId('item-start', first);
    assert.equal(await textOf(app, start), 'Empezar');
    await start.click();
    await app.waitForTestId('live-workspace');
    await app.waitForTestId('stack-name-input');
    assert.match(await textOf(app, await app.byTestId('live-finish')), /^Terminar RIV-GA-4\.1$/);

    await addByKeys(app, 'Amara Okafor', null, 1);
    await addByKeys(app, 'Tom Ashworth', '1', 2); // Alt+1: point of process, goes first
    await addByKeys(app, 'Priya Raman', '2', 3); // Alt+2: point of information
    const kinds = await app.browser.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="stack-entry-kind"]'), (k) => k.textContent.replace(/\s+/g, ' ').trim()),
    );
    assert.deepEqual(kinds, ['cuestión de orden · triángulo', 'punto de información · un dedo arriba', 'toma de palabra · mano alzada']);

    await chord(app, CTRL, ENTER); // the floor to the point of process
    await waitForTextOf(app, 'stack-current-name', 'Tom Ashworth');
    await waitForTextOf(app, 'stack-current-kind', 'cuestión de orden');
    assert.equal(await textOf(app, await app.byTestId('stack-next')), 'Siguiente turno Ctrl+Enter');
    assert.equal(await textOf(app, await app.byTestId('stack-pause')), 'Pausa');
    assert.equal((await app.allByTestId('stack-entry')).length, 2);

    // A refusal of the core, worded in Spanish from its code (i18n/es/errors.ftl): Amara
    // already waits to speak. The field is cleared after it, as a stack-keeper would.
    const input = await app.byTestId('stack-name-input');
    await app.browser.execute((e) => e.focus(), input);
    await waitForFocus(app, 'stack-name-input');
    await typeKeys(app, 'Amara Okafor');
    await chord(app, ENTER);
    const refusal =
      'Amara Okafor ya está esperando en la pila de RIV-GA-4.1 para tomar la palabra; una persona espera como mucho una vez por tipo de turno';
    let shown = [];
    await app.browser.waitUntil(
      async () => {
        shown = await app.browser.execute(() =>
          Array.from(document.querySelectorAll('[role="alert"]'), (e) => e.textContent.replace(/\s+/g, ' ').trim()),
        );
        return shown.some((s) => s.includes(refusal));
      },
      { timeout: 5000, timeoutMsg: `the refusal is not shown in Spanish (alerts: ${JSON.stringify(shown)})` },
    );
    assert.equal((await app.allByTestId('stack-entry')).length, 2, 'the refusal changed nothing');
    await chord(app, CTRL, 'a');
    await chord(app, '\uE003'); // Backspace

    assertNoEnglish(await meetingWords(app), 'Spanish');
    await axeClean(app, 'on meeting mode in Spanish');
  }));

  it('in Arabic: the same GA right to left, the floor in Arabic words, no English left', session.step(async (app) => {
    await chooseLanguage(app, 'ar', 'rtl');
    await waitForTextOf(app, 'stack-current-kind', 'نقطة نظام');
    await waitForTextOf(app, 'stack-next', 'المتحدث التالي');
    // Names stay as typed.
    await waitForTextOf(app, 'stack-current-name', 'Tom Ashworth');

    // Mirrored: the way back to the dashboard is at the right, the links on at the left.
    const back = await app.byTestId('back-to-dashboard');
    const minutes = await app.byTestId('minutes-link');
    const backX = await back.getLocation('x');
    const minutesX = await minutes.getLocation('x');
    assert.ok(backX > minutesX, `back at x=${backX}, minutes at x=${minutesX}: not right to left`);

    // The floor goes on in Arabic: the point of information has it next.
    await chord(app, CTRL, ENTER);
    await waitForTextOf(app, 'stack-current-name', 'Priya Raman');
    await waitForTextOf(app, 'stack-current-kind', 'نقطة معلومات');

    assertNoEnglish(await meetingWords(app), 'Arabic');
    await axeClean(app, 'on meeting mode in Arabic');
  }));
});

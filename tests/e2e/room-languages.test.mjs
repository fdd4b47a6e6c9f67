// The participants' page follows the app's language (issue 15): the app is switched to
// Spanish in Settings, opens the room, and the phone (Debian's chromium, 390×844) gets the
// page in Spanish — <html lang="es">, its headings, form and sentences Spanish, no English
// word of its own —; it asks for the floor, the stack-keeper accepts with Alt+A and the
// phone says its place and why in Spanish; axe finds nothing. Then Settings switches the
// app to Arabic while the room is open: the phone's page loads itself again right to left
// (dir="rtl"), still with its hand, and axe still finds nothing.
//
// Its own XDG_DATA_HOME (the language choice lives in the webview's storage), so no other
// end-to-end file starts in Spanish. Needs `chromium` and `chromium-driver`.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { axe, startChromium, waitText } from './lib/chromium.mjs';
import { plenary, useApp } from './lib/app.mjs';

const ITEM = 'RIV-GA-4.1';
const WITHIN = 10_000;
const dataHome = mkdtempSync(join(tmpdir(), 'plenary-e2e-room-languages-'));
after(() => rmSync(dataHome, { recursive: true, force: true }));

// The page's own English words (room-page.ftl) that must not be left in another language.
const ENGLISH = ['Now', 'The floor', 'Next', 'Raise my hand', 'Your name', 'Agenda', 'Nobody has the floor.', 'Connected: this page follows the meeting as it happens.', 'waiting for the stack-keeper', 'You are 1st'];

describe('the room in Spanish, then Arabic: the phone follows the app', () => {
  const session = useApp({
    name: 'room-languages',
    env: { PLENARY_ROOM_BIND: '127.0.0.1:0', XDG_DATA_HOME: dataHome, LANG: 'en_US.UTF-8', LANGUAGE: 'en' },
    setup: (db) => {
      plenary(db, 'meeting', 'open', '4');
      plenary(db, 'agenda', 'start', ITEM);
    },
  });
  let chromium = null;
  let phone = null;
  let url = null;
  after(async () => {
    await chromium?.stop();
  });

  const waitPhone = (testid, needle, what) => waitText(phone, testid, needle, `the phone: ${what}`, WITHIN);
  // textContent, not innerText: the headings are shown in capitals (text-transform).
  const pageText = () => phone.execute(() => document.body.textContent);
  const html = () => phone.execute(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  const noEnglish = async (where) => {
    const text = await pageText();
    for (const w of ENGLISH) assert.ok(!text.includes(w), `English "${w}" left on the phone ${where}:\n${text}`);
  };
  const chooseLanguage = async (app, code) => {
    await (await app.waitForTestId('settings-open')).click();
    await (await app.waitForTestId('language-select')).selectByAttribute('value', code);
    await app.browser.waitUntil(async () => (await app.browser.execute(() => document.documentElement.lang)) === code, {
      timeout: 5000,
      timeoutMsg: `the app did not switch to ${code}`,
    });
    await (await app.byTestId('settings-close')).click();
  };

  it('the app in Spanish opens the room', session.step(async (app) => {
    await app.waitForText('assembly-name', 'Riverside General Assembly');
    await chooseLanguage(app, 'es');
    const meetingId = app.cliJson('meeting', 'list').find((m) => m.reference === 'RIV-GA-4').id;
    await app.browser.execute((h) => (window.location.hash = h), `#/meeting/${meetingId}`);
    await app.waitForTestId('live-workspace');
    await (await app.waitForTestId('room-open')).click();
    url = (await (await app.waitForTestId('room-url')).getText()).trim();
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  }));

  it('the phone gets the page in Spanish, with no English word of its own, axe clean', session.step(async () => {
    chromium = await startChromium();
    phone = await chromium.device(390, 844);
    await phone.url(url);
    await waitPhone('room-item', '4.1', 'the item under way');
    await waitPhone('room-connection', 'Conectado', 'connected, in Spanish');
    assert.deepEqual(await html(), { lang: 'es', dir: 'ltr' });
    const text = await pageText();
    for (const w of ['Ahora', 'La palabra', 'Pedir la palabra', 'Tu nombre', 'Orden del día']) {
      assert.ok(text.includes(w), `"${w}" missing from the Spanish page:\n${text}`);
    }
    assert.match(text, /4\.1 .+ — en curso/);
    await noEnglish('in Spanish');
    const violations = await axe(phone);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  }));

  it('the phone asks for the floor; accepted with Alt+A, it says its place in Spanish', session.step(async (app) => {
    await phone.$('[data-testid="room-name"]').setValue('Sam Whitfield');
    await phone.$('[data-testid="room-kind"]').selectByAttribute('value', 'speak');
    await phone.$('[data-testid="room-raise"]').click();
    await waitPhone('room-my-hand', 'Has pedido la palabra (toma de palabra)', 'the hand is up');
    const request = await app.browser.$('[data-testid="hand-request"]');
    await request.waitForExist({ timeout: WITHIN, timeoutMsg: 'the hand never reached the stack panel' });
    await app.browser.$('body').click();
    await app.browser.action('key').down('\uE00A').down('a').up('a').up('\uE00A').perform();
    await app.browser.waitUntil(async () => (await app.browser.$$('[data-testid="stack-entry"]')).length === 1, {
      timeout: WITHIN,
      timeoutMsg: 'Alt+A did not put the hand on the stack',
    });
    await waitPhone('room-my-hand', 'Estás en el puesto 1', 'its place on the stack');
    await waitPhone('room-my-hand', 'habla por primera vez hoy', 'why it stands there');
    await waitPhone('room-next', 'Sam — toma de palabra', 'the next speakers');
    await noEnglish('with its hand on the stack');
    const violations = await axe(phone);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  }));

  it('the app switches to Arabic: the phone follows, right to left, axe clean', session.step(async (app) => {
    await chooseLanguage(app, 'ar');
    await phone.waitUntil(async () => (await html()).dir === 'rtl', {
      timeout: WITHIN,
      timeoutMsg: 'the phone did not follow the app into Arabic',
    });
    assert.equal((await html()).lang, 'ar');
    // (Its number is isolated from the Arabic around it: Fluent's bidi marks.)
    await waitPhone('room-my-hand', 'ترتيبك', 'its place, in Arabic');
    await waitPhone('room-my-hand', 'في قائمة المتحدثين', 'its place, in Arabic');
    await waitPhone('room-connection', 'متصل', 'connected, in Arabic');
    // Laid out from the right: the heading "Now" (a short word) is written at the
    // right-hand edge of the page, not at the left.
    const box = await phone.execute(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('item-h'));
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
    });
    assert.ok(box.right > box.width - 40 && box.left > box.width / 2, `the heading's words at ${box.left}–${box.right} of ${box.width}: not right to left`);
    await noEnglish('in Arabic');
    const violations = await axe(phone);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  }));
});

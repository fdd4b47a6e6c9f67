// Languages in the real window (issue 15): Settings switches the app to Spanish at once
// (the dialog's own words, <html lang>), then to Arabic (dir="rtl", right to left);
// axe finds nothing in either; the choice is kept for the installation (the app started
// again opens in Arabic); "as this computer" brings back English.
//
// The choice lives in the webview's storage, in the app's data folder: this session has
// its own (XDG_DATA_HOME), so the other end-to-end files, which find elements by their
// English words, never start in another language.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { useApp } from './lib/app.mjs';
import { axe, describeViolations } from './lib/a11y.mjs';

const dataHome = mkdtempSync(join(tmpdir(), 'plenary-e2e-language-'));
after(() => rmSync(dataHome, { recursive: true, force: true }));

const html = (app) =>
  app.browser.execute(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

async function axeClean(app, where) {
  const violations = await axe(app);
  assert.equal(violations.length, 0, `axe ${where}:\n${describeViolations(violations)}`);
}

describe('languages', () => {
  const session = useApp({ name: 'language', env: { XDG_DATA_HOME: dataHome, LANG: 'en_US.UTF-8', LANGUAGE: 'en' } });

  it('Settings switches the app to Spanish at once', session.step(async (app) => {
    await app.waitForText('assembly-name', 'Riverside General Assembly');
    assert.deepEqual(await html(app), { lang: 'en', dir: 'ltr' });
    await (await app.waitForTestId('settings-open')).click();
    await app.waitForText('passphrase-state', 'not encrypted');
    await (await app.byTestId('language-select')).selectByAttribute('value', 'es');
    await app.browser.waitUntil(async () => (await html(app)).lang === 'es', {
      timeout: 5000,
      timeoutMsg: '<html lang> did not become es',
    });
    assert.equal((await html(app)).dir, 'ltr');
    await app.waitForText('passphrase-state', 'no está cifrado');
    assert.equal(await app.browser.$('#settings-title').getText(), 'Ajustes');
    assert.match(await app.byTestId('settings-dialog').getText(), /nadie puede leer el registro/);
    await axeClean(app, 'on Settings in Spanish');
  }));

  it('Arabic lays the window out right to left', session.step(async (app) => {
    await (await app.byTestId('language-select')).selectByAttribute('value', 'ar');
    await app.browser.waitUntil(async () => (await html(app)).dir === 'rtl', {
      timeout: 5000,
      timeoutMsg: '<html dir> did not become rtl',
    });
    assert.equal((await html(app)).lang, 'ar');
    assert.equal(await app.browser.$('#settings-title').getText(), 'الإعدادات');
    // The dialog is laid out from the right: its heading starts right of its Close button.
    const heading = await app.browser.$('#settings-title').getLocation('x');
    const close = await app.byTestId('settings-close').getLocation('x');
    assert.ok(heading > close, `heading at x=${heading}, Close at x=${close}: not right to left`);
    await axeClean(app, 'on Settings in Arabic');
    await app.byTestId('settings-close').click();
  }));

  it('the choice is kept: started again, the app is in Arabic; "as this computer" brings English back', session.step(async () => {
    const { app } = await session.restart();
    await app.waitForText('assembly-name', 'Riverside General Assembly', { timeout: 20_000 });
    assert.deepEqual(await html(app), { lang: 'ar', dir: 'rtl' });
    assert.equal(await app.byTestId('settings-open').getText(), 'الإعدادات');
    await app.byTestId('settings-open').click();
    await (await app.waitForTestId('language-select')).selectByAttribute('value', '');
    await app.browser.waitUntil(async () => (await html(app)).lang === 'en', {
      timeout: 5000,
      timeoutMsg: '<html lang> did not come back to en',
    });
    assert.equal((await html(app)).dir, 'ltr');
    assert.equal(await app.browser.$('#settings-title').getText(), 'Settings');
    await app.byTestId('settings-close').click();
  }));
});

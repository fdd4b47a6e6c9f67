// The dashboard in the real window: the app opens on the demo assembly, lists its
// working groups, and a working group created from the keyboard lands in the database.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useApp } from './lib/app.mjs';

describe('dashboard', () => {
  const session = useApp({ name: 'dashboard' });

  it('opens on the demo assembly', session.step(async (app) => {
    await app.waitForText('assembly-name', 'Riverside General Assembly');
    assert.equal(await app.byTestId('assembly-code').getText(), 'RIV');
    assert.match(await app.browser.getTitle(), /Riverside General Assembly/);
  }));

  it('lists the active working groups, and every one a step away, with its status', session.step(async (app) => {
    await app.waitForTestId('wg-list');
    const all = app.cliJson('wg', 'list');
    assert.equal(all.length, 12, 'the demo has 12 working groups');
    const active = all.filter((wg) => wg.status === 'active').map((wg) => wg.name).sort();
    assert.deepEqual((await app.textsOf('wg-name')).sort(), active);
    assert.match(await app.byTestId('wg-count').getText(), new RegExp(`^${active.length} of 12$`));

    await app.byTestId('all-wgs-link').click();
    await app.waitForTestId('all-wgs-list');
    await app.browser.waitUntil(async () => (await app.textsOf('wg-name')).length === 12, {
      timeout: 5000,
      timeoutMsg: 'All working groups does not list the 12',
    });
    const names = (await app.textsOf('wg-name')).sort();
    assert.deepEqual(names, all.map((wg) => wg.name).sort());
    for (const name of ['Kitchen', 'Vision and Goals', 'Economics']) assert.ok(names.includes(name), name);

    const economics = await wgRow(app, 'Economics');
    const status = await app.byTestId('wg-status', economics);
    assert.equal(await status.getAttribute('data-value'), 'dissolved');
    assert.match(await status.getText(), /dissolved/i);
    await app.browser.execute(() => history.back());
    await app.waitForTestId('dashboard');
  }));

  it('lists the demo meetings', session.step(async (app) => {
    const rows = await app.allByTestId('meeting-row');
    assert.equal(rows.length, app.cliJson('meeting', 'list').length);
    assert.ok(rows.length > 0);
  }));

  it('creates a working group from the keyboard', session.step(async (app) => {
    const name = 'Bike Repair';
    // Open the form from the keyboard: focus the toggle and press Enter.
    const toggle = await app.waitForTestId('new-wg-toggle');
    await app.browser.execute((el) => el.focus(), toggle);
    await app.browser.keys('Enter');
    await app.waitForTestId('new-wg-form');

    // The form puts the focus on its name field; type there and submit with Enter.
    await app.browser.waitUntil(
      () => app.browser.execute(() => document.activeElement?.id === 'new-wg-name'),
      { timeout: 5000, timeoutMsg: 'the name field did not get the focus' },
    );
    await app.browser.keys([...name, 'Enter']);

    await app.waitForText('new-wg-done', name);
    await app.browser.waitUntil(async () => (await app.textsOf('wg-name')).includes(name), {
      timeout: 5000,
      timeoutMsg: `${name} is not listed on the dashboard`,
    });

    const row = await wgRow(app, name);
    assert.equal(await app.byTestId('wg-status', row).getAttribute('data-value'), 'forming');

    // The real database has it (read by the CLI, not through the app).
    const stored = app.cliJson('wg', 'list').find((wg) => wg.name === name);
    assert.ok(stored, `${name} is not in the database`);
    assert.equal(stored.category, 'operational');
    assert.equal(stored.status, 'forming');
    assert.equal(await row.getAttribute('data-wg-id'), stored.id);
  }));

  it('shows the core\'s refusal of a duplicate name', session.step(async (app) => {
    const field = await app.browser.$('#new-wg-name');
    await field.setValue('Kitchen');
    await app.browser.keys('Enter');
    const form = await app.byTestId('new-wg-form');
    const error = await app.waitForTestId('error', { within: form });
    assert.match(await error.getText(), /Kitchen/);
    const kitchens = app.cliJson('wg', 'list').filter((wg) => wg.name === 'Kitchen');
    assert.equal(kitchens.length, 1, 'nothing written');
  }));
});

/** The wg-row whose wg-name is exactly `name`. */
async function wgRow(app, name) {
  for (const row of await app.allByTestId('wg-row')) {
    if ((await app.byTestId('wg-name', row).getText()) === name) return row;
  }
  throw new Error(`no wg-row named ${name}`);
}

// The first start of a new version on a database made by an earlier one (the previous
// release's demo, schema version 6): the window says its records are being brought up to
// date — alone, axe clean — instead of staying empty, then opens on the dashboard; the
// upgraded file then opens in the command line too. The upgrade is held back 3 s by the
// debug build's test hook (PLENARY_TEST_UPGRADE_PAUSE_MS) so that the screen is seen.

import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { plenaryJson, ROOT, startApp } from './lib/app.mjs';
import { axe, describeViolations } from './lib/a11y.mjs';

const FIXTURE = join(ROOT, 'src-tauri/core/tests/fixtures/previous-release/riverside-demo.db');

describe('an earlier version\'s database', () => {
  it('is brought up to date with the window saying so, then opens', async () => {
    const app = await startApp({
      name: 'upgrade',
      demo: false,
      setup: (db) => {
        copyFileSync(FIXTURE, db);
        copyFileSync(`${FIXTURE}.key`, `${db}.key`);
      },
      env: { PLENARY_TEST_UPGRADE_PAUSE_MS: '3000' },
    });
    try {
      const view = await app.waitForTestId('upgrading', { timeout: 20_000 });
      assert.match(await view.getText(), /Bringing the records up to date/);
      assert.equal(await app.byTestId('topbar').isExisting(), false, 'nothing but the upgrade screen');
      const violations = await axe(app);
      assert.equal(violations.length, 0, `axe on the upgrade screen:\n${describeViolations(violations)}`);

      await app.waitForText('assembly-name', 'Riverside General Assembly', { timeout: 60_000 });
      assert.equal(await app.byTestId('upgrading').isExisting(), false);
      await app.waitForTestId('meeting-list');
      // The file is this version's now: the command line opens it beside the app.
      assert.equal(plenaryJson(app.db, 'meeting', 'list').length, 4);
    } finally {
      await app.stop();
    }
  });
});

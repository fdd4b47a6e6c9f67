// Encryption at rest in the real window (issue 18, docs/security.md): a passphrase set in
// Settings encrypts the record on disk; the app, started again, shows only the unlock
// screen (axe clean, the focus in its field); a wrong passphrase is said and can be
// retried; the right one opens the dashboard. The command line then needs it too.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CLI_BIN, useApp } from './lib/app.mjs';
import { axe, describeViolations } from './lib/a11y.mjs';

const PASSPHRASE = 'the kitchen never sleeps';

const plainHeader = (db) => readFileSync(db).subarray(0, 16).toString('latin1') === 'SQLite format 3\0';

describe('encryption at rest', () => {
  const session = useApp({ name: 'encryption' });

  it('sets a passphrase in Settings: the record on disk is encrypted', session.step(async (app) => {
    await app.waitForText('assembly-name', 'Riverside General Assembly');
    assert.ok(plainHeader(app.db), 'the demo starts as a plain database');
    await (await app.waitForTestId('settings-open')).click();
    await app.waitForTestId('passphrase-set-form');
    await app.waitForText('passphrase-state', 'not encrypted');
    await app.byTestId('passphrase-new').setValue(PASSPHRASE);
    await app.byTestId('passphrase-again').setValue(PASSPHRASE);
    await app.byTestId('passphrase-set').click();
    await app.waitForText('passphrase-done', 'encrypted with the new passphrase', { timeout: 20_000 });
    assert.ok(!plainHeader(app.db), 'the file is no longer a plain SQLite file');
    const bytes = readFileSync(app.db);
    for (const name of ['Riverside General Assembly', 'Kitchen']) {
      assert.equal(bytes.indexOf(Buffer.from(name)), -1, `${name} in clear in the database file`);
    }
    await app.byTestId('settings-close').click();
    // The app goes on working on the encrypted file.
    await app.waitForTestId('meeting-list');
  }));

  it('started again, it is locked: the unlock screen alone, axe clean; wrong then right', session.step(async () => {
    const { app } = await session.restart();
    const field = await app.waitForTestId('unlock-passphrase', { timeout: 20_000 });
    assert.equal(await app.byTestId('topbar').isExisting(), false, 'nothing but the unlock screen');
    await app.browser.waitUntil(
      () => app.browser.execute(() => document.activeElement?.getAttribute('data-testid') === 'unlock-passphrase'),
      { timeout: 5000, timeoutMsg: 'the passphrase field does not have the focus' },
    );
    assert.match(await app.byTestId('unlock').getText(), /no way to recover a lost passphrase/);
    const violations = await axe(app);
    assert.equal(violations.length, 0, `axe on the unlock screen:\n${describeViolations(violations)}`);

    await field.setValue('the kitchen always sleeps');
    await app.byTestId('unlock-submit').click();
    await app.waitForText('error', 'does not open this record', { timeout: 20_000 });
    assert.equal(await field.getValue(), '');
    assert.equal(await app.byTestId('topbar').isExisting(), false, 'still locked');

    await field.setValue(PASSPHRASE);
    await app.browser.keys('Enter');
    await app.waitForText('assembly-name', 'Riverside General Assembly', { timeout: 20_000 });
    assert.equal(await app.byTestId('unlock').isExisting(), false);
    await app.waitForTestId('meeting-list');
  }));

  it('the command line asks for it too (PLENARY_PASSPHRASE without a terminal)', session.step(async (app) => {
    const env = { ...process.env };
    delete env.PLENARY_PASSPHRASE;
    // Its own session (setsid): no terminal to ask in, whatever runs the tests.
    const refused = spawnSync(CLI_BIN, ['--db', app.db, 'wg', 'list'], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      timeout: 30_000,
    });
    assert.notEqual(refused.status, 0);
    assert.match(refused.stderr, /PLENARY_PASSPHRASE/);
    const out = execFileSync(CLI_BIN, ['--db', app.db, 'wg', 'list'], {
      env: { ...env, PLENARY_PASSPHRASE: PASSPHRASE },
      encoding: 'utf8',
    });
    assert.match(out, /Kitchen/);
  }));
});

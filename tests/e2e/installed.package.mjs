// The installed package, as a user gets it: run by scripts/test's "package" layer after
// `apt-get install ./Plenary_<version>_amd64.deb`, with PLENARY_APP_BIN and
// PLENARY_CLI_BIN pointing at /usr/bin/plenary-app and /usr/bin/plenary (the harness
// reads them). Not a *.test.mjs file: the e2e layer, which runs the debug build, does
// not pick it up.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { APP_BIN, CLI_BIN, ROOT, useApp } from './lib/app.mjs';

const workspaceVersion = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(
  /\[workspace\.package\][^[]*?version\s*=\s*"([^"]+)"/,
)[1];

describe('the installed package', () => {
  it('runs the installed binaries, not the build tree', () => {
    assert.match(APP_BIN, /^\/usr\/bin\//, `PLENARY_APP_BIN is ${APP_BIN}`);
    assert.match(CLI_BIN, /^\/usr\/bin\//, `PLENARY_CLI_BIN is ${CLI_BIN}`);
    const version = execFileSync(CLI_BIN, ['--version'], { encoding: 'utf8' }).trim();
    assert.equal(version, `plenary ${workspaceVersion}`);
  });

  describe('on the demo', () => {
    const session = useApp({ name: 'installed' });

    it('opens on the dashboard', session.step(async (app) => {
      await app.waitForText('assembly-name', 'Riverside General Assembly');
    }));

    it('opens a GA', session.step(async (app) => {
      const past = app.cliJson('meeting', 'list').find((m) => m.status === 'closed');
      assert.ok(past, 'the demo has a closed GA');
      const rows = await app.allByTestId('meeting-row');
      let row;
      for (const r of rows) if ((await r.getAttribute('data-meeting-id')) === past.id) row = r;
      assert.ok(row, `a row for ${past.reference}`);
      await (await row.$('a')).click();
      const view = await app.waitForTestId('meeting-view');
      assert.equal(await view.getAttribute('data-meeting-id'), past.id);
      // The reference is read from the heading, as the other e2e files do: WebKitWebDriver's
      // getText on the whole meeting view of a closed GA fails ("Cannot check the
      // displayedness of a non-Element argument") while the view itself is shown.
      await app.waitForText('meeting-reference', past.reference);
    }));

    it('tells where the record is kept', session.step(async (app) => {
      await (await app.waitForTestId('about-open')).click();
      await app.waitForText('about-database', app.db);
      assert.equal(await app.byTestId('about-version').getText(), workspaceVersion);
      await (await app.byTestId('about-close')).click();
    }));
  });

  describe('a first start', () => {
    const session = useApp({ name: 'installed-first', demo: false });

    it('offers to create an assembly or to open the demo', session.step(async (app) => {
      await app.waitForTestId('setup-form');
      await app.waitForText('setup-storage', app.db);
      await (await app.byTestId('setup-demo')).click();
      await app.waitForText('assembly-name', 'Riverside General Assembly');
      assert.equal(app.cliJson('meeting', 'list').length > 0, true);
    }));
  });
});

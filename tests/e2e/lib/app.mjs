// The end-to-end harness: the real Plenary app (target/debug/plenary-app, a
// `custom-protocol` build) on a fresh demo database, driven through tauri-driver +
// WebKitWebDriver with WebdriverIO. Needs a display: scripts/test runs the suite under
// xvfb-run.
//
// Usage (node:test):
//
//   import { describe, it } from 'node:test';
//   import { useApp } from './lib/app.mjs';
//
//   describe('stack keeper', () => {
//     const app = useApp({ name: 'stack' });          // one app + database per describe
//     it('adds a speaker', app.step(async ({ byTestId, waitForText, cli }) => { ... }));
//   });
//
// Each session has its own temp dir, database, tauri-driver and ports, so files may run
// in parallel. stop() (run by useApp's after hook, also when a test failed) ends the
// session and kills tauri-driver's whole process group: WebKitWebDriver and the app.
//
// Restarting on the same database (the app closed, or crashed, mid-meeting):
//
//   await session.restart();                  // stop, then a new session on the same db
//   await session.restart({ crash: true });   // SIGKILL the app process first (a crash)
//
// or, by hand, startApp({ db: app.db }) after app.stop({ keepDb: true }) or app.crash().

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, openSync, closeSync, rmSync, writeFileSync, existsSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { remote } from 'webdriverio';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TARGET = resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target');
export const APP_BIN = process.env.PLENARY_APP_BIN ?? join(TARGET, 'debug', 'plenary-app');
export const CLI_BIN = process.env.PLENARY_CLI_BIN ?? join(TARGET, 'debug', 'plenary');
/** Screenshots and page sources of failed steps, and the driver logs of kept sessions. */
export const ARTIFACTS = join(ROOT, '.tmp', 'e2e');

const DEFAULT_TIMEOUT = 10_000;

/** Runs the `plenary` CLI on a database; returns stdout (trimmed). Throws with stderr on failure. */
export function plenary(db, ...args) {
  try {
    return execFileSync(CLI_BIN, ['--db', db, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // The complete `--json` lists of a ten-year history are tens of megabytes.
      maxBuffer: 1 << 30,
    }).trim();
  } catch (e) {
    throw new Error(`plenary ${args.join(' ')} failed (exit ${e.status}): ${e.stderr || e.message}`);
  }
}

/** `plenary ... --json`, parsed. */
export function plenaryJson(db, ...args) {
  return JSON.parse(plenary(db, ...args, '--json'));
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitForPort(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited early (code ${child.exitCode}); is WebKitWebDriver installed (Debian package webkit2gtk-driver)?`);
    const ok = await new Promise((res) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); res(true); });
      s.once('error', () => res(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listened on port ${port} within ${timeoutMs} ms (tauri-driver or WebKitWebDriver)`);
}

function killGroup(child, signal) {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal); // the whole group: tauri-driver, WebKitWebDriver, the app
  } catch {
    /* already gone */
  }
}

// Sessions still running when the process exits (a crash, Ctrl+C): no orphans.
const live = new Set();
process.on('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    for (const child of live) killGroup(child, 'SIGKILL');
    process.exit(128 + (sig === 'SIGINT' ? 2 : 15));
  });
}

/**
 * Starts the app on a fresh database and opens a WebDriver session on its main window.
 *
 * options.name   label for artifacts (default 'app')
 * options.db     an existing database to open as it is (no demo, no setup; not removed
 *                by stop()) — e.g. the database of a stopped or crashed session
 * options.demo   fill the database with `plenary demo` first (default true)
 * options.setup  (db) => void, run after the demo and before the app starts (e.g. CLI calls)
 * options.env    extra environment for the app, e.g. { PLENARY_TEST_DIALOG_PATH: file }:
 *                the save dialogs then write there without opening (src-tauri/src/dialog.rs).
 *                tauri-driver hands its environment to WebKitWebDriver, which hands it to
 *                the app; it is fixed for the session, so a second path needs a second one.
 */
export async function startApp(options = {}) {
  const name = options.name ?? 'app';
  for (const [what, path] of [['app', APP_BIN], ['CLI', CLI_BIN]]) {
    if (!existsSync(path)) {
      throw new Error(`the ${what} binary ${path} is missing: build it with scripts/test (or cargo test --workspace --features custom-protocol)`);
    }
  }
  if (!process.env.DISPLAY) {
    throw new Error('no DISPLAY: the end-to-end tests need an X server; run them with scripts/test (it uses xvfb-run)');
  }

  const dir = mkdtempSync(join(tmpdir(), `plenary-e2e-${name}-`));
  let db;
  if (options.db) {
    if (!existsSync(options.db)) throw new Error(`startApp: no database at ${options.db}`);
    db = options.db;
  } else {
    db = join(dir, 'e2e.db');
    if (options.demo !== false) plenary(db, 'demo');
    options.setup?.(db);
  }

  const [port, nativePort] = [await freePort(), await freePort()];
  const logPath = join(dir, 'tauri-driver.log');
  const log = openSync(logPath, 'a');
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    // tauri-driver -> WebKitWebDriver -> the app all inherit this environment: it is the
    // only way to hand the app its database (tauri:options has no env).
    env: {
      ...process.env,
      PLENARY_DB: db,
      WEBKIT_DISABLE_COMPOSITING_MODE: '1',
      WEBKIT_DISABLE_DMABUF_RENDERER: '1',
      ...options.env,
    },
    stdio: ['ignore', log, log],
    detached: true, // its own process group, so stop() can end it with everything it spawned
  });
  closeSync(log);
  live.add(driver);

  const app = {
    name,
    dir,
    db,
    driver,
    logPath,
    browser: null,
    /** Temp dirs removed by stop(): this session's, and those of earlier sessions on its db. */
    owned: [dir],
    /** `plenary --db <this db> ...args` → stdout */
    cli: (...args) => plenary(db, ...args),
    /** `plenary --db <this db> ...args --json` → parsed JSON */
    cliJson: (...args) => plenaryJson(db, ...args),
    /** The element with data-testid=id (first match), optionally inside `within`. */
    byTestId: (id, within) => (within ?? app.browser).$(`[data-testid="${id}"]`),
    /** All elements with data-testid=id, optionally inside `within`. */
    allByTestId: (id, within) => (within ?? app.browser).$$(`[data-testid="${id}"]`),
    /** Waits until the element with data-testid=id is displayed; returns it. */
    async waitForTestId(id, { timeout = DEFAULT_TIMEOUT, within } = {}) {
      const el = app.byTestId(id, within);
      await el.waitForDisplayed({ timeout, timeoutMsg: `no visible [data-testid="${id}"] after ${timeout} ms` });
      return el;
    },
    /**
     * Waits until the element's text contains `text` (a string, or a RegExp to match).
     * `target` is a test id or an element. Returns the text.
     */
    async waitForText(target, text, { timeout = DEFAULT_TIMEOUT } = {}) {
      const el = typeof target === 'string' ? app.byTestId(target) : target;
      let last = '';
      try {
        await app.browser.waitUntil(
          async () => {
            last = (await el.isExisting()) ? await el.getText() : '';
            return text instanceof RegExp ? text.test(last) : last.includes(text);
          },
          { timeout, interval: 100 },
        );
      } catch {
        const what = typeof target === 'string' ? `[data-testid="${target}"]` : 'the element';
        throw new Error(`${what} never contained ${JSON.stringify(String(text))} within ${timeout} ms; last text: ${JSON.stringify(last)}`);
      }
      return last;
    },
    /** Texts of all elements with data-testid=id. */
    async textsOf(id, within) {
      const texts = [];
      for (const el of await app.allByTestId(id, within)) texts.push(await el.getText());
      return texts;
    },
    /** Saves a WebDriver screenshot and the page source under .tmp/e2e/. */
    async capture(label) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const base = join(ARTIFACTS, `${name}-${label}`.replace(/[^\w.-]+/g, '_'));
      try {
        await app.browser?.saveScreenshot(`${base}.png`);
        writeFileSync(`${base}.html`, await app.browser.getPageSource());
      } catch (e) {
        console.error(`(could not capture ${base}: ${e.message})`);
      }
      return base;
    },
    /** The pid of the app process (plenary-app) of this session, or null when it is gone. */
    appPid() {
      return findAppPid(driver.pid);
    },
    /**
     * Simulates a crash: SIGKILL to the app process itself (not a window close, not
     * WebDriver's deleteSession), waits until it is gone, then ends the rest of the
     * session (WebKitWebDriver, tauri-driver). The database stays, as a crash leaves it.
     * Returns the killed pid.
     */
    async crash() {
      const pid = app.appPid();
      if (!pid) throw new Error('crash(): the app process is not running');
      process.kill(pid, 'SIGKILL');
      const deadline = Date.now() + 10_000;
      while (processAlive(pid)) {
        if (Date.now() > deadline) throw new Error(`crash(): the app (pid ${pid}) did not die`);
        await new Promise((r) => setTimeout(r, 50));
      }
      app.browser = null; // the session's app is gone: no deleteSession
      await app.stop({ keepDb: true });
      return pid;
    },
    /**
     * Ends the session, then tauri-driver's process group; removes the temp dir(s).
     * keep: keep them (reported). keepDb: keep them quietly, for a new session on the
     * same database (restart); that session's stop() removes them.
     */
    async stop({ keep = false, keepDb = false } = {}) {
      if (app.browser) {
        let timer;
        const timeout = new Promise((r) => { timer = setTimeout(r, 5000); });
        await Promise.race([app.browser.deleteSession().catch(() => {}), timeout]);
        clearTimeout(timer);
        app.browser = null;
      }
      if (driver.exitCode === null && driver.signalCode === null) {
        const exited = new Promise((r) => driver.once('exit', r));
        killGroup(driver, 'SIGTERM');
        const t = setTimeout(() => killGroup(driver, 'SIGKILL'), 3000);
        await exited;
        clearTimeout(t);
      }
      killGroup(driver, 'SIGKILL'); // anything left in the group (the app, if it ignored SIGTERM)
      // The app may outlive its group leader for a moment: a new session on the same
      // database must not start beside it.
      for (let pid = findAppPid(driver.pid), i = 0; pid && i < 100; pid = findAppPid(driver.pid), i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      live.delete(driver);
      if (keepDb) return;
      if (!keep && !process.env.PLENARY_E2E_KEEP) {
        for (const d of app.owned) rmSync(d, { recursive: true, force: true });
      } else console.error(`(kept ${app.owned.join(', ')})`);
    },
  };

  try {
    // tauri-driver listens at once but forwards the new-session request to
    // WebKitWebDriver, which may still be starting on a busy machine: wait for both.
    await waitForPort(port, driver, 30_000);
    await waitForPort(nativePort, driver, 30_000);
    app.browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'warn',
      connectionRetryCount: 1,
      connectionRetryTimeout: 60_000,
      waitforTimeout: DEFAULT_TIMEOUT,
      capabilities: {
        'tauri:options': { application: APP_BIN },
        'wdio:enforceWebDriverClassic': true, // tauri-driver speaks classic WebDriver only
      },
    });
  } catch (e) {
    await app.stop({ keep: true });
    throw new Error(`could not start the app session (driver log: ${logPath}): ${e.message}`);
  }
  return app;
}

/** Is there a process `pid` that is not a zombie? */
function processAlive(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The pid of a live APP_BIN process in process group `pgid` (tauri-driver's), or null. */
function findAppPid(pgid) {
  let bin;
  try {
    bin = realpathSync(APP_BIN);
  } catch {
    bin = APP_BIN;
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after the ')'
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) !== pgid || state === 'Z') continue;
      const exe = readlinkSync(`/proc/${entry}/exe`).replace(/ \(deleted\)$/, '');
      if (exe === bin) return Number(entry);
    } catch {
      /* gone, or not ours */
    }
  }
  return null;
}

/**
 * Registers before/after hooks that start one app session for the enclosing describe()
 * and always stop it. Returns a handle: `handle.app` is the session, and
 * `handle.step(fn)` wraps a test body so that a failure saves a screenshot and the page
 * source (.tmp/e2e/) before it is reported.
 *
 * `handle.restart({ crash })` ends the session — with crash: true by SIGKILL to the app
 * process (app.crash()), else a normal stop — and starts a new one on the same database
 * with the same options (env included); `handle.app` is then the new session (steps get
 * it, as they read handle.app when they run). Returns { app, killedPid }.
 */
export function useApp(options = {}) {
  const handle = {
    app: null,
    async restart({ crash = false } = {}) {
      const old = handle.app;
      if (!old) throw new Error('restart(): no session');
      const killedPid = crash ? await old.crash() : (await old.stop({ keepDb: true }), null);
      handle.app = null;
      const fresh = await startApp({ ...options, db: old.db });
      fresh.owned.push(...old.owned);
      handle.app = fresh;
      return { app: fresh, killedPid };
    },
    step(fn) {
      return async (t) => {
        try {
          await fn(handle.app, t);
        } catch (e) {
          if (handle.app) {
            const base = await handle.app.capture(`failed-${t?.name ?? 'step'}`);
            e.message += `\n  (screenshot and page source: ${base}.png/.html)`;
          }
          throw e;
        }
      };
    },
  };
  before(async () => {
    handle.app = await startApp(options);
  }, { timeout: 120_000 });
  after(async () => {
    await handle.app?.stop();
  });
  return handle;
}

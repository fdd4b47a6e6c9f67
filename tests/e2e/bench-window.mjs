// The real-window benchmark (issue #20): the release app on each dataset, its main
// screens opened as a user opens them, and what they cost. Not a test (no assertions on
// time). Run it through scripts/bench-window, which builds the datasets and sets the
// binaries; by hand, under a display, with the release binaries:
//
//   PLENARY_APP_BIN=target/release/plenary-app PLENARY_CLI_BIN=target/release/plenary \
//     xvfb-run -a -s '-screen 0 1280x800x24' node tests/e2e/bench-window.mjs \
//     [--rounds N] [--starts N] [--previews N] demo FILE.db [FILE.db ...]
//
// `demo` is a fresh `plenary demo` database; FILE.db a database written by
// scripts/dataset (a working copy is used: the file itself is never opened by the app).
// For each, it prints and finally sums up in Markdown tables:
//
// - cold start: exec of the app (no WebDriver) until its window's title names the
//   assembly — App.svelte sets it once the dashboard's data has arrived and rendered
//   (the method of scripts/bench-startup), polled with xdotool; `--starts` runs (default 5).
// - each main screen opened `--rounds` times (default 10): the time from the navigation
//   (the hash route set inside the page, what a click on a link does) until the screen's
//   data rows are in the DOM and a frame has been drawn after it (painted), and until the
//   first frame at which nothing on the screen is still to come (whole: the part of a long
//   screen below its first screenful is drawn a frame after it, lib/drawnLater.svelte.ts),
//   measured inside the page with performance.now() (whole milliseconds in WebKit). Screens: dashboard, All GAs,
//   All working groups, proposals board, one proposal, a past GA's meeting view, its
//   minutes, federation.
// - every IPC answer the screens received: `window.fetch` (Tauri's IPC transport) is wrapped inside
//   the page, and the largest answer per command is recorded in bytes of JSON (UTF-8).
//   Commands whose answers do not grow with the history show the same size on the demo
//   and on ten years.
// - the import preview of each FILE.db's whole record as a bundle (exported with the CLI,
//   timed), `--previews` times (default 3) in an app on a new, empty assembly: "Import a
//   bundle…" clicked, the real GTK file dialog answered with xdotool (the path typed, then
//   Return — the release build has no test hook for dialogs), and from that Return the
//   time until the panel says which file it is checking (painted), until the preview opens
//   on its first glance (what the signed manifest says: painted), and until the checked
//   preview is shown (painted): the verdict is a dry run of the whole import. Then as many
//   times the same bundle dropped on the window (a real XDND drag, lib/drop.mjs), timed
//   the same way from the mouseup: the way that skips GTK's file chooser.
// - memory after the walk: the resident set (VmRSS from /proc) of the app process and
//   of every process under it (WebKitWebProcess, WebKitNetworkProcess), and their
//   proportional set (Pss, /proc/PID/smaps_rollup): the resident pages with each shared
//   page divided among the processes that map it. The RSS sum counts the libraries the
//   three processes share (WebKitGTK, GTK, ICU) three times; the PSS sum counts them once,
//   which is what the app takes from the machine.
//
// The machine's load average (uptime) is printed with every dataset: figures from a
// loaded machine are not comparable with those from a quiet one.

import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { APP_BIN, CLI_BIN, plenary, plenaryJson, startApp } from './lib/app.mjs';
import { dropFiles } from './lib/drop.mjs';

const args = process.argv.slice(2);
let rounds = 10;
let starts = 5;
let previews = 3;
const datasets = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--starts') starts = Number(args[++i]);
  else if (args[i] === '--previews') previews = Number(args[++i]);
  else datasets.push(args[i]);
}
if (datasets.length === 0 || !(rounds > 0) || !(starts >= 0) || !(previews >= 0)) {
  console.error('usage: node bench-window.mjs [--rounds N] [--starts N] [--previews N] demo|FILE.db ...');
  process.exit(2);
}

const uptime = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** pid → parent pid, for every process. */
function parents() {
  const map = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(d), ppid);
    } catch {
      /* gone */
    }
  }
  return map;
}

/** [{pid, name, rssKiB, pssKiB}] of `pid` and every process under it. */
function tree(pid) {
  const pp = parents();
  const all = [pid];
  for (let i = 0; i < all.length; i++) for (const [c, p] of pp) if (p === all[i]) all.push(c);
  const out = [];
  for (const p of all) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const name = /^Name:\s*(.*)$/m.exec(status)?.[1] ?? '?';
      const rss = Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0);
      let pss = 0;
      try {
        pss = Number(/^Pss:\s*(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      } catch {
        /* no smaps_rollup (old kernel): PSS reported as 0 */
      }
      out.push({ pid: p, name, rssKiB: rss, pssKiB: pss });
    } catch {
      /* gone */
    }
  }
  return out;
}

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** A working copy of a dataset file (and its key) in `dir`; `demo` makes a demo database. */
function workingCopy(dataset, dir) {
  const db = join(dir, 'bench.db');
  if (dataset === 'demo') {
    plenary(db, 'demo');
    return db;
  }
  if (!existsSync(dataset) || !existsSync(`${dataset}.key`)) throw new Error(`${dataset} (and ${dataset}.key) must exist: make it with scripts/dataset`);
  copyFileSync(dataset, db);
  copyFileSync(`${dataset}.key`, `${db}.key`);
  return db;
}

/** Exec → the window's title names the assembly (the dashboard painted), `n` times. */
async function coldStarts(db, assemblyName, n) {
  const title = `^${assemblyName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — Plenary$`;
  const times = [];
  let failed = 0;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const child = spawn(APP_BIN, [], {
      env: { ...process.env, PLENARY_DB: db, WEBKIT_DISABLE_COMPOSITING_MODE: '1', WEBKIT_DISABLE_DMABUF_RENDERER: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // What the app says on its way out, for a start that failed.
    let stderr = '';
    child.stderr.on('data', (d) => {
      if (stderr.length < 4000) stderr += d;
    });
    let painted = null;
    const deadline = Date.now() + 60_000;
    while (painted === null && Date.now() < deadline && child.exitCode === null) {
      try {
        execFileSync('xdotool', ['search', '--name', title], { stdio: 'ignore' });
        painted = Number(process.hrtime.bigint() - t0) / 1e6;
      } catch {
        await sleep(10); // not faster: a storm of X connections made GTK fail to start now and then
      }
    }
    const exited = child.exitCode;
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    if (painted === null) {
      // Reported, not fatal: the other figures of the run are still worth having.
      console.error(`cold start ${i + 1}: the dashboard never showed within 60 s (${exited === null ? 'still running' : `the app exited with ${exited}`}): ${stderr.trim() || 'nothing on stderr'}`);
      failed++;
    } else times.push(painted);
    await sleep(300);
  }
  times.failed = failed;
  return times;
}

/** The screens of the walk: [label, hash, selector that exists once its data is shown]. */
function screens(db) {
  const meetings = plenaryJson(db, 'meeting', 'list');
  const closed = meetings.filter((m) => m.status === 'closed');
  const past = closed.length ? closed[Math.floor(closed.length / 2)] : meetings[0];
  const proposals = plenaryJson(db, 'proposal', 'list');
  const decided = proposals.filter((p) => p.status === 'decided');
  const proposal = decided.length ? decided[Math.floor(decided.length / 2)] : proposals[0];
  const list = [
    ['dashboard', '#/', '[data-testid="dashboard"] [data-testid="wg-count"]'],
    ['All GAs', '#/meetings', '[data-testid="all-meetings"] [data-testid="meeting-row"]'],
    ['All working groups', '#/wgs', '[data-testid="all-wgs"] [data-testid="wg-row"]'],
    ['proposals board', '#/proposals', '[data-testid="proposals-view"] [data-testid="proposal-row"]'],
  ];
  // An active working group of the assembly (the generator's report back all through the years).
  const origin = meetings[0]?.origin;
  const wg = plenaryJson(db, 'wg', 'list').find((w) => w.origin === origin && w.status === 'active');
  if (wg) list.push(['a working group', `#/wg/${wg.id}`, '[data-testid="wg-view"] [data-testid="wg-report-backs"]']);
  if (proposal) list.push(['a proposal', `#/proposal/${proposal.id}`, '[data-testid="proposal-view"] [data-testid="proposal-status"]']);
  if (past) {
    list.push(['a past GA (meeting view)', `#/meeting/${past.id}`, '[data-testid="agenda-item"]']);
    list.push(['its minutes', `#/meeting/${past.id}/minutes`, '[data-testid="minutes-view"] [data-testid="minutes-preview"]']);
  }
  list.push(['federation', '#/federation', '[data-testid="federation-view"] [data-testid="fed-assembly"]']);
  return { list, past: past?.reference, proposal: proposal?.reference, counts: { meetings: meetings.length, proposals: proposals.length } };
}

/**
 * Inside the page: sets the route, waits for `selector` (the data shown), then for a frame
 * (painted), then for the first frame at which nothing on the screen is still to come
 * (whole: no `aria-busy="true"` left — a list's page being read, or the part of a long
 * screen drawn a frame after its top, lib/drawnLater.svelte.ts). Returns { shown,
 * painted, frame, whole, ipc } in ms: `frame` says whether a frame callback came (else
 * `painted` is the 100 ms fallback and says nothing), `ipc` the IPC calls answered during
 * the visit as [command, ms from the request to its answer]. `shown` -1: never shown;
 * `whole` -1: still busy after 10 s.
 *
 * The data is seen by a MutationObserver (its callback runs as soon as the DOM has
 * changed, before the next frame): a timer polling for it would run only after that
 * frame, and would take the second frame for the first.
 */
function visit(browser, hash, selector) {
  return browser.executeAsync(
    (hash, selector, done) => {
      const t0 = performance.now();
      const log = (window.__benchVisit = []);
      const out = {};
      let observer = null;
      const finish = () => {
        observer?.disconnect();
        clearTimeout(never);
        done({ ...out, ipc: log.slice() });
      };
      /** `then(frame)` once a frame has been drawn (or after 100 ms without frames: a hidden window). */
      const afterFrame = (then) => {
        let sent = false;
        const go = (frame) => {
          if (!sent) {
            sent = true;
            then(frame);
          }
        };
        requestAnimationFrame(() => setTimeout(() => go(true), 0));
        setTimeout(() => go(false), 100);
      };
      const whole = () => {
        if (!document.querySelector('[aria-busy="true"]')) {
          afterFrame(() => {
            out.whole = performance.now() - t0;
            finish();
          });
        } else if (performance.now() - t0 > 10_000) {
          out.whole = -1;
          finish();
        } else setTimeout(whole, 2);
      };
      const look = () => {
        if (out.shown !== undefined || !document.querySelector(selector)) return;
        out.shown = performance.now() - t0;
        observer?.disconnect();
        afterFrame((frame) => {
          out.painted = performance.now() - t0;
          out.frame = frame;
          whole();
        });
      };
      const never = setTimeout(() => {
        if (out.shown === undefined) {
          out.shown = -1;
          finish();
        }
      }, 60_000);
      observer = new MutationObserver(look);
      observer.observe(document.body, { childList: true, subtree: true });
      location.hash = hash;
      look();
    },
    hash,
    selector,
  );
}

async function bench(dataset) {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-window-'));
  try {
    const db = workingCopy(dataset, dir);
    const walk = screens(db);
    const label = dataset === 'demo' ? 'demo' : basename(dataset, '.db');
    const size = dataset === 'demo' ? 0 : readFileSync(db).length;
    console.error(`${label}: ${walk.counts.meetings} GAs, ${walk.counts.proposals} proposals; load ${uptime()}`);
    const app = await startApp({ name: 'bench-window', db });
    const result = { label, size, counts: walk.counts, screens: {}, ipc: {}, memory: null };
    try {
      const b = app.browser;
      // App.svelte titles the window "<assembly> — Plenary" once the dashboard is shown.
      await b.waitUntil(async () => / — Plenary$/.test(await b.getTitle()), { timeout: 60_000, timeoutMsg: 'the dashboard never showed' });
      result.name = (await b.getTitle()).replace(/ — Plenary$/, '');
      // Tauri's IPC reaches the core by fetch() to ipc://localhost/<command> (its
      // `__TAURI_INTERNALS__.invoke` cannot be replaced: it is defined read-only), so the
      // answers are measured there: the body's bytes, per command.
      const wrapped = await b.execute(() => {
        const original = window.fetch;
        const sizes = (window.__benchIpc = []);
        window.fetch = async function (input, init) {
          const t0 = performance.now();
          const response = await original.call(this, input, init);
          const url = String(input instanceof Request ? input.url : input);
          if (url.startsWith('ipc:')) {
            const cmd = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
            window.__benchVisit?.push([cmd, performance.now() - t0]);
            response.clone().arrayBuffer().then((buf) => sizes.push([cmd, buf.byteLength]));
          }
          return response;
        };
        return window.fetch !== original;
      });
      if (!wrapped) console.error('(could not wrap __TAURI_INTERNALS__.invoke: no IPC sizes)');
      const visits = Object.fromEntries(walk.list.map(([l]) => [l, []]));
      for (let r = 0; r < rounds; r++) {
        for (const [l, hash, selector] of walk.list) {
          const v = await visit(b, hash, selector);
          if (v.shown < 0) throw new Error(`${label}: ${l} (${hash}) never showed ${selector}`);
          visits[l].push(v);
        }
      }
      for (const [l, vs] of Object.entries(visits)) {
        const shown = vs.map((v) => v.shown);
        const painted = vs.filter((v) => v.frame).map((v) => v.painted);
        const whole = vs.filter((v) => v.frame && v.whole >= 0).map((v) => v.whole);
        // The slowest IPC answer of each visit (the screen waits for its data).
        // Tauri's own plugin calls (the window's title, event listeners) wait for GTK's
        // main thread — for the window's redraw — and would hide the screen's data behind
        // it: only the screen's own commands are counted here.
        const data = (v) => v.ipc.filter(([cmd]) => !cmd.startsWith('plugin:'));
        const ipc = vs.map((v) => Math.max(0, ...data(v).map(([, ms]) => ms)));
        const slowest = vs.flatMap(data).sort((a, b) => b[1] - a[1])[0];
        // Each command's own time, p50 over the visits (stderr's JSON: where a screen's
        // time goes).
        const perCommand = {};
        for (const [cmd, ms] of vs.flatMap(data)) (perCommand[cmd] ??= []).push(ms);
        result.screens[l] = {
          p50: pct(shown, 50),
          p95: pct(shown, 95),
          max: Math.max(...shown),
          painted: painted.length ? { p50: pct(painted, 50), p95: pct(painted, 95) } : null,
          // Every visit's figure, for pooling runs (stderr's JSON only).
          samples: { painted, whole: vs.map((v) => v.whole) },
          whole: whole.length ? { p50: pct(whole, 50), p95: pct(whole, 95), busy: vs.filter((v) => v.whole < 0).length } : null,
          ipc: { p50: pct(ipc, 50), p95: pct(ipc, 95), slowest: slowest ? slowest[0] : null },
          commands: Object.fromEntries(Object.entries(perCommand).map(([c, ms]) => [c, pct(ms, 50)])),
        };
      }
      const sizes = await b.execute(() => window.__benchIpc ?? []);
      for (const [cmd, bytes] of sizes) result.ipc[cmd] = Math.max(result.ipc[cmd] ?? 0, bytes);
      await sleep(1000);
      const pid = app.appPid();
      const procs = pid ? tree(pid) : [];
      result.memory = {
        totalMiB: procs.reduce((n, p) => n + p.rssKiB, 0) / 1024,
        pssMiB: procs.reduce((n, p) => n + p.pssKiB, 0) / 1024,
        procs,
      };
      result.loadWalk = uptime();
    } finally {
      await app.stop();
    }
    result.cold = await coldStarts(db, result.name, starts);
    result.loadCold = uptime();
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** xdotool's answer (trimmed), or null when it fails. */
function xdo(...args) {
  try {
    return execFileSync('xdotool', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * The import preview of `dataset`'s whole record: exported once with the CLI (timed), then
 * previewed `n` times in the window of an app on a new, empty assembly. Returns
 * { exportMs, bytes, records, checking: [ms], shown: [ms] } — from the Return that chose
 * the file in the real file dialog to the panel saying which file it checks (painted),
 * and to the preview (painted).
 */
async function importPreview(dataset, n) {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-preview-'));
  try {
    const db = workingCopy(dataset, dir);
    const file = join(dir, 'whole-record.plenary');
    const t0 = process.hrtime.bigint();
    plenary(db, 'bundle', 'export', '--output', file);
    const exportMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const bytes = readFileSync(file).length;
    const out = { exportMs, bytes, checking: [], glance: [], shown: [], load: uptime() };
    // One app per preview: under Xvfb, GTK's file chooser opened a second time in one
    // process logged tree-model criticals and never gave the path back (not explained),
    // so each preview gets a fresh app and a first file dialog.
    for (let i = 0; i < n; i++) {
      const app = await startApp({
        name: `bench-preview-${i}`,
        demo: false,
        setup: (fresh) => plenary(fresh, 'init', '--name', 'Bench Assembly', '--code', 'BEN'),
      });
      try {
        const b = app.browser;
        await b.execute(() => {
          location.hash = '#/federation';
        });
        const button = await b.$('[data-testid="import-bundle"]');
        await button.waitForClickable({ timeout: 60_000 });
        await watchPreview(b);
        await button.click();
        let win = null;
        for (let t = 0; t < 500 && !win; t++) {
          win = xdo('search', '--name', '^Import a bundle$')?.split('\n')[0] || null;
          if (!win) await sleep(20);
        }
        if (!win) throw new Error('the file dialog did not open');
        await sleep(300); // the dialog maps and takes the keyboard
        xdo('windowfocus', '--sync', win);
        // Ctrl+L opens the dialog's location entry; the path typed before it is there loses
        // its first letters.
        xdo('key', 'ctrl+l');
        await sleep(300);
        xdo('key', 'ctrl+a');
        xdo('type', '--delay', '2', file);
        await sleep(300); // the location entry takes what was typed
        const chosen = Date.now();
        xdo('key', 'Return');
        await timePreview(b, out, chosen);
        out.records ??= await b.execute(
          () => document.querySelector('[data-testid="import-counts"]')?.textContent?.replace(/\s+/g, ' ').slice(0, 200) ?? '',
        );
      } finally {
        await app.stop();
      }
    }
    // The same bundle dropped on the window (lib/drop.mjs: a real XDND drag from a GTK
    // source, driven with xdotool), from the mouseup: no file dialog in the way.
    out.drop = { checking: [], glance: [], shown: [], load: uptime() };
    for (let i = 0; i < n; i++) {
      const app = await startApp({
        name: `bench-drop-${i}`,
        demo: false,
        setup: (fresh) => plenary(fresh, 'init', '--name', 'Bench Assembly', '--code', 'BEN'),
      });
      try {
        const b = app.browser;
        await b.execute(() => {
          location.hash = '#/federation';
        });
        await (await b.$('[data-testid="import-bundle"]')).waitForClickable({ timeout: 60_000 });
        await watchPreview(b);
        const released = await dropFiles(app.appPid(), [file]);
        await timePreview(b, out.drop, released);
      } finally {
        await app.stop();
      }
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Watches the import panel from inside the page: when its status line names the file
 * being checked, when the preview opens (its first glance) and when the checked preview is
 * there, each followed by a frame; epoch milliseconds, comparable with Date.now().
 */
function watchPreview(b) {
  return b.execute(() => {
    const seen = (window.__benchPreview = {});
    const at = () => performance.timeOrigin + performance.now();
    const frame = (k) => requestAnimationFrame(() => setTimeout(() => (seen[k] = at()), 0));
    const look = () => {
      const status = document.querySelector('[data-testid="import-waiting"]')?.textContent ?? '';
      // A dropped file: the panel names it before the shell has read it (the drop heard).
      if (!seen.openingAsked && status.includes('Opening')) {
        seen.openingAsked = true;
        frame('opening');
      }
      if (!seen.checkingAsked && status.includes('Checking')) {
        seen.checkingAsked = true;
        frame('checking');
      }
      if (!seen.glanceAsked && document.querySelector('[data-testid="import-preview"]')) {
        seen.glanceAsked = true;
        frame('glance');
      }
      if (!seen.shownAsked && document.querySelector('[data-testid="import-preview"][data-checked="true"]')) {
        seen.shownAsked = true;
        frame('shown');
      }
      if (!seen.shown) setTimeout(look, 2);
    };
    look();
  });
}

/** Waits for the checked preview, then adds what watchPreview saw, from `from` (epoch ms), to `into`. */
async function timePreview(b, into, from) {
  await b.waitUntil(() => b.execute(() => Boolean(window.__benchPreview?.shown)), {
    timeout: 300_000,
    interval: 50,
    timeoutMsg: 'the preview never showed',
  });
  const seen = await b.execute(() => window.__benchPreview);
  if (seen.opening) (into.opening ??= []).push(seen.opening - from);
  if (seen.checking) into.checking.push(seen.checking - from);
  if (seen.glance) into.glance.push(seen.glance - from);
  into.shown.push(seen.shown - from);
}

const results = [];
for (const d of datasets) {
  const r = await bench(d);
  if (d !== 'demo' && previews > 0) r.preview = await importPreview(d, previews);
  console.error(JSON.stringify({ ...r, coldFailed: r.cold.failed }));
  results.push(r);
}

const ms = (x) => `${Math.round(x)} ms`;
const kb = (b) => (b === undefined ? '—' : b < 1024 ? `${b} B` : `${(b / 1024).toFixed(1)} KB`);
const head = (cols) => `| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|`;
const cols = ['', ...results.map((r) => r.label)];
const lines = [];
lines.push(`Release app ${APP_BIN}, ${rounds} visits per screen, ${starts} cold starts; ${new Date().toISOString()}.`);
lines.push('');
lines.push(head(['dataset', 'GAs', 'proposals', 'file', 'load average (walk / cold starts)']));
for (const r of results) {
  lines.push(`| ${r.label} | ${r.counts.meetings} | ${r.counts.proposals} | ${r.size ? `${(r.size / 2 ** 20).toFixed(0)} MB` : '—'} | ${r.loadWalk} / ${r.loadCold} |`);
}
lines.push('');
lines.push('Time from the navigation to the screen showing its data (its rows in the DOM), p50 / p95 / max:');
lines.push('');
lines.push(head(cols));
if (starts > 0) lines.push(`| cold start → dashboard painted (median / worst) | ${results.map((r) => `${r.cold.length ? `${ms(pct(r.cold, 50))} / ${ms(Math.max(...r.cold))}` : '—'}${r.cold.failed ? ` (${r.cold.failed} of ${starts} never showed)` : ''}`).join(' | ')} |`);
for (const l of Object.keys(results[0].screens)) {
  lines.push(`| ${l} | ${results.map((r) => (r.screens[l] ? `${ms(r.screens[l].p50)} / ${ms(r.screens[l].p95)} / ${ms(r.screens[l].max)}` : '—')).join(' | ')} |`);
}
lines.push('');
lines.push('Painted (the first frame after the data was shown), p50 / p95 — "no frame" where WebKit gave no frame callback (a hidden or unmapped window):');
lines.push('');
lines.push(head(cols));
for (const l of Object.keys(results[0].screens)) {
  lines.push(`| ${l} | ${results.map((r) => (r.screens[l]?.painted ? `${ms(r.screens[l].painted.p50)} / ${ms(r.screens[l].painted.p95)}` : r.screens[l] ? 'no frame' : '—')).join(' | ')} |`);
}
lines.push('');
lines.push('Whole (the first frame at which nothing on the screen is still to come: no list page being read, and the part of a long screen below its first screenful drawn — it follows the top by a frame), p50 / p95:');
lines.push('');
lines.push(head(cols));
for (const l of Object.keys(results[0].screens)) {
  const w = (s) => (s?.whole ? `${ms(s.whole.p50)} / ${ms(s.whole.p95)}${s.whole.busy ? ` (${s.whole.busy} still busy after 10 s)` : ''}` : s ? 'no frame' : '—');
  lines.push(`| ${l} | ${results.map((r) => w(r.screens[l])).join(' | ')} |`);
}
lines.push('');
lines.push("The slowest IPC answer of each visit (request → answer, inside the page; Tauri's plugin calls left out), p50 / p95, and the command of the slowest of all:");
lines.push('');
lines.push(head(cols));
for (const l of Object.keys(results[0].screens)) {
  lines.push(`| ${l} | ${results.map((r) => (r.screens[l] ? `${ms(r.screens[l].ipc.p50)} / ${ms(r.screens[l].ipc.p95)} (${r.screens[l].ipc.slowest ?? '—'})` : '—')).join(' | ')} |`);
}
lines.push('');
lines.push('Largest IPC answer per command (bytes of JSON) during the walk:');
lines.push('');
lines.push(head(cols));
const cmds = [...new Set(results.flatMap((r) => Object.keys(r.ipc)))].sort();
for (const c of cmds) lines.push(`| ${c} | ${results.map((r) => kb(r.ipc[c])).join(' | ')} |`);
lines.push(`| **largest** | ${results.map((r) => `**${kb(Math.max(0, ...Object.values(r.ipc)))}**`).join(' | ')} |`);
lines.push('');
lines.push('Memory after the walk (app and the processes under it; resident set, and proportional set — shared pages counted once):');
lines.push('');
lines.push(head(cols));
lines.push(`| app + WebKit, PSS | ${results.map((r) => `${r.memory.pssMiB.toFixed(0)} MiB`).join(' | ')} |`);
lines.push(`| app + WebKit, RSS summed | ${results.map((r) => `${r.memory.totalMiB.toFixed(0)} MiB`).join(' | ')} |`);
const names = [...new Set(results.flatMap((r) => r.memory.procs.map((p) => p.name)))];
for (const n of names) {
  const sum = (r, k) => (r.memory.procs.filter((p) => p.name === n).reduce((s, p) => s + p[k], 0) / 1024).toFixed(0);
  lines.push(`| ${n} (RSS / PSS) | ${results.map((r) => `${sum(r, 'rssKiB')} / ${sum(r, 'pssKiB')} MiB`).join(' | ')} |`);
}
const withPreview = results.filter((r) => r.preview);
if (withPreview.length) {
  lines.push('');
  lines.push('The whole record as one bundle: its export with the CLI, and its import preview in the window of a new assembly — from the Return that chose the file in the file dialog, and from the mouseup that dropped it on the window; each painted —, p50 / max:');
  lines.push('');
  lines.push(head(['dataset', 'bundle', 'export', 'from', 'says which file it checks', 'first glance shown', 'checked preview shown', 'load average']));
  for (const r of withPreview) {
    const p = r.preview;
    const pm = (xs) => (xs.length ? `${ms(pct(xs, 50))} / ${ms(Math.max(...xs))}` : '—');
    lines.push(`| ${r.label} | ${(p.bytes / 2 ** 20).toFixed(1)} MB | ${ms(p.exportMs)} | the dialog's Return | ${pm(p.checking)} | ${pm(p.glance)} | ${pm(p.shown)} | ${p.load} |`);
    if (p.drop) lines.push(`| | | | the drop | ${pm(p.drop.checking)} | ${pm(p.drop.glance)} | ${pm(p.drop.shown)} | ${p.drop.load} |`);
  }
  lines.push('');
  for (const r of withPreview.filter((r) => r.preview.drop?.opening)) {
    const o = r.preview.drop.opening;
    lines.push(`${r.label}: the drop heard (the panel naming the dropped file, painted, before the shell reads it) ${ms(pct(o, 50))} / ${ms(Math.max(...o))} after the mouseup.`);
  }
}
console.log(lines.join('\n'));

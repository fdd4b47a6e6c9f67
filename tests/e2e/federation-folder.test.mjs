// Federation through a shared folder, end to end, with Syncthing as the network (issue
// #17): two Syncthing instances on the loopback (Debian's `syncthing`; their own homes and
// keys, no discovery, relays, NAT or usage reporting, explicit 127.0.0.1 addresses on free
// ports) share one folder: Riverside's outbox, which is Lakeside's inbox. Riverside is
// the `plenary` CLI on its own database; Lakeside is the real app, whose watcher reads
// the inbox while it runs.
//
// In the window, Lakeside chooses its folders. Riverside's first bundle (`federation
// sync`) crosses through Syncthing and waits in Lakeside's panel with Riverside's
// fingerprint; approved, it is imported. Then a proposal decided at Riverside (a GA
// opened, the decision, the GA closed, `federation sync`) appears in Lakeside's
// federation view with nobody importing by hand. Last, a tampered copy of a bundle put in
// the shared folder reaches Lakeside and is left alone with its note, Lakeside's records
// unchanged. Both Syncthing instances are stopped at the end, failed or not.

import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { plenary, plenaryJson, useApp } from './lib/app.mjs';

const out = mkdtempSync(join(tmpdir(), 'plenary-e2e-folder-'));
const RIV_DB = join(out, 'riverside.db');
/** Riverside's outbox: the shared folder, seen from Riverside's side. */
const RIV_OUT = join(out, 'riv-outbox');
const RIV_IN = join(out, 'riv-inbox');
/** Lakeside's inbox: the same shared folder, on Lakeside's side. */
const LAK_IN = join(out, 'lak-inbox');
const LAK_OUT = join(out, 'lak-outbox');
const FOLDER = 'riverside-to-lakeside';
const PROPOSAL = 'Share the soup pots between assemblies';
const SYNC_TIMEOUT = 90_000;

const syncthings = [];
after(() => {
  for (const st of syncthings) {
    try {
      process.kill(-st.child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  rmSync(out, { recursive: true, force: true });
});

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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, test, timeout = SYNC_TIMEOUT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await test();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** A Syncthing home with its own key; its device id. */
function generate(home) {
  const run = (...args) => execFileSync('syncthing', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STNODEFAULTFOLDER: '1' } });
  run('generate', `--home=${home}`, '--no-default-folder');
  const text = run(`--home=${home}`, '--device-id');
  const id = /[A-Z0-9]{7}(?:-[A-Z0-9]{7}){7}/.exec(text)?.[0];
  if (!id) throw new Error(`no device id in: ${text}`);
  return id;
}

/** Syncthing's configuration: loopback only, nothing announced, one shared folder. */
function config({ me, peer, path, type, port, peerPort, gui, apikey }) {
  const device = (d, address) =>
    `<device id="${d.id}" name="${d.name}" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy=""><address>${address}</address><paused>false</paused><autoAcceptFolders>false</autoAcceptFolders></device>`;
  return `<configuration version="36">
  <folder id="${FOLDER}" label="${FOLDER}" path="${path}" type="${type}" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
    <device id="${me.id}" introducedBy=""></device>
    <device id="${peer.id}" introducedBy=""></device>
    <minDiskFree unit="%">0</minDiskFree>
    <markerName>.stfolder</markerName>
  </folder>
  ${device(me, 'dynamic')}
  ${device(peer, `tcp://127.0.0.1:${peerPort}`)}
  <gui enabled="true" tls="false" debugging="false">
    <address>127.0.0.1:${gui}</address>
    <apikey>${apikey}</apikey>
    <theme>default</theme>
  </gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <urSeen>3</urSeen>
    <startBrowser>false</startBrowser>
    <crashReportingEnabled>false</crashReportingEnabled>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
    <setLowPriority>false</setLowPriority>
  </options>
</configuration>
`;
}

/** Starts one instance (its own process group, killed at the end). */
function start(st) {
  const child = spawn('syncthing', ['serve', `--home=${st.home}`, '--no-browser', '--no-restart', '--no-upgrade'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, STNORESTART: '1', STNOUPGRADE: '1', STNODEFAULTFOLDER: '1' },
  });
  st.child = child;
  st.log = '';
  child.stdout.on('data', (d) => (st.log += d));
  child.stderr.on('data', (d) => (st.log += d));
  syncthings.push(st);
}

async function rest(st, method, path) {
  const res = await fetch(`http://127.0.0.1:${st.gui}${path}`, { method, headers: { 'X-API-Key': st.apikey } });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status}`);
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

/** Asks Riverside's instance to look at the shared folder now (not waiting for its watcher). */
const scan = (st) => rest(st, 'POST', `/rest/db/scan?folder=${FOLDER}`).catch(() => null);

const bundlesIn = (dir) => readdirSync(dir).filter((n) => n.endsWith('.plenary') && !n.startsWith('.'));

/** Lakeside's records as the CLI sees them: what a refused file must not change. */
function records(app) {
  return {
    wgs: app.cliJson('wg', 'list'),
    proposals: app.cliJson('proposal', 'list'),
    meetings: app.cliJson('meeting', 'list'),
    received: app.cliJson('bundle', 'received'),
  };
}

async function textOf(el) {
  await el.waitForExist();
  return (await el.getProperty('textContent')).replace(/\s+/g, ' ').trim();
}

describe('federation through a folder kept in sync by Syncthing', () => {
  const a = { name: 'riverside', home: join(out, 'st-riverside'), apikey: 'plenary-e2e-riverside' };
  const b = { name: 'lakeside', home: join(out, 'st-lakeside'), apikey: 'plenary-e2e-lakeside' };
  const session = useApp({
    name: 'federation-folder',
    demo: false,
    setup: (db) => {
      for (const d of [RIV_OUT, RIV_IN, LAK_IN, LAK_OUT]) mkdirSync(d, { recursive: true });
      // Syncthing refuses a folder without its marker (a folder gone missing looks empty).
      for (const d of [RIV_OUT, LAK_IN]) mkdirSync(join(d, '.stfolder'), { recursive: true });
      plenary(RIV_DB, 'init', '--name', 'Riverside GA', '--code', 'RIV');
      plenary(RIV_DB, 'wg', 'add', '--name', 'Kitchen', '--category', 'operational');
      plenary(RIV_DB, 'federation', 'folders', '--inbox', RIV_IN, '--outbox', RIV_OUT);
      plenary(db, 'init', '--name', 'Lakeside GA', '--code', 'LAK');
    },
  });

  it('starts two Syncthing instances on the loopback, sharing one folder', session.step(async () => {
    for (const st of [a, b]) {
      st.id = generate(st.home);
      st.port = await freePort();
      st.gui = await freePort();
    }
    writeFileSync(join(a.home, 'config.xml'), config({ me: a, peer: b, path: RIV_OUT, type: 'sendonly', port: a.port, peerPort: b.port, gui: a.gui, apikey: a.apikey }));
    writeFileSync(join(b.home, 'config.xml'), config({ me: b, peer: a, path: LAK_IN, type: 'receiveonly', port: b.port, peerPort: a.port, gui: b.gui, apikey: b.apikey }));
    start(a);
    start(b);
    for (const st of [a, b]) {
      await waitFor(`syncthing ${st.name} to answer (log: ${st.log})`, async () => (await rest(st, 'GET', '/rest/system/ping').catch(() => null))?.ping === 'pong', 30_000);
    }
    await waitFor('the two instances to connect', async () => {
      const c = await rest(a, 'GET', '/rest/system/connections').catch(() => null);
      return c?.connections?.[b.id]?.connected === true;
    });
  }));

  it('Lakeside chooses its folders; Riverside\'s first bundle waits there for approval, then is imported', session.step(async (app) => {
    await app.waitForText('assembly-name', 'Lakeside GA');
    await app.byTestId('nav-federation').click();
    await app.waitForTestId('folders-panel');
    await app.byTestId('folders-inbox').setValue(LAK_IN);
    await app.byTestId('folders-outbox').setValue(LAK_OUT);
    await app.byTestId('folders-save').click();
    await app.waitForText('folders-outcome', 'Folders saved');
    await app.waitForTestId('folders-current');

    const first = plenaryJson(RIV_DB, 'federation', 'sync');
    const name = first.outbox.written.file_name;
    await scan(a);
    await waitFor(`${name} to reach Lakeside's inbox`, () => existsSync(join(LAK_IN, name)));

    const pending = await app.waitForTestId('pending-key', { timeout: 30_000 });
    const fingerprint = await pending.getAttribute('data-fingerprint');
    const riv = plenaryJson(RIV_DB, 'bundle', 'inspect', join(RIV_OUT, name));
    assert.equal(fingerprint, riv.assembly.fingerprint, 'the panel shows Riverside\'s own fingerprint');
    assert.match(await textOf(pending), /Riverside GA/);
    assert.equal(app.cliJson('wg', 'list').length, 0, 'nothing imported before the approval');

    await app.byTestId('pending-approve').click();
    await app.browser.waitUntil(async () => (await app.browser.$('[data-testid="fed-assembly"][data-code="RIV"]')).isExisting(), {
      timeout: 20_000,
      timeoutMsg: 'Riverside never appeared among the assemblies after the approval',
    });
    assert.equal(await app.byTestId('pending-key').isExisting(), false);
    assert.deepEqual(app.cliJson('wg', 'list').map((w) => w.name), ['Kitchen']);
  }));

  it('a proposal decided at Riverside appears in Lakeside\'s federation view, nobody importing by hand', session.step(async (app) => {
    const today = new Date().toISOString().slice(0, 10);
    plenary(RIV_DB, 'meeting', 'new', '--date', today);
    const p = plenary(RIV_DB, 'proposal', 'new', '--title', PROPOSAL, '--text', 'Each GA lends its pots.', '--by', 'Rosa');
    plenary(RIV_DB, 'agenda', 'add', '--meeting', '1', '--kind', 'proposal', '--title', PROPOSAL, '--proposal', p);
    plenary(RIV_DB, 'meeting', 'open', '1');
    plenary(RIV_DB, 'proposal', 'decide', p, '--meeting', '1', '--support', '20');
    plenary(RIV_DB, 'meeting', 'close', '1');
    const r = plenaryJson(RIV_DB, 'federation', 'sync');
    assert.ok(r.outbox.written, `Riverside wrote its news: ${JSON.stringify(r.outbox)}`);
    await scan(a);

    await app.browser.waitUntil(
      async () =>
        app.browser.execute(
          (title) => [...document.querySelectorAll('[data-testid="fed-decision-title"]')].some((e) => e.textContent.includes(title)),
          PROPOSAL,
        ),
      { timeout: SYNC_TIMEOUT, interval: 500, timeoutMsg: 'the decision never appeared in the federation view' },
    );
    const decision = await app.browser.execute(
      (title) =>
        [...document.querySelectorAll('[data-testid="fed-decision"]')]
          .map((e) => e.textContent.replace(/\s+/g, ' '))
          .find((t) => t.includes(title)),
      PROPOSAL,
    );
    assert.match(decision, /RIV/, 'marked with its origin');
  }));

  it('a tampered file in the shared folder is left alone at Lakeside, its records unchanged', session.step(async (app) => {
    const before = records(app);
    const good = bundlesIn(RIV_OUT).sort().at(-1);
    const bytes = readFileSync(join(RIV_OUT, good));
    // Changed after it was signed: one byte in the middle of its records.
    bytes[Math.floor(bytes.length / 2)] ^= 0x5a;
    const name = 'RIV-tampered.plenary';
    writeFileSync(join(RIV_OUT, name), bytes);
    await scan(a);
    await waitFor(`${name} to reach Lakeside's inbox`, () => existsSync(join(LAK_IN, name)));

    const left = await app.browser.$(`[data-testid="left-alone-file"][data-file="${name}"]`);
    await left.waitForExist({ timeout: 30_000, timeoutMsg: 'the tampered file was never listed as left alone' });
    const note = await textOf(left);
    assert.match(note, /RIV-tampered\.plenary/);
    const status = app.cliJson('federation', 'folders');
    const f = status.left_alone.find((x) => x.file_name === name);
    assert.ok(f, JSON.stringify(status.left_alone));
    assert.deepEqual(records(app), before, 'a tampered file changes no record');
  }));
});

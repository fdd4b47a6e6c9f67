// Debian's chromium, driven by chromium-driver, as the room's other devices: a phone
// (390×844) or a team laptop. One chromedriver per test file; each device its own
// session (its own profile: cookies and sessionStorage are per device). Used by
// room.test.mjs and room-team.test.mjs; scripts/setup.sh installs both packages.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { remote } from 'webdriverio';

const CHROMIUM = process.env.PLENARY_CHROMIUM ?? '/usr/bin/chromium';
const CHROMEDRIVER = process.env.PLENARY_CHROMEDRIVER ?? '/usr/bin/chromedriver';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** chromium-driver on a free port; `device()` opens one more browser on it; `stop()` ends all. */
export async function startChromium() {
  for (const bin of [CHROMIUM, CHROMEDRIVER]) {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: apt-get install -y chromium chromium-driver (scripts/setup.sh)`);
  }
  const port = await freePort();
  const driver = spawn(CHROMEDRIVER, [`--port=${port}`], { stdio: 'ignore' });
  const sessions = [];
  return {
    /** A headless browser whose viewport is `width`×`height`. */
    async device(width, height) {
      const browser = await remote({
        hostname: '127.0.0.1',
        port,
        logLevel: 'warn',
        connectionRetryCount: 20,
        capabilities: {
          browserName: 'chrome',
          'goog:chromeOptions': {
            binary: CHROMIUM,
            // Headless, the window is the viewport (set again below).
            args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--window-size=${width},${height}`],
          },
        },
      });
      sessions.push(browser);
      // Headless chromium starts at least 500 px wide whatever --window-size says.
      await browser.setWindowSize(width, height);
      return browser;
    },
    async stop() {
      for (const b of sessions) await b.deleteSession().catch(() => {});
      driver.kill();
    },
  };
}

/** axe-core's violations (WCAG 2.1 A/AA and best practices) on the page shown. */
export async function axe(browser) {
  const loaded = await browser.execute(() => typeof window.axe === 'object');
  if (!loaded) await browser.execute(AXE_SOURCE);
  const result = await browser.executeAsync(
    (tags, done) => {
      window.axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => done({ violations: r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })) }))
        .catch((e) => done({ error: String(e) }));
    },
    TAGS,
  );
  if (result.error) throw new Error(`axe failed to run: ${result.error}`);
  return result.violations;
}

/** The text of `[data-testid=testid]`, whitespace folded. */
export async function textOf(browser, testid) {
  return (await browser.$(`[data-testid="${testid}"]`).getText()).replace(/\s+/g, ' ').trim();
}

/** Waits until `[data-testid=testid]` says `needle`. */
export function waitText(browser, testid, needle, what, timeout = 10_000) {
  return browser.waitUntil(async () => (await textOf(browser, testid).catch(() => '')).includes(needle), {
    timeout,
    timeoutMsg: `${testid} never said "${needle}" (${what})`,
  });
}

// The pseudo-language (issue 15, item 5): every message of the UI accented, in brackets
// and about 40 % longer (lib/i18n.svelte.ts, `qps`, chosen by the storage key only, never
// offered in Settings). The main screens are walked in it — the dashboard, every GA, every
// working group, a working group's page, the proposals board, a proposal's page, meeting
// mode with the stack, the stack-keeper's view, the minutes, the federation, people, the
// dashboard's forms and Settings — at the window's usual 1280 × 800, and on each:
// - no box that clips (overflow hidden or clip, or an ellipsis) holds more text than it
//   shows (scrollWidth > clientWidth): the longer words would be cut off;
// - no text wider than its box spills out of it (overflow visible);
// - nothing reaches past the window's edges (unless inside a box that scrolls sideways on
//   purpose), and the page does not scroll sideways.
// Each offender is reported with where it is and its text. Screens of the parts not yet
// converted are still partly English: the check is about the boxes, whatever the words.
//
// This session has its own XDG_DATA_HOME (the webview's storage, where the language key
// lives), so no other end-to-end file starts in the pseudo-language.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { useApp } from './lib/app.mjs';
import { go, idsOf, setup } from './lib/a11y.mjs';

const dataHome = mkdtempSync(join(tmpdir(), 'plenary-e2e-pseudo-'));
after(() => rmSync(dataHome, { recursive: true, force: true }));

const SCREENS = [
  ['dashboard', () => '#/', 'meeting-list'],
  ['all GAs', () => '#/meetings', 'all-meetings-list'],
  ['all working groups', () => '#/wgs', 'all-wgs-list'],
  ["a working group's page", (ids) => `#/wg/${ids.wg}`, 'wg-report-back'],
  ['proposals board', () => '#/proposals', 'proposal-group'],
  ['proposal page', (ids) => `#/proposal/${ids.proposal}`, 'proposal-heading'],
  ['meeting mode with the stack', (ids) => `#/meeting/${ids.open}`, 'live-workspace'],
  ["stack-keeper's view", (ids) => `#/meeting/${ids.open}/stack`, 'stack-view'],
  ['minutes', (ids) => `#/meeting/${ids.closed}/minutes`, 'minutes-preview'],
  ['federation', () => '#/federation', 'federation-view'],
  ['people', () => '#/people', 'person-row'],
];

/** Runs in the window: what is cut off or overflows on the current screen, [] if nothing. */
function overflows() {
  const doc = document.documentElement;
  const vw = doc.clientWidth;
  const found = [];
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
      const cls = typeof e.className === 'string' ? e.className.replace(/svelte-\w+/g, '').trim().split(/\s+/).filter(Boolean) : [];
      const testid = e.getAttribute('data-testid');
      parts.unshift(`${e.tagName.toLowerCase()}${testid ? `[data-testid="${testid}"]` : e.id ? `#${e.id}` : cls.length ? `.${cls.join('.')}` : ''}`);
    }
    const text = (el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    return `${parts.join(' > ')} "${text}"`;
  };
  const clips = (cs) => cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
  const scrolls = (cs) => cs.overflowX === 'auto' || cs.overflowX === 'scroll';
  const inScroller = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (clips(getComputedStyle(p))) return true;
    }
    return false;
  };
  const ownText = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
  if (doc.scrollWidth > vw + 1) found.push(`the page is ${doc.scrollWidth} px wide in a ${vw} px window`);
  for (const el of document.body.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.position === 'fixed') continue;
    if (el.closest('[aria-hidden="true"], .visually-hidden, dialog:not([open]), [hidden]')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if ((r.right > vw + 1 || r.left < -1) && !inScroller(el)) {
      found.push(`${where(el)} reaches past the window (${Math.round(r.left)}–${Math.round(r.right)} px of ${vw})`);
      continue;
    }
    if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1) continue;
    // A select shows its chosen option cut to its width by design (its list shows them whole).
    if (clips(cs) && !scrolls(cs) && el.tagName !== 'SELECT' && (el.innerText ?? '').trim() !== '') {
      // A box that hides what does not fit: the longer words are cut off.
      found.push(`${where(el)} is cut off: ${el.scrollWidth} px of text in a ${el.clientWidth} px box`);
    } else if (!clips(cs) && cs.display !== 'inline' && ownText(el) && !inScroller(el)) {
      found.push(`${where(el)}: its text is ${el.scrollWidth} px wide in a ${el.clientWidth} px box`);
    }
  }
  // Text itself past the window's edge (a line that cannot wrap spills out of a box that
  // stays inside): each text node's own extent, unless it sits in a clipping box.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || n.textContent.trim() === '' || clips(getComputedStyle(el)) || inScroller(el)) continue;
    if (el.closest('[aria-hidden="true"], .visually-hidden, dialog:not([open]), [hidden], option, script, style')) continue;
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width > 0 && (r.right > vw + 1 || r.left < -1)) {
      found.push(`${where(el)}: its text reaches past the window (${Math.round(r.left)}–${Math.round(r.right)} px of ${vw})`);
    }
  }
  if (found.length === 1 && found[0].startsWith('the page is')) {
    // Nothing visible to blame: name what reaches furthest right, to say where to look.
    const far = [...document.body.querySelectorAll('*')]
      .map((el) => [el, el.getBoundingClientRect().right])
      .filter(([, right]) => right > vw + 1)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3);
    for (const [el, right] of far) found.push(`${where(el)} (hidden, or in a clipping box) ends at ${Math.round(right)} px`);
    // Or content wider than a box that lets it overflow (the box itself inside).
    if (far.length === 0) {
      const wide = [...document.body.querySelectorAll('*')]
        .map((el) => [el, el.getBoundingClientRect().left + el.scrollWidth])
        .filter(([el, right]) => right > vw + 1 && !clips(getComputedStyle(el)))
        .sort((a, b) => b[1] - a[1])
        .slice(-3);
      for (const [el, right] of wide) found.push(`${where(el)}: its content reaches ${Math.round(right)} px`);
    }
  }
  return found;
}

describe('the pseudo-language: no text cut off or overflowing on the main screens', () => {
  const session = useApp({ name: 'pseudo-locale', setup, env: { XDG_DATA_HOME: dataHome, LANG: 'en_US.UTF-8', LANGUAGE: 'en' } });
  let ids;

  it('the pseudo-language is chosen by the storage key: accented, longer, in brackets', session.step(async (app) => {
    ids = idsOf(app);
    await app.waitForTestId('meeting-list');
    await app.browser.execute(() => {
      localStorage.setItem('plenary.language', 'qps');
      location.reload();
    });
    await app.waitForText('dashboard', /\[Åçţîvë ŵöŕķîñĝ ĝŕöüpš [~ ]+\]/, { timeout: 20_000 });
    assert.equal(await app.browser.execute(() => document.documentElement.lang), 'en-XA');
    assert.match(await app.byTestId('nav-proposals').getText(), /^\[Pŕöpöšáļš ~+\]$/);
  }));

  it('the check finds a planted cut-off label (it cannot pass by not looking)', session.step(async (app) => {
    await app.browser.execute(() => {
      const b = document.createElement('button');
      b.id = 'pseudo-planted';
      b.style.cssText = 'width: 5rem; white-space: nowrap; overflow: hidden';
      b.textContent = '[Å ļöñĝ ļáƀëļ ţĥáţ ðöëš ñöţ ƒîţ ~~~~~]';
      document.querySelector('main').append(b);
    });
    const found = await app.browser.execute(overflows);
    await app.browser.execute(() => document.getElementById('pseudo-planted')?.remove());
    assert.ok(found.some((f) => f.includes('is cut off') && f.includes('ļöñĝ ļáƀëļ')), `the planted label was not found: ${JSON.stringify(found)}`);
  }));

  for (const [screen, hash, ready] of SCREENS) {
    it(`nothing is cut off or overflows: ${screen}`, session.step(async (app) => {
      await go(hash(ids), ready)(app);
      await new Promise((r) => setTimeout(r, 300)); // late layout (fonts, the stack's first refresh)
      const found = await app.browser.execute(overflows);
      assert.deepEqual(found, [], `in the pseudo-language on "${screen}":\n  ${found.slice(0, 15).join('\n  ')}`);
    }));
  }

  it("nothing is cut off or overflows: the dashboard's forms and Settings", session.step(async (app) => {
    await go('#/', 'meeting-list')(app);
    await (await app.waitForTestId('new-meeting-toggle')).click();
    await app.waitForTestId('new-meeting-form');
    await (await app.waitForTestId('new-wg-toggle')).click();
    await app.waitForTestId('new-wg-form');
    const forms = await app.browser.execute(overflows);
    await (await app.byTestId('settings-open')).click();
    await app.waitForTestId('passphrase-state');
    const settings = await app.browser.execute(overflows);
    await app.byTestId('settings-close').click();
    assert.deepEqual([...forms, ...settings], [], `in the pseudo-language:\n  ${[...forms, ...settings].slice(0, 15).join('\n  ')}`);
  }));
});

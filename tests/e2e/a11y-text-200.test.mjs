// Large text (issue 19; WCAG 1.4.4): at 200 % text size the main window stays usable —
// nothing wider than the window, no text spilling out of its box — on the main screens,
// at the window's usual 1280 × 800. The text size is doubled as a browser's text zoom
// does it: the root font size (every size in app.css is in rem), so media queries in px
// do not see it; layouts must switch on room for the text (em, wrapping), not on px.
//
// Checked on each screen, in the real window (WebKitGTK):
// - the page is no wider than the window (no horizontal scrolling of the whole page);
// - no visible element reaches past the window's edges, unless it sits in a box that
//   scrolls sideways on purpose (a wide table in its own scroller);
// - no element whose text overflows it visibly (scrollWidth > clientWidth with
//   overflow visible: the words run out of their button, cell or column). Boxes that
//   clip on purpose (an ellipsis, a scroller) are not counted.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useApp } from './lib/app.mjs';
import { go, idsOf, setup } from './lib/a11y.mjs';

const SCREENS = [
  ['dashboard', () => '#/', 'meeting-list'],
  ['meeting view (closed)', (ids) => `#/meeting/${ids.closed}`, 'meeting-view'],
  ['meeting mode: stack, roles and process panel', (ids) => `#/meeting/${ids.open}`, 'live-workspace'],
  ['process page', (ids) => `#/meeting/${ids.open}/item/${ids.item}/process`, 'process-panel'],
  ["stack-keeper's view", (ids) => `#/meeting/${ids.open}/stack`, 'stack-view'],
  ['minutes', (ids) => `#/meeting/${ids.closed}/minutes`, 'minutes-preview'],
  ['proposals board', () => '#/proposals', 'proposal-group'],
  ['proposal page', (ids) => `#/proposal/${ids.proposal}`, 'proposal-heading'],
  ['federation', () => '#/federation', 'federation-view'],
  ['people', () => '#/people', 'person-row'],
  ['all GAs', () => '#/meetings', 'all-meetings-list'],
  ['all working groups', () => '#/wgs', 'all-wgs-list'],
  ["a working group's page", (ids) => `#/wg/${ids.wg}`, 'wg-report-back'],
];

/** What overflows on the current screen (runs in the window); [] when nothing does. */
function overflows() {
  const doc = document.documentElement;
  const vw = doc.clientWidth;
  const found = [];
  const name = (el) => {
    const id = el.closest('[data-testid]')?.getAttribute('data-testid');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className.replace(/svelte-\w+/g, '').trim()}"` : ''}> in [${id ?? '-'}] "${text}"`;
  };
  const clips = (cs) => cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
  /** Inside a box that scrolls or clips sideways on purpose (its content may be wider). */
  const inScroller = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (clips(getComputedStyle(p))) return true;
    }
    return false;
  };
  if (doc.scrollWidth > vw + 1) found.push(`the page is ${doc.scrollWidth} px wide in a ${vw} px window`);
  for (const el of document.body.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.position === 'fixed') continue;
    if (el.closest('[aria-hidden="true"], .visually-hidden, dialog:not([open])')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if ((r.right > vw + 1 || r.left < -1) && !inScroller(el)) {
      found.push(`${name(el)} reaches past the window (${Math.round(r.left)}–${Math.round(r.right)} px of ${vw})`);
      continue;
    }
    // Text wider than its box, spilling out visibly.
    if (!clips(cs) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && cs.display !== 'inline' && !inScroller(el)) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
      if (hasText) found.push(`${name(el)}: its text is ${el.scrollWidth} px wide in a ${el.clientWidth} px box`);
    }
  }
  if (found.length === 1 && found[0].startsWith('the page is')) {
    // Nothing visible to blame: name what reaches furthest right, to say where to look.
    const far = [...document.body.querySelectorAll('*')]
      .map((el) => [el, el.getBoundingClientRect().right])
      .filter(([, right]) => right > vw + 1)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3);
    for (const [el, right] of far) found.push(`${name(el)} (hidden, or in a clipping box) ends at ${Math.round(right)} px`);
  }
  return found;
}

describe('200 % text', () => {
  const session = useApp({ name: 'a11y-text-200', setup });
  let ids;

  it('doubles the text size', session.step(async (app) => {
    ids = idsOf(app);
    await app.waitForTestId('meeting-list');
    const px = await app.browser.execute(() => {
      document.documentElement.style.fontSize = '200%';
      return parseFloat(getComputedStyle(document.documentElement).fontSize);
    });
    assert.ok(px >= 31, `the root font size is ${px} px, not 200 %`);
  }));

  it('the check finds a planted overflow (it cannot pass by not looking)', session.step(async (app) => {
    const found = await app.browser.execute(() => {
      const b = document.createElement('button');
      b.id = 'a11y-planted-wide';
      b.style.cssText = 'width: 4rem; white-space: nowrap';
      b.textContent = 'A button whose words do not fit';
      document.querySelector('main').append(b);
      return null;
    }).then(() => app.browser.execute(overflows));
    await app.browser.execute(() => document.getElementById('a11y-planted-wide')?.remove());
    assert.ok(found.some((f) => f.includes('A button whose words')), `the planted overflow was not found: ${JSON.stringify(found)}`);
  }));

  for (const [screen, hash, ready] of SCREENS) {
    it(`nothing overflows at 200 %: ${screen}`, session.step(async (app) => {
      await go(hash(ids), ready)(app);
      await new Promise((r) => setTimeout(r, 300)); // late layout (fonts, the stack's first refresh)
      const found = await app.browser.execute(overflows);
      assert.deepEqual(found, [], `at 200 % text on "${screen}":\n  ${found.slice(0, 12).join('\n  ')}`);
    }));
  }
});

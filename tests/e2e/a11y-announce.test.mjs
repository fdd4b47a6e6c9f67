// What a screen-reader user hears in the real window (issue 19; the
// axe walk is in a11y-<theme>-<n>.test.mjs, the shared parts in lib/a11y.mjs):
// - a floor change made by `plenary stack next` in a terminal is announced in the window,
//   and only once across the refreshes that read it again;
// - the speaker's timer warning is announced once, the end of their time once and
//   assertively — in the stack-keeper's view, and on the projector screen (which asks
//   the core every second: still once each);

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useApp } from './lib/app.mjs';
import { go, idsOf, ITEM, setup } from './lib/a11y.mjs';

describe('heard', () => {
  const session = useApp({ name: 'a11y-announce', setup });
  let ids;
  it('starts', session.step(async (app) => {
    ids = idsOf(app);
    await app.waitForTestId('meeting-list');
  }));

    it('a floor change made by `plenary stack next` is announced in the window, once', session.step(async (app) => {
      await go(`#/meeting/${ids.open}/stack`, 'stack-view')(app);
      await app.browser.execute(() => {
        const region = document.querySelector('[data-testid="announcer-polite"]');
        window.__heard = [];
        new MutationObserver(() => window.__heard.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
      });
      const speaker = app.cli('stack', 'next', '--item', ITEM);
      assert.ok(speaker, 'someone has the floor after `stack next`');
      const said = `${speaker} has the floor`;
      await app.browser.waitUntil(
        async () => (await app.browser.execute(() => window.__heard)).some((t) => t.includes(said)),
        { timeout: 15_000, timeoutMsg: `"${said}" was never announced` },
      );
      // Two more refreshes (5 s apart) read the same stack: nothing is said again.
      await new Promise((r) => setTimeout(r, 11_000));
      const heard = await app.browser.execute(() => window.__heard);
      assert.equal(heard.filter((t) => t.includes(said)).length, 1, `announced more than once: ${JSON.stringify(heard)}`);
      const role = await app.browser.execute(() => document.querySelector('[data-testid="announcer-polite"]').getAttribute('role'));
      assert.equal(role, 'status');
    }));

    it("the speaker's timer warning is announced once, the end assertively", session.step(async (app) => {
      // A 12-second limit: the warning in its last quarter (3 s), then the end. The next
      // speaker is given the floor from the terminal once the window listens.
      app.cli('stack', 'limit', '--item', ITEM, '--seconds', '12');
      await go(`#/meeting/${ids.open}/stack`, 'stack-view')(app);
      await app.browser.execute(() => {
        window.__heard = [];
        for (const p of ['polite', 'assertive']) {
          const region = document.querySelector(`[data-testid="announcer-${p}"]`);
          new MutationObserver(() => window.__heard.push([p, region.textContent])).observe(region, { childList: true, characterData: true, subtree: true });
        }
      });
      const speaker = app.cli('stack', 'next', '--item', ITEM);
      assert.ok(speaker, 'someone has the floor after `stack next`');
      await app.browser.waitUntil(
        async () => (await app.browser.execute(() => window.__heard)).some(([p]) => p === 'assertive'),
        { timeout: 20_000, timeoutMsg: "the end of the speaker's time was never announced" },
      );
      await new Promise((r) => setTimeout(r, 3000)); // over the limit for a while: not again
      const heard = await app.browser.execute(() => window.__heard);
      const warnings = heard.filter(([p, t]) => p === 'polite' && t.includes(`${speaker}:`) && t.includes('left'));
      const ends = heard.filter(([p, t]) => p === 'assertive' && t.includes(`${speaker}'s time is up`));
      assert.equal(warnings.length, 1, `the warning, once; heard: ${JSON.stringify(heard)}`);
      assert.equal(ends.length, 1, `the end, once; heard: ${JSON.stringify(heard)}`);
    }));

    it('the projector announces the new speaker, the warning once and the end once, assertively', session.step(async (app) => {
      // The projector's screen, in this window (its own window has the same page; the
      // projector test opens it for real). Still the 12-second limit.
      await go(`#/projector/${ids.open}`, 'projector-floor')(app);
      // Its own list: the regions are the window's, still observed by the tests above.
      await app.browser.execute(() => {
        window.__projectorHeard = [];
        for (const p of ['polite', 'assertive']) {
          const region = document.querySelector(`[data-testid="announcer-${p}"]`);
          new MutationObserver(() => window.__projectorHeard.push([p, region.textContent])).observe(region, { childList: true, characterData: true, subtree: true });
        }
      });
      // The projector shows first names (the core's default for the big screen).
      const speaker = app.cli('stack', 'next', '--item', ITEM)?.split(' ')[0];
      assert.ok(speaker, 'someone has the floor after `stack next`');
      await app.browser.waitUntil(
        async () => (await app.browser.execute(() => window.__projectorHeard)).some(([p]) => p === 'assertive'),
        { timeout: 25_000, timeoutMsg: "the projector never announced the end of the speaker's time" },
      );
      await new Promise((r) => setTimeout(r, 3000)); // three more answers over the limit: not again
      const heard = await app.browser.execute(() => window.__projectorHeard);
      const floor = heard.filter(([p, t]) => p === 'polite' && t.includes(`${speaker} has the floor`));
      const warnings = heard.filter(([p, t]) => p === 'polite' && t.includes(`${speaker}:`) && t.includes('left'));
      const ends = heard.filter(([p, t]) => p === 'assertive' && t.includes(`${speaker}'s time is up`));
      assert.equal(floor.length, 1, `the new speaker, once; heard: ${JSON.stringify(heard)}`);
      assert.equal(warnings.length, 1, `the warning, once; heard: ${JSON.stringify(heard)}`);
      assert.equal(ends.length, 1, `the end, once; heard: ${JSON.stringify(heard)}`);
    }));
});

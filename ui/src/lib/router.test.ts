import { describe, expect, test } from 'vitest';
import { href, parse } from './router.svelte';

describe('router', () => {
  test('parses the hash into a view', () => {
    expect(parse('')).toEqual({ name: 'dashboard' });
    expect(parse('#/')).toEqual({ name: 'dashboard' });
    expect(parse('#/meeting/0190a-7')).toEqual({ name: 'meeting', id: '0190a-7' });
    expect(parse('#/meeting/a%2Fb/')).toEqual({ name: 'meeting', id: 'a/b' });
    expect(parse('#/meeting/0190a-7/minutes')).toEqual({ name: 'minutes', id: '0190a-7' });
    expect(parse('#/meeting/a%2Fb/minutes/')).toEqual({ name: 'minutes', id: 'a/b' });
    expect(parse('#/meeting/m/minutes/x')).toEqual({ name: 'not-found', path: '/meeting/m/minutes/x' });
    expect(parse('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
  });

  test('href and parse agree', () => {
    for (const id of ['m-1', 'with space', 'a/b', '0190a000-0000-7000-8000-000000000001']) {
      expect(parse(href({ name: 'meeting', id }))).toEqual({ name: 'meeting', id });
      expect(parse(href({ name: 'minutes', id }))).toEqual({ name: 'minutes', id });
      expect(parse(href({ name: 'wg', id }))).toEqual({ name: 'wg', id });
    }
    expect(parse('#/wg/k-1/')).toEqual({ name: 'wg', id: 'k-1' });
    expect(parse('#/wg/')).toEqual({ name: 'not-found', path: '/wg/' });
    expect(parse(href({ name: 'dashboard' }))).toEqual({ name: 'dashboard' });
  });

  test('the projector, with airtime equity or without', () => {
    expect(parse('#/projector/m-1')).toEqual({ name: 'projector', meeting: 'm-1', equity: false });
    expect(parse('#/projector/m-1/equity')).toEqual({ name: 'projector', meeting: 'm-1', equity: true });
    expect(parse('#/projector/m-1/other')).toEqual({ name: 'not-found', path: '/projector/m-1/other' });
    for (const equity of [false, true]) {
      expect(parse(href({ name: 'projector', meeting: 'a/b', equity }))).toEqual({ name: 'projector', meeting: 'a/b', equity });
    }
  });

  test('the federation view is #/federation', () => {
    expect(parse('#/federation')).toEqual({ name: 'federation' });
    expect(parse('#/federation/')).toEqual({ name: 'federation' });
    expect(href({ name: 'federation' })).toBe('#/federation');
  });
});

describe('the router waits for a screen to be prepared', () => {
  test('shows the next screen once its data is read, and the latest navigation wins', async () => {
    const { router, setPrepare } = await import('./router.svelte');
    let release: () => void = () => {};
    setPrepare((r) => (r.name === 'proposals' ? new Promise<void>((res) => (release = res)) : undefined));
    try {
      router.go({ name: 'wgs' });
      expect(router.route).toEqual({ name: 'wgs' }); // nothing to prepare: at once
      router.go({ name: 'proposals' });
      expect(router.route).toEqual({ name: 'wgs' }); // still the old screen while the board reads
      release();
      await new Promise((r) => setTimeout(r, 0));
      expect(router.route).toEqual({ name: 'proposals' });

      router.go({ name: 'wgs' });
      router.go({ name: 'proposals' }); // prepared again…
      router.go({ name: 'meetings' }); // …but overtaken
      release();
      await new Promise((r) => setTimeout(r, 0));
      expect(router.route).toEqual({ name: 'meetings' });
    } finally {
      setPrepare(() => undefined);
    }
  });
});

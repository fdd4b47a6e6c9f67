// Text that came from outside (imported bundles, anything typed) is rendered as text.
// This guards the source: no construct in the UI turns a string into HTML or code.
import { describe, expect, test } from 'vitest';

const sources = import.meta.glob(['./**/*.svelte', './**/*.ts', '!./**/*.test.ts', '!./test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const FORBIDDEN = [
  /\{@html\b/,
  /\.innerHTML\b/,
  /\.outerHTML\b/,
  /insertAdjacentHTML/,
  /document\.write/,
  /\beval\s*\(/,
  /new\s+Function\s*\(/,
  /<script(?![^>]*\blang="ts")/,
];

describe('source guard', () => {
  test('finds the sources it guards', () => {
    expect(Object.keys(sources)).toContain('./App.svelte');
    expect(Object.keys(sources)).toContain('./views/dashboard/WgRow.svelte');
    expect(Object.keys(sources).length).toBeGreaterThan(15);
  });

  test('no source renders strings as HTML or runs strings as code', () => {
    const hits = Object.entries(sources).flatMap(([file, text]) =>
      FORBIDDEN.filter((re) => re.test(text)).map((re) => `${file}: ${re}`),
    );
    expect(hits).toEqual([]);
  });
});

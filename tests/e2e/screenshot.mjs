// Captures the real app's dashboard on a fresh demo database: the whole X screen (the
// app's window fills it: 1280x800, no window manager) with ImageMagick `import`.
// Run it under Xvfb through scripts/screenshot. Usage: node screenshot.mjs OUT.png

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startApp } from './lib/app.mjs';

const out = resolve(process.argv[2] ?? 'dashboard.png');
const app = await startApp({ name: 'screenshot' });
try {
  await app.waitForText('assembly-name', 'Riverside General Assembly');
  await app.waitForTestId('wg-list');
  await app.waitForTestId('meeting-row');
  // Let fonts and layout settle before the picture.
  await app.browser.execute(() => document.fonts.ready.then(() => true));
  await new Promise((r) => setTimeout(r, 500));
  mkdirSync(dirname(out), { recursive: true });
  execFileSync('import', ['-window', 'root', out], { stdio: 'inherit' });
  console.log(`screenshot: ${out}`);
} finally {
  await app.stop();
}

// A real drag of files from outside onto the app's window, for the end-to-end tests and
// the window benchmark. WebDriver cannot drag from outside the page; X can:
// lib/drag-source.py is a small GTK window offering the files as `text/uri-list` (what a
// file manager offers), and xdotool presses the mouse on it, moves the pointer onto the
// app's window in steps, hovers, and lets go — GTK's XDND then delivers the drop to the
// app as it would a person's (wry's handler, Tauri's `DragDrop` window event).
// It moves the display's one pointer: two files that drag must not run side by side on
// one X display (scripts/test runs the e2e files one at a time under one xvfb-run).

import { execFileSync, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'drag-source.py');
/** Debian's Python, which has PyGObject and GTK 3 (python3-gi, gir1.2-gtk-3.0). */
const PYTHON = '/usr/bin/python3';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const xdo = (...args) => execFileSync('xdotool', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The largest visible window of process `pid`: {x, y, width, height}. */
export function windowOf(pid) {
  let best = null;
  const ids = xdo('search', '--onlyvisible', '--pid', String(pid)).split('\n').filter(Boolean);
  for (const id of ids) {
    const g = Object.fromEntries(
      xdo('getwindowgeometry', '--shell', id)
        .split('\n')
        .map((l) => l.split('='))
        .map(([k, v]) => [k, Number(v)]),
    );
    const w = { x: g.X, y: g.Y, width: g.WIDTH, height: g.HEIGHT };
    if (!best || w.width * w.height > best.width * best.height) best = w;
  }
  if (!best) throw new Error(`no visible window of process ${pid}`);
  return best;
}

/** Lines the drag source prints, as they come. */
function lines(child) {
  const queue = [];
  const waiting = [];
  let rest = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    rest += chunk;
    let i;
    while ((i = rest.indexOf('\n')) >= 0) {
      const line = rest.slice(0, i);
      rest = rest.slice(i + 1);
      const w = waiting.shift();
      if (w) w(line);
      else queue.push(line);
    }
  });
  return (ms) =>
    queue.length
      ? Promise.resolve(queue.shift())
      : new Promise((resolve, reject) => {
          const t = setTimeout(() => reject(new Error(`the drag source said nothing in ${ms} ms`)), ms);
          waiting.push((l) => {
            clearTimeout(t);
            resolve(l);
          });
        });
}

/**
 * Presses the mouse button at screen point `from`, moves in steps to `to` (as a hand
 * moves: GTK starts a drag past its threshold, and the window under the pointer hears
 * XDND's enter and positions), hovers, runs `whileOver` (optional, awaited) with the
 * button still down, and lets go. Returns the epoch milliseconds just before the button
 * was released (the drop: what the benchmark times from).
 */
export async function dragAndDrop([sx, sy], [tx, ty], { whileOver } = {}) {
  xdo('mousemove', '--sync', String(sx), String(sy));
  await sleep(150);
  xdo('mousedown', '1');
  const steps = 25;
  for (let i = 1; i <= steps; i++) {
    xdo('mousemove', String(Math.round(sx + ((tx - sx) * i) / steps)), String(Math.round(sy + ((ty - sy) * i) / steps)));
    await sleep(20);
  }
  for (let i = 0; i < 10; i++) {
    xdo('mousemove', String(tx + (i % 2)), String(ty + (i % 3)));
    await sleep(30);
  }
  await whileOver?.();
  xdo('mousemove', String(tx), String(ty));
  await sleep(50);
  const released = Date.now();
  xdo('mouseup', '1');
  return released;
}

/**
 * Drags `files` from a drag source near the bottom right of the window of process `pid`
 * onto the middle of that window, and drops them there (see dragAndDrop).
 */
export async function dropFiles(pid, files, { whileOver } = {}) {
  const target = windowOf(pid);
  const to = [Math.round(target.x + target.width / 2), Math.round(target.y + target.height / 2)];
  const source = spawn(PYTHON, [SOURCE, String(target.x + target.width - 200), String(target.y + target.height - 120), ...files], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const next = lines(source);
  try {
    const ready = (await next(20_000)).split(' ');
    if (ready[0] !== 'ready') throw new Error(`the drag source said ${ready.join(' ')}`);
    const released = await dragAndDrop([Number(ready[1]), Number(ready[2])], to, { whileOver });
    await next(10_000); // "end": the drag is over
    return released;
  } finally {
    source.kill();
  }
}

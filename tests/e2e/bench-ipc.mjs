// IPC round-trip benchmark: the real app (webview → Tauri IPC → core → SQLite → back),
// timed inside the page with performance.now() around `invoke`, as the UI calls it.
// Not a test (no assertions on time); run it under a display after scripts/build:
//
//   cd tests/e2e && xvfb-run -a -s '-screen 0 1280x800x24' node bench-ipc.mjs [ROUNDS]
//
// It opens RIV-GA-4 of a demo database, takes up item 4.1, and times, ROUNDS times each
// (default 300): get_stack (read), and the stack-keeper's cycle stack_add → stack_next →
// stack_undo → stack_undo (writes, each durable before it answers). Prints p50/p99/max.

import { plenary, startApp } from './lib/app.mjs';

const rounds = Number(process.argv[2] ?? 300);
const app = await startApp({
  name: 'bench-ipc',
  setup: (db) => {
    plenary(db, 'meeting', 'open', '4');
    plenary(db, 'agenda', 'start', '4.1');
  },
});

try {
  const b = app.browser;
  await b.pause(1500); // let the first screen settle
  const results = await b.executeAsync(async (rounds, done) => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    const dash = await invoke('get_dashboard', {});
    const meeting = dash.meetings.find((m) => m.number === 4).id;
    const detail = await invoke('get_meeting', { meeting });
    const item = detail.agenda[0].id;
    const times = { get_stack: [], stack_add: [], stack_next: [], stack_undo: [] };
    const timed = async (cmd, args) => {
      const t0 = performance.now();
      await invoke(cmd, args);
      times[cmd].push(performance.now() - t0);
    };
    for (let i = 0; i < rounds; i++) {
      await timed('get_stack', { item });
      await timed('stack_add', { item, name: `Bench Person ${i % 40}`, kind: 'speak', prioritize: false });
      await timed('stack_next', { item });
      await timed('stack_undo', { item });
      await timed('stack_undo', { item });
    }
    done(times);
  }, rounds);
  const pct = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  };
  console.log(`IPC round trip, ${rounds} rounds (ms):`);
  for (const [cmd, xs] of Object.entries(results)) {
    console.log(`${cmd.padEnd(11)} n=${String(xs.length).padStart(4)}  p50 ${pct(xs, 50).toFixed(2)}  p99 ${pct(xs, 99).toFixed(2)}  max ${Math.max(...xs).toFixed(2)}`);
  }
} finally {
  await app.stop();
}

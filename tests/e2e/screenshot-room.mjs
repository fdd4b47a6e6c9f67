// The README's picture of the participants' page (scripts/screenshot-room runs it): a
// phone (chromium, 390×844) opens the room, raises a hand; the stack-keeper — paired with
// the code `plenary room serve` printed — accepts it; the page then shows its place.
//   node screenshot-room.mjs http://127.0.0.1:PORT/ STACK_KEEPER_CODE OUT.png

import assert from 'node:assert/strict';
import { startChromium, waitText } from './lib/chromium.mjs';

const [url, code, out] = process.argv.slice(2);
if (!url || !code || !out) throw new Error('usage: node screenshot-room.mjs URL CODE OUT.png');

async function post(path, body, token) {
  const res = await fetch(new URL(path, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  assert.ok(res.ok, `${path}: ${JSON.stringify(json)}`);
  return json;
}

const chromium = await startChromium();
try {
  const phone = await chromium.device(390, 844);
  await phone.url(url);
  await waitText(phone, 'room-item', '4.1', 'the item under way');
  await phone.$('[data-testid="room-name"]').setValue('Sam Whitfield');
  await phone.$('[data-testid="room-kind"]').selectByAttribute('value', 'clarifying');
  await phone.$('[data-testid="room-raise"]').click();
  await waitText(phone, 'room-my-hand', 'waiting for the stack-keeper', 'the hand is up');
  const { token } = await post('/pair', { code });
  const pending = await post('/api/get_pending_hands', {}, token);
  await post('/api/accept_hand', { hand: pending.hands[0].id }, token);
  await waitText(phone, 'room-my-hand', 'You are', 'its place');
  // The viewport itself 390×844 (the window around it is a little larger), no scrollbar.
  const [w, h] = await phone.execute(() => [window.innerWidth, window.innerHeight]);
  await phone.setWindowSize(390 + (390 - w), 844 + (844 - h));
  await phone.execute(() => {
    document.documentElement.style.scrollbarWidth = 'none';
    window.scrollTo(0, 0);
  });
  await phone.saveScreenshot(out);
  console.log(`wrote ${out}`);
} finally {
  await chromium.stop();
}

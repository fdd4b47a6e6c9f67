// The participants' page. Everything it shows comes from the room's server: the page's
// own words are in the HTML it serves (in the app's language), and each event of
// `/events` brings the projector's view, what the page says of it (`words`, in the same
// language) and this device's hand with its sentence (`mine`). The page decides nothing
// and words nothing itself. Text is set as text (textContent), never as HTML: names and
// proposals are other people's words.
'use strict';

const $ = (id) => document.getElementById(id);
const NAME_KEY = 'plenary-room-name';

let view = null;
let words = null;
let hand = null;
let mine = '';
let lastAnnounced = '';

// The page's messages that the script completes (the body's data-* attributes).
const said = (key) => document.body.dataset[key] ?? '';

function clock(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function listItems(texts, current) {
  return texts.map((text, i) => {
    const li = document.createElement('li');
    li.textContent = text;
    if (current && current(i)) li.setAttribute('aria-current', 'step');
    return li;
  });
}

function render() {
  if (view && words) {
    $('assembly').textContent = view.assembly_name;
    $('meeting').textContent = words.meeting;
    $('item').textContent = words.item;
    $('floor').textContent = words.floor;
    $('next').replaceChildren(...listItems(words.next));
    $('more').textContent = words.more;
    $('closed-stack').textContent = words.stack_closed;
    const agenda = view.agenda ?? [];
    $('agenda').replaceChildren(...listItems(words.agenda, (i) => agenda[i]?.status === 'active'));
    const p = view.proposal;
    $('proposal-section').hidden = !p;
    if (p) {
      $('proposal-title').textContent = words.proposal_title ?? '';
      $('proposal-step').textContent = words.proposal_step ?? '';
      $('proposal-text').textContent = p.text;
    }
  }
  $('my-hand').textContent = mine;
  const up = hand && hand.state === 'pending';
  $('withdraw').hidden = !up;
  $('hand-form').hidden = Boolean(hand && ['pending', 'waiting', 'speaking'].includes(hand.state));
  // One announcement per change of speaker or of this device's place.
  const announce = hand && hand.state === 'speaking' ? mine : `${words?.has_floor ?? ''} ${mine}`.trim();
  if (announce !== lastAnnounced) {
    lastAnnounced = announce;
    $('announce').textContent = announce;
  }
  tick();
}

function tick() {
  if (!view || !words) return;
  const since = Date.now() - Date.parse(view.as_of);
  const item = view.item;
  $('item-clock').textContent =
    item && item.started_at && words.item_clock ? words.item_clock.replace('{clock}', clock(Date.now() - Date.parse(item.started_at))) : '';
  const s = view.speaker;
  $('floor-clock').textContent =
    s && words.floor_clock ? words.floor_clock.replace('{clock}', clock(s.elapsed_ms + (s.paused ? 0 : since))) : '';
}

// Every action is one command of the room's table, as a participant (the device cookie
// says which hand is this device's). What it changed comes back with the next event (the
// command wakes the room's refresher), with its words in the room's language.
async function call(command, args) {
  $('hand-error').textContent = '';
  try {
    const res = await fetch(`/api/${command}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
      credentials: 'same-origin',
    });
    const answer = await res.json().catch(() => null);
    if (!res.ok) {
      $('hand-error').textContent = answer && answer.message ? answer.message : said('refused').replace('{status}', String(res.status));
    }
  } catch {
    $('hand-error').textContent = said('unreachable');
  }
}

function connect() {
  const es = new EventSource('/events');
  es.addEventListener('open', () => {
    $('connection').textContent = said('connected');
  });
  es.addEventListener('room', (e) => {
    const data = JSON.parse(e.data);
    // The app's language changed: the page loads itself again, in it.
    if (data.lang && data.lang !== document.documentElement.lang) {
      es.close();
      window.location.reload();
      return;
    }
    view = data.view;
    words = data.words;
    hand = data.hand;
    mine = data.mine ?? '';
    render();
  });
  es.addEventListener('closed', () => {
    es.close();
    $('connection').textContent = said('closed');
    $('hand-form').hidden = true;
    $('withdraw').hidden = true;
  });
  es.addEventListener('error', () => {
    if (es.readyState !== EventSource.CLOSED) $('connection').textContent = said('reconnecting');
  });
}

document.addEventListener('DOMContentLoaded', () => {
  const name = $('name');
  name.value = localStorage.getItem(NAME_KEY) ?? '';
  // Kept as it is typed, so a page that loads itself again (a new language) keeps it.
  name.addEventListener('input', () => localStorage.setItem(NAME_KEY, name.value.trim()));
  $('hand-form').addEventListener('submit', (e) => {
    e.preventDefault();
    localStorage.setItem(NAME_KEY, name.value.trim());
    void call('raise_hand', { name: name.value, kind: $('kind').value });
  });
  $('withdraw').addEventListener('click', () => void call('withdraw_hand', {}));
  setInterval(tick, 1000);
  connect();
});

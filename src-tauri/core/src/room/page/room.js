// The participants' page. Everything it shows comes from the room's server (`/events`,
// the projector's view and this device's hand); it decides nothing. Text is set as text
// (textContent), never as HTML: names and proposals are other people's words.
'use strict';

const $ = (id) => document.getElementById(id);
const NAME_KEY = 'plenary-room-name';

const STEPS = {
  'not-started': 'Not started',
  present: 'Presentation',
  'clarifying-questions': 'Clarifying questions',
  concerns: 'Concerns & amendments',
  'temperature-check': 'Temperature check',
  'call-for-consensus': 'Call for consensus',
  vote: 'Vote',
  outcome: 'Outcome',
};

let view = null;
let hand = null;
let lastAnnounced = '';

function ordinal(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

function clock(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function handText(h) {
  if (!h) return '';
  switch (h.state) {
    case 'pending':
      return `Your hand is up (${h.kind_label}): waiting for the stack-keeper.`;
    case 'waiting':
      return h.position
        ? `You are ${ordinal(h.position)} — ${h.policy_label}: ${h.reason}.`
        : 'You are on the stack.';
    case 'speaking':
      return 'You have the floor.';
    case 'spoken':
      return 'You have spoken. Raise your hand again to speak again.';
    case 'declined':
      return 'The stack-keeper did not take your hand this time.';
    default:
      return 'Your hand is down.';
  }
}

function render() {
  if (view) {
    $('assembly').textContent = view.assembly_name;
    $('meeting').textContent = `${view.meeting_reference}${view.meeting_open ? '' : ' — not open yet'}`;
    const item = view.item;
    $('item').textContent = item ? `${item.number} ${item.title}` : 'Nothing under way yet.';
    const floor = view.speaker ? `${view.speaker.name} (${view.speaker.kind_label})` : 'Nobody has the floor.';
    $('floor').textContent = floor;
    const next = $('next');
    next.replaceChildren(
      ...view.next.map((e) => {
        const li = document.createElement('li');
        li.textContent = `${e.name} — ${e.kind_label}`;
        return li;
      }),
    );
    $('more').textContent = view.more_waiting > 0 ? `and ${view.more_waiting} more` : view.next.length ? '' : 'Nobody is waiting.';
    $('closed-stack').textContent = view.stack_closed ? 'The stack is closed.' : '';
    $('agenda').replaceChildren(
      ...(view.agenda ?? []).map((i) => {
        const li = document.createElement('li');
        const state = i.status === 'active' ? ' — under way' : i.status === 'done' ? ' — done' : i.status === 'tabled' ? ' — tabled' : '';
        li.textContent = `${i.number} ${i.title}${state}`;
        if (i.status === 'active') li.setAttribute('aria-current', 'step');
        return li;
      }),
    );
    const p = view.proposal;
    $('proposal-section').hidden = !p;
    if (p) {
      $('proposal-title').textContent = `${p.reference} ${p.title} (version ${p.version})`;
      $('proposal-step').textContent = `Step: ${STEPS[p.step] ?? p.step}`;
      $('proposal-text').textContent = p.text;
    }
  }
  const mine = handText(hand);
  $('my-hand').textContent = mine;
  const up = hand && hand.state === 'pending';
  $('withdraw').hidden = !up;
  $('hand-form').hidden = Boolean(hand && ['pending', 'waiting', 'speaking'].includes(hand.state));
  // One announcement per change of speaker or of this device's place.
  const said = hand && hand.state === 'speaking' ? 'You have the floor.' : `${view?.speaker ? `${view.speaker.name} has the floor.` : ''} ${mine}`.trim();
  if (said !== lastAnnounced) {
    lastAnnounced = said;
    $('announce').textContent = said;
  }
  tick();
}

function tick() {
  if (!view) return;
  const since = Date.now() - Date.parse(view.as_of);
  const item = view.item;
  $('item-clock').textContent =
    item && item.started_at
      ? `${clock(Date.now() - Date.parse(item.started_at))}${item.allotted_minutes ? ` of ${item.allotted_minutes} min` : ''}`
      : '';
  const s = view.speaker;
  $('floor-clock').textContent = s
    ? `${clock(s.elapsed_ms + (s.paused ? 0 : since))}${s.limit_seconds ? ` of ${clock(s.limit_seconds * 1000)}` : ''}${s.paused ? ' (paused)' : ''}`
    : '';
}

// Every action is one command of the room's table, as a participant (the device cookie
// says which hand is this device's).
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
      $('hand-error').textContent = answer && answer.message ? answer.message : `The room refused (HTTP ${res.status}).`;
      return;
    }
    hand = answer;
    render();
  } catch {
    $('hand-error').textContent = 'The room cannot be reached.';
  }
}

function connect() {
  const es = new EventSource('/events');
  es.addEventListener('open', () => {
    $('connection').textContent = 'Connected: this page follows the meeting as it happens.';
  });
  es.addEventListener('room', (e) => {
    const data = JSON.parse(e.data);
    view = data.view;
    hand = data.hand;
    render();
  });
  es.addEventListener('closed', () => {
    es.close();
    $('connection').textContent = 'The room is closed.';
    $('hand-form').hidden = true;
    $('withdraw').hidden = true;
  });
  es.addEventListener('error', () => {
    if (es.readyState !== EventSource.CLOSED) $('connection').textContent = 'Reconnecting to the room…';
  });
}

document.addEventListener('DOMContentLoaded', () => {
  const name = $('name');
  name.value = localStorage.getItem(NAME_KEY) ?? '';
  $('hand-form').addEventListener('submit', (e) => {
    e.preventDefault();
    localStorage.setItem(NAME_KEY, name.value.trim());
    void call('raise_hand', { name: name.value, kind: $('kind').value });
  });
  $('withdraw').addEventListener('click', () => void call('withdraw_hand', {}));
  setInterval(tick, 1000);
  connect();
});

/**
 * The window's one announcer: short messages for screen readers, spoken through two
 * live regions that exist from the start (a region added together with its text is
 * often not read). Every view hands it what changed — whatever caused the change: a
 * key pressed here, another window, the command line, another device — and it says
 * each message once: a message carries a key (`floor:<speech id>`, `join:<entry id>`,
 * …) and a key already said in this window is not said again, so a window that both
 * makes a change and then reads it back, or two panels showing the same stack, speak
 * it once.
 *
 * Polite by default; assertive only for what must interrupt (the end of a speaker's
 * time). Used by the stack (stack-keeper's view, meeting mode), the projector, and meant
 * for the participants' page.
 *
 * Test ids: data-testid="announcer-polite", "announcer-assertive" (the regions).
 */

export type Politeness = 'polite' | 'assertive';

export interface Announcement {
  /** Said once per window: the same key later is dropped. */
  key: string;
  text: string;
  politeness?: Politeness;
}

const regions = new Map<Politeness, HTMLElement>();
const said = new Set<string>();
/** Bounds the memory of keys said in a long session (thousands of speeches). */
const MAX_KEYS = 5000;

function region(politeness: Politeness): HTMLElement {
  let el = regions.get(politeness);
  if (el && el.isConnected) return el;
  el = document.createElement('div');
  el.className = 'visually-hidden';
  el.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
  el.setAttribute('aria-live', politeness);
  el.setAttribute('aria-atomic', 'true');
  el.dataset.testid = `announcer-${politeness}`;
  document.body.append(el);
  regions.set(politeness, el);
  return el;
}

/** Creates both live regions (call once when the window starts, before anything is said). */
export function mountAnnouncer(): void {
  region('polite');
  region('assertive');
}

/**
 * Says the messages not said before in this window, each region's in one utterance.
 * Returns the texts actually said (for the caller's visible feedback, if it has one).
 */
export function announce(messages: Announcement | Announcement[]): string[] {
  const list = Array.isArray(messages) ? messages : [messages];
  const fresh = list.filter((m) => m.text !== '' && !said.has(m.key));
  if (fresh.length === 0) return [];
  for (const m of fresh) said.add(m.key);
  if (said.size > MAX_KEYS) {
    // Oldest first (a Set keeps insertion order): forget the first half.
    let drop = said.size - MAX_KEYS / 2;
    for (const k of said) {
      if (drop-- <= 0) break;
      said.delete(k);
    }
  }
  for (const politeness of ['polite', 'assertive'] as const) {
    const texts = fresh.filter((m) => (m.politeness ?? 'polite') === politeness).map((m) => m.text);
    if (texts.length === 0) continue;
    const el = region(politeness);
    // Replaced, not appended: the region holds only what is new, read as one message.
    const text = texts.join(' ');
    // The same words again are a change too ("Nobody has the floor." twice): a
    // trailing no-break space makes the region's text differ, so it is read again.
    el.textContent = el.textContent === text ? `${text}\u00a0` : text;
  }
  return fresh.map((m) => m.text);
}

/** Forgets the keys said (tests). */
export function resetAnnouncer(): void {
  said.clear();
  for (const el of regions.values()) el.remove();
  regions.clear();
}

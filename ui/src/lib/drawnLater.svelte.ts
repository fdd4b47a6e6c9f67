// The parts of a long screen below its first screenful, drawn one frame after it.
//
// A busy GA's minutes (thirty items, twenty thousand characters), a proposal heard three
// times, a working group with proposals in every status: drawn at once, their layout
// holds the first paint for tens of milliseconds, and the screen that shows the record
// takes twice as long as the demo's (issue #20). Drawn in two steps, the top of the
// screen is painted as soon as its data is there and the rest follows in the next frame;
// what the person sees first does not wait for what they would have to scroll to.
//
// Use: `const later = drawnLater(() => detail !== null)`, then
// `{#each later.take(all, 3) ...}` or `{#if later.ready} ... {/if}`,
// with `aria-busy={!later.ready}` on the part that is still to come (a screen reader then
// waits for it, and the window benchmark's "whole" measure sees when it is done).

/** How long a hidden window (no frames: WebKit stops calling `requestAnimationFrame`)
 *  waits before drawing the rest anyway. */
const HIDDEN_WINDOW_MS = 100;

/**
 * `ready` turns true (and stays so) once the component has shown its data — `shown()`
 * true — and a frame with it has been painted: the second animation frame after, the
 * first being the one that paints it.
 */
export function drawnLater(shown: () => boolean = () => true): {
  readonly ready: boolean;
  /** `items` once ready; until then its first `first`. */
  take<T>(items: T[], first: number): T[];
} {
  let ready = $state(false);
  $effect(() => {
    if (ready || !shown()) return;
    const done = () => (ready = true);
    let second = 0;
    const first = requestAnimationFrame(() => (second = requestAnimationFrame(done)));
    const fallback = setTimeout(done, HIDDEN_WINDOW_MS);
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
      clearTimeout(fallback);
    };
  });
  return {
    get ready() {
      return ready;
    },
    take: (items, first) => (ready ? items : items.slice(0, first)),
  };
}

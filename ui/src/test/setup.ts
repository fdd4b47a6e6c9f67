// Shared set-up of the UI tests (vite.config.ts: test.setupFiles).

import { loadAllLanguages } from '../lib/i18n.svelte';

// Every language's catalogue in before any test: the tests switch languages and read the
// words at once (the app fetches a language when it is chosen: lib/i18n.svelte.ts).
await loadAllLanguages();

// jsdom has <dialog> but not its modal methods; the real window (WebKitGTK) has them.
// Enough of them for the components: open/close. (Focus kept inside a modal dialog is
// the browser's, checked in the real window by tests/e2e/a11y.test.mjs.)
const proto = HTMLDialogElement.prototype as HTMLDialogElement & { showModal?: () => void };
if (typeof proto.showModal !== 'function') {
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    // Browsers fire "close" whenever a dialog closes; components hand the focus back on it.
    this.dispatchEvent(new Event('close'));
  };
}

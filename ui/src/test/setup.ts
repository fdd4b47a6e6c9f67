// Shared set-up of the UI tests (vite.config.ts: test.setupFiles).

// jsdom has <dialog> but not its modal methods; the real window (WebKitGTK) has them.
// Enough of them for the components: open/close. (Focus kept inside a modal dialog is
// the browser's, checked in the real window by tests/e2e/a11y.test.mjs.)
const proto = HTMLDialogElement.prototype as HTMLDialogElement & { showModal?: () => void };
if (typeof proto.showModal !== 'function') {
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

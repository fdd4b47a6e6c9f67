// Small keyboard helpers shared by views.

/** In a textarea, Ctrl+Enter (or Cmd+Enter) submits the form; plain Enter adds a line. */
export function ctrlEnterSubmits(e: KeyboardEvent) {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    const form = (e.currentTarget as HTMLElement | null)?.closest('form');
    if (form) {
      e.preventDefault();
      form.requestSubmit();
    }
  }
}

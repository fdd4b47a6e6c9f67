import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import { chooseLang } from '../i18n.svelte';

import ShortcutsHelp from './ShortcutsHelp.svelte';

describe('keyboard shortcuts help', () => {
  test('"?" opens the dialog, Esc closes it and returns the focus', async () => {
    const user = userEvent.setup();
    render(ShortcutsHelp);
    const opener = screen.getByTestId('shortcuts-open');
    opener.focus();
    expect(screen.queryByTestId('shortcuts-help')).toBeNull();

    await user.keyboard('?');
    const dialog = await screen.findByTestId('shortcuts-help');
    // A native modal dialog: the browser keeps the focus in it (Shift+Tab included).
    expect(dialog.tagName).toBe('DIALOG');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('shortcuts-title');
    expect(dialog.textContent).toContain('Alt+P');
    expect(dialog.textContent).toContain('Alt+↑');
    // The meeting-mode rule between the stack panel and the other panels' fields.
    expect(dialog.textContent).toContain('except while the focus is in a text field of another panel');
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));

    // Tab and Shift+Tab staying inside is the browser's doing for a modal <dialog>
    // (jsdom has no inert page): tests/e2e/a11y.test.mjs checks it in the real window.

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('shortcuts-help')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  test('the top bar button opens it', async () => {
    const user = userEvent.setup();
    render(ShortcutsHelp);
    await user.click(screen.getByTestId('shortcuts-open'));
    expect(await screen.findByTestId('shortcuts-help')).toBeTruthy();
  });

  test('"?" typed in a text field does not open it', async () => {
    const user = userEvent.setup();
    const input = document.createElement('input');
    document.body.appendChild(input);
    render(ShortcutsHelp);
    await user.click(input);
    await user.keyboard('?');
    expect(input.value).toBe('?');
    expect(screen.queryByTestId('shortcuts-help')).toBeNull();
    input.remove();
  });
});

describe('keyboard shortcuts help in other languages', () => {
  afterEach(() => chooseLang('en'));

  test('in Spanish every group and line is Spanish; the keys stay as on the keyboard', async () => {
    chooseLang('es');
    const user = userEvent.setup();
    render(ShortcutsHelp);
    expect(screen.getByTestId('shortcuts-open').textContent?.trim()).toBe('Atajos de teclado (?)');
    await user.click(screen.getByTestId('shortcuts-open'));
    const dialog = await screen.findByTestId('shortcuts-help');
    expect(dialog.textContent).toContain('Pila de turnos');
    expect(dialog.textContent).toContain('Dar prioridad a quien se está añadiendo');
    expect(dialog.textContent).toContain('Alt+P');
    for (const english of ['Keyboard shortcuts', 'Everywhere', 'Stack-keeper', 'Next speaker', 'Close', 'Esc closes']) {
      expect(dialog.textContent, english).not.toContain(english);
    }
  });
});

import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import ReceivedBundles from './ReceivedBundles.svelte';
import { london, receivedBundle, riverside } from './test-fixtures';

afterEach(() => clearMocks());

const undone = { received_id: 'rb-1', file_name: 'RIV-2011-12-01.plenary', assembly_name: 'Riverside General Assembly', removed: 274, restored: 0 };

describe('ReceivedBundles: undo an import', () => {
  test('"Undo this import…" asks first; confirmed, it undoes that bundle and tells the view', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({ undo_import: () => undone });
    const onundone = vi.fn();
    render(ReceivedBundles, {
      bundles: [receivedBundle(), receivedBundle({ id: 'rb-0', file_name: 'RIV-2011-11-20.plenary' })],
      assemblies: [london, riverside],
      onundone,
    });
    const [first, second] = screen.getAllByTestId('received-bundle');

    // Asking is not doing: "Keep it" leaves everything as it was.
    await user.click(within(first).getByRole('button', { name: 'Undo this import: RIV-2011-12-01.plenary (from Riverside General Assembly)…' }));
    expect(within(first).getByTestId('undo-import-confirm').getAttribute('aria-describedby')).toBeTruthy();
    expect(within(second).queryByTestId('undo-import-confirm')).toBeNull();
    await user.click(within(first).getByTestId('undo-import-cancel'));
    expect(callsOf(calls, 'undo_import')).toHaveLength(0);
    expect(within(first).queryByTestId('undo-import-confirm')).toBeNull();

    await user.click(within(first).getByTestId('undo-import'));
    await user.click(within(first).getByRole('button', { name: 'Undo the import' }));
    await waitFor(() => expect(onundone).toHaveBeenCalledTimes(1));
    expect(callsOf(calls, 'undo_import').map((c) => c.args)).toEqual([{ bundle: 'rb-1' }]);
  });

  test('a refused undo shows the core message by the bundle, and the view is not told', async () => {
    const user = userEvent.setup();
    fakeBackend({
      undo_import: () => {
        throw coreError('not-allowed', 'RIV-2011-12-01.plenary cannot be undone: RIV-2011-12-08.plenary, imported later');
      },
    });
    const onundone = vi.fn();
    render(ReceivedBundles, { bundles: [receivedBundle()], assemblies: [london, riverside], onundone });

    await user.click(screen.getByTestId('undo-import'));
    await user.click(screen.getByTestId('undo-import-confirm'));
    const error = await within(screen.getByTestId('received-bundle')).findByTestId('error');
    expect(error.textContent).toContain('imported later');
    expect(onundone).not.toHaveBeenCalled();
    expect(screen.getByTestId('undo-import')).toBeTruthy();
  });
});

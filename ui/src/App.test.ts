import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import App from './App.svelte';
import { dashboard, detail } from './test/fixtures';
import { fakeBackend } from './test/ipc';

beforeEach(() => {
  location.hash = '';
});

afterEach(() => {
  clearMocks();
  location.hash = '';
});

describe('app', () => {
  test('starts on the dashboard; a meeting row opens the meeting view; the back link returns', async () => {
    const user = userEvent.setup();
    fakeBackend({
      get_dashboard: () => dashboard(),
      get_meeting: () => detail(),
      list_proposals: () => [],
    });
    render(App);

    expect(await screen.findByTestId('assembly-name')).toBeTruthy();
    expect(within(screen.getByTestId('topbar')).getByTestId('topbar-assembly').textContent).toContain('LDN');

    const row = (await screen.findAllByTestId('meeting-row')).find((r) => r.dataset.meetingId === 'm-39')!;
    await user.click(within(row).getByRole('link'));
    await waitFor(() => expect(screen.getByTestId('meeting-view').dataset.meetingId).toBe('m-39'));
    expect(await screen.findAllByTestId('agenda-item')).toHaveLength(3);
    // Focus moves to the new view's heading, for keyboard and screen-reader users.
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));

    await user.click(screen.getByTestId('back-to-dashboard'));
    await waitFor(() => expect(screen.getByTestId('dashboard')).toBeTruthy());
    expect(screen.queryByTestId('meeting-view')).toBeNull();
  });

  test('an unknown address says so', async () => {
    fakeBackend({ get_dashboard: () => dashboard() });
    location.hash = '#/nowhere';
    render(App);
    expect((await screen.findByTestId('view-not-found')).textContent).toContain('/nowhere');
  });
});

// The team device in another language (issue 15): pairing and the paired line come from
// screens.ftl; the meeting's reference stays as it is.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TeamView from './TeamView.svelte';
import { detail } from '../../test/fixtures';
import { chooseLang } from '../../lib/i18n.svelte';

describe('a team device in other languages', () => {
  afterEach(() => {
    chooseLang(null);
    localStorage.clear();
    sessionStorage.clear();
    vi.unstubAllGlobals();
  });

  test('in Portuguese: the pairing form, then the paired line with the meeting', async () => {
    chooseLang('pt');
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const body =
          url === '/pair'
            ? { token: 'tok-1', role: 'stack-keeper', session: 's1' }
            : url === '/api/get_meeting'
              ? detail({ agenda: [] })
              : { items: [], total: 0, next: null };
        return new Response(JSON.stringify(body), { status: 200 });
      }),
    );
    const user = userEvent.setup();
    render(TeamView);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Entrar na sala como equipa de facilitação');
    await user.type(screen.getByLabelText('Código de emparelhamento'), '123456');
    await user.click(screen.getByRole('button', { name: 'Emparelhar este dispositivo' }));
    const line = await screen.findByTestId('team-meeting');
    expect(line.textContent?.replace(/\s+/g, ' ').trim()).toMatch(
      /^Emparelhado para as inscrições de \S+: todas as mudanças são feitas no portátil anfitrião\.$/,
    );
    expect(document.body.textContent).not.toMatch(/Paired as|Pairing code|Join the room/);
  });
});

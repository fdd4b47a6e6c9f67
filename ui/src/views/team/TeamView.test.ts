// The team screen as a paired device sees it: no Tauri IPC here (the UI is served by the
// room), so every command is a fetch to the room, stubbed below.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TeamView from './TeamView.svelte';
import { agenda, detail, item } from '../../test/fixtures';
import { ITEM, MEETING, PROPOSAL, hearing, proposalDetail } from '../proposals/test-fixtures';
import type { ProposalDetail } from '../../lib/bindings/ProposalDetail';
import type { Question } from '../../lib/bindings/Question';
import { ROOM_ROLE_KEY, ROOM_TOKEN_KEY } from '../../lib/transport';

type Reply = { status: number; body: unknown };
type Sent = { url: string; auth: string | undefined; body: Record<string, unknown> };

/** A fake room: answers each path with `routes[path](body)`; records what was sent. */
function fakeRoom(routes: Record<string, (body: Record<string, unknown>) => Reply>): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as Record<string, unknown>;
      sent.push({ url, auth: (init.headers as Record<string, string>).authorization, body });
      const route = routes[url];
      const r = route ? route(body) : { status: 404, body: { kind: 'not-found', message: `no ${url}` } };
      return new Response(JSON.stringify(r.body), { status: r.status });
    }),
  );
  return sent;
}

const underWay = () => {
  const items = agenda();
  items[1] = { ...items[1], status: 'active', notes: 'Kitchen needs pots' };
  return detail({ agenda: items });
};

describe('a team device in the room', () => {
  afterEach(() => {
    sessionStorage.clear();
    vi.unstubAllGlobals();
  });

  test('pairs with the code shown on the host, then takes the notes of the item under way as minute-taker', async () => {
    const user = userEvent.setup();
    const sent = fakeRoom({
      '/pair': (b) =>
        b.code === '123456'
          ? { status: 200, body: { token: 'tok-1', role: 'minute-taker', session: 's1' } }
          : { status: 403, body: { kind: 'not-allowed', message: 'that pairing code is not valid' } },
      '/api/get_meeting': () => ({ status: 200, body: underWay() }),
      '/api/get_report_back': () => ({ status: 200, body: null }),
    });
    render(TeamView);
    const field = screen.getByLabelText('Pairing code');
    await user.type(field, '999999');
    await user.click(screen.getByTestId('team-pair'));
    expect((await screen.findByTestId('error')).textContent).toContain('that pairing code is not valid');
    expect(sessionStorage.getItem(ROOM_TOKEN_KEY)).toBeNull();

    await user.clear(field);
    await user.type(field, '123456');
    await user.click(screen.getByTestId('team-pair'));
    const notes = await screen.findByTestId('team-notes-item');
    expect(notes.dataset.itemId).toBe('i-kitchen');
    expect((screen.getByTestId('item-notes') as HTMLTextAreaElement).value).toBe('Kitchen needs pots');
    expect(screen.getByTestId('team-view').dataset.role).toBe('minute-taker');
    expect(sessionStorage.getItem(ROOM_TOKEN_KEY)).toBe('tok-1');
    // The room's meeting is asked for with the session's token, and no meeting named.
    const meeting = sent.find((s) => s.url === '/api/get_meeting');
    expect(meeting).toEqual({ url: '/api/get_meeting', auth: 'Bearer tok-1', body: {} });
  });

  test('revoked by the host: the room refuses the token, the pairing is forgotten and a new code is asked for', async () => {
    sessionStorage.setItem(ROOM_TOKEN_KEY, 'tok-old');
    sessionStorage.setItem(ROOM_ROLE_KEY, 'minute-taker');
    fakeRoom({
      '/api/get_meeting': () => ({
        status: 401,
        body: { kind: 'not-allowed', message: 'this device is not paired with the room (or its pairing was revoked)' },
      }),
    });
    render(TeamView);
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('no longer paired');
    expect(error.textContent).toContain('revoked');
    expect(screen.getByTestId('team-pair-form')).toBeTruthy();
    expect(screen.getByTestId('team-view').dataset.role).toBeUndefined();
    expect(sessionStorage.getItem(ROOM_TOKEN_KEY)).toBeNull();
  });

  test("as minute-taker, records a clarifying question and the attendance on the host; the facilitator's calls are not offered", async () => {
    sessionStorage.setItem(ROOM_TOKEN_KEY, 'tok-2');
    sessionStorage.setItem(ROOM_ROLE_KEY, 'minute-taker');
    const user = userEvent.setup();
    const meeting = detail({
      meeting: { ...detail().meeting, id: MEETING },
      agenda: [
        item({ id: ITEM, position: 1, title: 'Winter tents', kind: 'proposal', status: 'active', proposal_id: PROPOSAL }),
      ],
    });
    // The hearing at its clarifying questions, where the core also allows the
    // facilitator's calls (a temperature check, tabling…): the minute-taker's page
    // offers only the records.
    const state: ProposalDetail = proposalDetail({
      hearings: [
        hearing({
          step: 'clarifying-questions',
          actions: ['ask-question', 'record-temperature', 'table', 'withdraw', 'send-back'],
        }),
      ],
    });
    const sent = fakeRoom({
      '/api/get_meeting': () => ({ status: 200, body: meeting }),
      '/api/get_hearing': () => ({ status: 200, body: state.hearings[0] }),
      '/api/get_proposal': () => ({ status: 200, body: state }),
      '/api/list_people': () => ({ status: 200, body: [] }),
      '/api/add_question': (b) => {
        const input = b.input as { question: string; by: string | null };
        const q: Question = {
          id: 'q-1',
          proposal_id: PROPOSAL,
          agenda_item_id: ITEM,
          question: input.question,
          asked_by_id: null,
          asked_by: input.by,
          answer: null,
          answered_by_id: null,
          answered_by: null,
          answered_at: null,
          created_at: '2011-11-12T19:41:00Z',
        };
        state.questions = [...state.questions, q];
        return { status: 200, body: q };
      },
      '/api/set_attendance': (b) => ({
        status: 200,
        body: { ...meeting.meeting, attendance_label: `about ${String(b.attendance).replace('~', '')}` },
      }),
    });
    render(TeamView, { props: {} });
    const panel = await screen.findByTestId('process-panel');
    expect(screen.getByTestId('team-notes-item').dataset.kind).toBe('proposal');
    expect(panel.dataset.itemId).toBe(ITEM);
    await screen.findByTestId('question-form');
    // Not the facilitator's: no temperature form, no table/withdraw/send back.
    expect(screen.queryByTestId('temperature-form')).toBeNull();
    expect(screen.queryByText('Other outcomes')).toBeNull();
    expect(screen.queryByText('Every version, compared word by word')).toBeNull();

    await user.type(screen.getByTestId('question-input'), 'Who pays?');
    await user.click(screen.getByTestId('question-add'));
    expect((await screen.findByTestId('question-text')).textContent).toBe('Who pays?');
    // Sent to the room with the session's token; the focus back in the question field.
    expect(sent.find((s) => s.url === '/api/add_question')).toEqual({
      url: '/api/add_question',
      auth: 'Bearer tok-2',
      body: { item: ITEM, input: { question: 'Who pays?', by: null } },
    });
    expect(document.activeElement).toBe(screen.getByTestId('question-input'));

    const attendance = screen.getByTestId('attendance-input');
    await user.clear(attendance);
    await user.type(attendance, '~50{Enter}');
    expect((await screen.findByText('Attendance saved: about 50.')).getAttribute('role')).toBe('status');
    expect(sent.find((s) => s.url === '/api/set_attendance')?.body).toEqual({ meeting: MEETING, attendance: '~50' });
  });
});

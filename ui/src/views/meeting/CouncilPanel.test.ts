// The spokes council panel: each WG's spoke, choosing one, a consult break with its
// timer; and the council's decision form (one voice per WG, previewed by the core,
// confirmed with exactly what was previewed).
import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';

import type { Council } from '../../lib/bindings/Council';
import type { DecisionPreview } from '../../lib/bindings/DecisionPreview';
import { callsOf, coreError, fakeBackend } from '../../test/ipc';
import CouncilDecisionForm from '../proposals/CouncilDecisionForm.svelte';
import CouncilPanel from './CouncilPanel.svelte';

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

const T = '2011-11-12T19:40:00Z';

function council(over: Partial<Council> = {}): Council {
  return {
    meeting_id: 'm-5',
    format: 'spokes-council',
    format_label: 'spokes council',
    wgs: [
      { wg_id: 'w-kitchen', name: 'Kitchen', spoke: 'Ana' },
      { wg_id: 'w-medics', name: 'Medics', spoke: null },
      { wg_id: 'w-press', name: 'Press', spoke: 'Bo' },
    ],
    spokes: [
      { wg_id: 'w-kitchen', wg: 'Kitchen', person_id: 'p-ana', name: 'Ana', from: T, until: null },
      { wg_id: 'w-press', wg: 'Press', person_id: 'p-bo', name: 'Bo', from: T, until: null },
    ],
    consult_break: null,
    breaks: [],
    as_of: T,
    ...over,
  };
}

const underWay = (remaining_ms: number) => ({
  id: 'b-1',
  wg: 'Press',
  called_by: 'Bo',
  minutes: 5,
  started_at: T,
  ended_at: null,
  item_reference: 'LDN-GA-5.1',
  elapsed_ms: 300_000 - remaining_ms,
  remaining_ms,
});

describe('the council panel', () => {
  test('lists each WG with its spoke and makes a new spoke through the core', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_council: () => council(),
      list_people: () => [],
      set_spoke: (a) =>
        council({
          wgs: council().wgs.map((w) => (w.name === a.wg ? { ...w, spoke: a.name as string } : w)),
        }),
    });
    render(CouncilPanel, { meetingId: 'm-5' });
    const rows = await screen.findAllByTestId('council-wg');
    expect(rows.map((r) => [r.dataset.wg, r.dataset.spoke])).toEqual([
      ['Kitchen', 'Ana'],
      ['Medics', ''],
      ['Press', 'Bo'],
    ]);
    expect(rows[1].textContent).toContain('no spoke yet');
    // The WG without a spoke is chosen first.
    expect((screen.getByTestId('spoke-wg') as HTMLSelectElement).value).toBe('Medics');
    await user.type(screen.getByLabelText('Spoke'), 'Dee');
    await user.click(screen.getByTestId('spoke-set'));
    await waitFor(() => expect(callsOf(calls, 'set_spoke')).toHaveLength(1));
    expect(callsOf(calls, 'set_spoke')[0].args).toEqual({ meeting: 'm-5', wg: 'Medics', name: 'Dee' });
    await waitFor(() =>
      expect(screen.getAllByTestId('council-wg')[1].dataset.spoke).toBe('Dee'),
    );
    expect(screen.getByTestId('council-done').textContent).toBe('Dee speaks for Medics.');
  });

  test("shows the core's refusal as it is", async () => {
    const user = userEvent.setup();
    fakeBackend({
      get_council: () => council(),
      list_people: () => [],
      set_spoke: () => {
        throw coreError('conflict', 'Ana already speaks for Kitchen at GA 5: a spoke speaks for one working group');
      },
    });
    render(CouncilPanel, { meetingId: 'm-5' });
    await screen.findAllByTestId('council-wg');
    await user.selectOptions(screen.getByTestId('spoke-wg'), 'Press');
    await user.type(screen.getByLabelText('Spoke'), 'Ana');
    await user.click(screen.getByTestId('spoke-set'));
    expect((await screen.findByTestId('error')).textContent).toContain('a spoke speaks for one working group');
  });

  test('a spoke calls a consult break; its timer counts down from the core and it can be ended', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    let state = council();
    const calls = fakeBackend({
      get_council: () => state,
      list_people: () => [],
      call_consult_break: () => (state = council({ consult_break: underWay(180_000) })),
      end_consult_break: () =>
        (state = council({ breaks: [{ ...underWay(0), ended_at: '2011-11-12T19:45:00Z' }] })),
    });
    render(CouncilPanel, { meetingId: 'm-5' });
    await screen.findByTestId('consult-form');
    // Only spokes are offered to call it.
    const by = screen.getByTestId('consult-by') as HTMLSelectElement;
    expect(Array.from(by.options).map((o) => o.value)).toEqual(['Ana', 'Bo']);
    await user.selectOptions(by, 'Bo');
    await user.clear(screen.getByTestId('consult-minutes'));
    await user.type(screen.getByTestId('consult-minutes'), '5');
    await user.click(screen.getByTestId('consult-call'));
    await waitFor(() => expect(callsOf(calls, 'call_consult_break')).toHaveLength(1));
    expect(callsOf(calls, 'call_consult_break')[0].args).toEqual({ meeting: 'm-5', by: 'Bo', minutes: 5 });
    const brk = await screen.findByTestId('consult-break');
    expect(brk.dataset.wg).toBe('Press');
    expect(screen.getByTestId('consult-timer').textContent).toContain('3:00 left');
    await vi.advanceTimersByTimeAsync(61_000);
    expect(screen.getByTestId('consult-timer').textContent).toMatch(/1:5\d left/);
    // No second break while one is under way.
    expect(screen.queryByTestId('consult-form')).toBeNull();
    await user.click(screen.getByTestId('consult-end'));
    await waitFor(() => expect(screen.queryByTestId('consult-break')).toBeNull());
    expect(screen.getAllByTestId('consult-past')[0].textContent).toContain('Press');
  });

  test('read only: no forms', async () => {
    fakeBackend({ get_council: () => council(), list_people: () => [] });
    render(CouncilPanel, { meetingId: 'm-5', readOnly: true });
    await screen.findAllByTestId('council-wg');
    expect(screen.queryByTestId('spoke-form')).toBeNull();
    expect(screen.queryByTestId('consult-form')).toBeNull();
  });
});

describe("the council's decision form", () => {
  const preview: DecisionPreview = {
    rule: 'consensus',
    default_rule: 'modified:90',
    support: 1,
    against: 0,
    stand_asides: 1,
    blocks: 0,
    participants: 2,
    ratio: null,
    outcome: 'consensus',
    reason: 'no-blocks',
    explanation: 'consensus: no blocks',
    counted: '2 working groups: 1 for, 1 stand-aside',
    proposal_status: 'decided',
  };

  test('one voice per WG with a spoke, previewed by the core, confirmed as previewed', async () => {
    const user = userEvent.setup();
    const onrecorded = vi.fn(async () => {});
    const calls = fakeBackend({
      get_council: () => council(),
      preview_council_decision: () => preview,
      record_council_decision: () => ({ id: 'd-1' }),
    });
    render(CouncilDecisionForm, { item: 'i-1', meetingId: 'm-5', defaultRule: 'modified:90', onrecorded });
    const rows = await screen.findAllByTestId('wg-voice');
    // Only the WGs that sent a spoke have a voice.
    expect(rows.map((r) => r.dataset.wg)).toEqual(['Kitchen', 'Press']);
    await user.selectOptions(within(rows[0]).getByTestId('wg-voice-select'), 'for');
    await user.selectOptions(within(rows[1]).getByTestId('wg-voice-select'), 'stand-aside');
    await user.type(within(rows[1]).getByTestId('wg-voice-reason'), 'not consulted');
    await user.type(screen.getByTestId('council-rule'), 'consensus');
    await user.click(screen.getByTestId('council-preview-button'));
    const input = {
      rule: 'consensus',
      voices: [
        { wg: 'Kitchen', voice: 'for', reason: null },
        { wg: 'Press', voice: 'stand-aside', reason: 'not consulted' },
      ],
      quorum: null,
      stand_aside_limit: null,
    };
    await waitFor(() => expect(callsOf(calls, 'preview_council_decision')).toHaveLength(1));
    expect(callsOf(calls, 'preview_council_decision')[0].args).toEqual({ input });
    const dialog = await screen.findByTestId('decision-preview');
    expect(dialog.dataset.outcome).toBe('consensus');
    expect(within(dialog).getByTestId('preview-counts').textContent).toBe('2 working groups: 1 for, 1 stand-aside');
    await user.click(within(dialog).getByTestId('decision-confirm'));
    await waitFor(() => expect(onrecorded).toHaveBeenCalled());
    expect(callsOf(calls, 'record_council_decision')[0].args).toEqual({ item: 'i-1', input });
  });

  test("a refused preview shows the core's reason and records nothing", async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      get_council: () => council(),
      preview_council_decision: () => {
        throw coreError('invalid-input', "Press's block has no reason");
      },
    });
    render(CouncilDecisionForm, { item: 'i-1', meetingId: 'm-5', defaultRule: 'consensus', onrecorded: async () => {} });
    const rows = await screen.findAllByTestId('wg-voice');
    await user.selectOptions(within(rows[1]).getByTestId('wg-voice-select'), 'block');
    await user.click(screen.getByTestId('council-preview-button'));
    expect((await screen.findByTestId('error')).textContent).toContain("Press's block has no reason");
    expect(callsOf(calls, 'record_council_decision')).toHaveLength(0);
  });
});

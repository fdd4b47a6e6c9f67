// The minutes page with what the core added: proposals with their whole process, action
// items, the speakers' log, CSV exports of several files, and approval at a later GA.
import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { Minutes } from '../../lib/bindings/Minutes';
import type { MinutesProposal } from '../../lib/bindings/MinutesProposal';
import { dashboard, minutes } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend, type Handler } from '../../test/ipc';
import MinutesView from './MinutesView.svelte';

afterEach(() => {
  clearMocks();
});

function proposal(over: Partial<MinutesProposal> = {}): MinutesProposal {
  return {
    reference: 'LDN-P-2011-004',
    title: 'Winter tents',
    proposer: 'Sam',
    wg_name: 'Kitchen',
    text_as_submitted: 'Buy 20 winter tents.',
    outcome_by: null,
    outcome_reason: null,
    no_questions: false,
    no_concerns: false,
    questions: [
      { question: 'From which budget?', asked_by: 'Ana', answer: 'The donations fund.', answered_by: 'Sam' },
      { question: 'Who stores them?', asked_by: null, answer: null, answered_by: null },
    ],
    concerns: [
      { concern: 'Tents would block the fire lane.', raised_by: 'Jo', addressed: true, response: 'They go on the grass side.' },
      { concern: 'Too expensive.', raised_by: 'Tomás', addressed: false, response: '' },
    ],
    amendments: [
      { text: 'Buy 25 winter tents.', offered_by: 'Ana', status: 'accepted', version: 2 },
      { text: 'Buy 40 winter tents.', offered_by: 'Jo', status: 'rejected', version: null },
    ],
    temperature_checks: [{ up: 120, sideways: 20, down: 5, note: 'before the amendment' }],
    text_as_decided: 'Buy 25 winter tents.',
    decided_version: 2,
    decision: {
      rule: 'consensus',
      default_rule: 'modified:90',
      support: 150,
      against: 0,
      stand_asides: 3,
      blocks: 1,
      counted: '150 in support; 3 stand-asides; 1 block',
      quorum: 100,
      stand_aside_limit: '1/3',
      outcome: 'blocked',
      explanation: 'blocked: 1 block under consensus',
      named_stand_asides: [{ name: 'Tomás', reason: 'Prefers yurts.' }],
      named_blocks: [{ name: 'Jo', reason: 'The fire brigade has not been asked.' }],
      wg_voices: [],
      entered_by: 'facilitator',
      disputed: true,
      dispute_note: 'Jo says the block was not heard in full.',
    },
    outcome: 'blocked',
    ...over,
  };
}

/** LDN-GA-38, closed, whose third item heard a proposal (blocked) and agreed two actions. */
function closedWithProposal(over: Partial<Minutes> = {}): Minutes {
  const m = minutes({
    meeting_id: 'm-38',
    reference: 'LDN-GA-38',
    number: 38,
    meeting_status: 'closed',
    closed_at: '2011-11-11T21:00:00Z',
    ...over,
  });
  m.items[2] = {
    ...m.items[2],
    reference: 'LDN-GA-38.3',
    number: '38.3',
    kind: 'proposal',
    title: 'Winter tents',
    status: 'done',
    proposal: proposal(),
    action_items: [
      { text: 'Ask the fire brigade about the tents', who: 'Jo' },
      { text: 'Price yurts', who: null },
    ],
  };
  return m;
}

function backend(base: Minutes, extra: Record<string, Handler> = {}) {
  return fakeBackend({
    get_dashboard: () => dashboard(),
    get_minutes: () => structuredClone(base),
    ...extra,
  });
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('minutes of a proposal', () => {
  test('show the whole process: proposer, texts, questions, concerns, amendments, temperature, decision, outcome', async () => {
    backend(closedWithProposal());
    render(MinutesView, { id: 'm-38' });
    const doc = await screen.findByTestId('minutes-preview');
    const item = within(doc).getAllByTestId('minutes-item')[2];
    const p = within(item).getByTestId('minutes-proposal');

    expect(text(p.querySelector('h3')!)).toBe('Proposal LDN-P-2011-004: Winter tents');
    expect(text(within(p).getByTestId('minutes-proposal-by'))).toBe('Proposed by Sam · Working group: Kitchen');
    const submitted = within(p).getByTestId('minutes-text-submitted');
    expect(submitted.tagName).toBe('BLOCKQUOTE');
    expect(submitted.textContent).toBe('Buy 20 winter tents.');

    const questions = within(p).getAllByTestId('minutes-question').map(text);
    expect(questions[0]).toBe('From which budget? (asked by Ana) Answer by Sam: The donations fund.');
    expect(questions[1]).toBe('Who stores them? Not answered.');

    const concerns = within(p).getAllByTestId('minutes-concern');
    expect(concerns.map((c) => c.dataset.addressed)).toEqual(['true', 'false']);
    expect(text(concerns[0])).toContain('Addressed: They go on the grass side.');
    expect(text(concerns[1])).toContain('(raised by Tomás) Not addressed.');

    const amendments = within(p).getAllByTestId('minutes-amendment');
    expect(amendments.map((a) => a.dataset.status)).toEqual(['accepted', 'rejected']);
    expect(text(amendments[0])).toContain('offered by Ana — accepted by the proposer (version 2)');
    expect(amendments[0].querySelector('blockquote')!.textContent).toBe('Buy 25 winter tents.');
    expect(text(amendments[1])).toContain('offered by Jo — not accepted by the proposer');

    expect(text(within(p).getByTestId('minutes-temperature'))).toBe('Up 120 · sideways 20 · down 5 — before the amendment');

    const decision = within(p).getByTestId('minutes-decision');
    expect(text(within(decision).getByTestId('minutes-rule'))).toContain(
      "Rule: consensus — chosen for this decision; the GA's default rule is modified consensus at 90%.",
    );
    // What was counted, in the core's words (not rebuilt here from the numbers).
    expect(text(within(decision).getByTestId('minutes-counted'))).toBe('Counted: 150 in support; 3 stand-asides; 1 block');
    expect(text(within(decision).getByTestId('minutes-counts'))).toBe('Quorum 100 Stand-aside limit 1/3');
    expect(text(within(decision).getByTestId('minutes-stand-aside'))).toBe('Stand-aside: Tomás — Prefers yurts.');
    expect(text(within(decision).getByTestId('minutes-block'))).toBe('Block: Jo — The fire brigade has not been asked.');
    expect(text(decision)).toContain('Entered by the facilitator.');

    const outcome = within(p).getByTestId('minutes-outcome');
    expect(outcome.dataset.outcome).toBe('blocked');
    expect(text(outcome)).toBe('Outcome: Blocked blocked: 1 block under consensus');
    expect(text(within(p).getByTestId('minutes-disputed'))).toBe('Disputed. Jo says the block was not heard in full.');
    expect(within(p).getByTestId('minutes-text-decided').textContent).toBe('Buy 25 winter tents.');
    expect(text(p)).toContain('Text as decided (version 2)');

    // Action items of the item.
    expect(within(item).getAllByTestId('minutes-action').map(text)).toEqual([
      'Ask the fire brigade about the tents — who: Jo',
      'Price yurts',
    ]);
    // Items without a proposal have no proposal section.
    expect(within(within(doc).getAllByTestId('minutes-item')[0]).queryByTestId('minutes-proposal')).toBeNull();
  });

  test('a proposal still in process, and one decided under the default rule, say only what is known', async () => {
    const m = closedWithProposal();
    m.items[2].proposal = proposal({
      questions: [],
      concerns: [],
      amendments: [],
      temperature_checks: [],
      text_as_decided: null,
      decided_version: null,
      decision: null,
      outcome: 'tabled',
      outcome_by: 'the proposers',
      outcome_reason: 'after 9 blocks, to come back with a teach-in',
      wg_name: null,
    });
    m.items[0].proposal = proposal({
      decision: { ...proposal().decision!, default_rule: null, rule: 'modified:90', outcome: 'passed', disputed: false },
      outcome: 'passed',
    });
    backend(m);
    render(MinutesView, { id: 'm-38' });
    const doc = await screen.findByTestId('minutes-preview');
    const [first, third] = within(doc).getAllByTestId('minutes-proposal');

    expect(text(within(third).getByTestId('minutes-proposal-by'))).toBe('Proposed by Sam');
    // A manual outcome says who and why: for a reader of the minutes the reason is the decision.
    expect(text(within(third).getByTestId('minutes-outcome'))).toBe(
      'Outcome: Tabled By the proposers: after 9 blocks, to come back with a teach-in',
    );
    for (const id of ['minutes-questions', 'minutes-concerns', 'minutes-amendments', 'minutes-temperature', 'minutes-decision', 'minutes-text-decided', 'minutes-disputed']) {
      expect(within(third).queryByTestId(id), id).toBeNull();
    }
    expect(text(within(first).getByTestId('minutes-rule'))).toBe('Rule: modified consensus at 90%.');
    expect(text(within(first).getByTestId('minutes-outcome'))).toContain('Outcome: Passed');
    expect(within(first).queryByTestId('minutes-disputed')).toBeNull();
  });

  test('a step passed over with nothing raised is said, as a paper minute would; an empty step not passed over is not', async () => {
    const m = closedWithProposal();
    // Both steps passed over saying none was raised.
    m.items[2].proposal = proposal({ questions: [], concerns: [], amendments: [], no_questions: true, no_concerns: true });
    // Only the questions passed over; concerns recorded.
    m.items[0].proposal = proposal({ questions: [], amendments: [], no_questions: true });
    // Nothing recorded and nothing passed over (decided straight away): nothing said.
    m.items[1].proposal = proposal({ questions: [], concerns: [], amendments: [] });
    backend(m);
    render(MinutesView, { id: 'm-38' });
    const doc = await screen.findByTestId('minutes-preview');
    const [first, second, third] = within(doc).getAllByTestId('minutes-proposal');
    const said = (p: HTMLElement) => within(p).queryAllByTestId('minutes-none-raised').map((el) => [el.dataset.step, text(el)]);

    expect(said(third)).toEqual([
      ['clarifying-questions', 'No clarifying questions were asked.'],
      ['concerns', 'No concerns were raised.'],
      ['amendments', 'No friendly amendments were offered.'],
    ]);
    expect(said(first)).toEqual([['clarifying-questions', 'No clarifying questions were asked.']]);
    expect(within(first).getAllByTestId('minutes-concern')).toHaveLength(2);
    expect(said(second)).toEqual([]);
  });

  test('hostile text in proposal fields is shown as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const m = closedWithProposal();
    const d = proposal().decision!;
    m.items[2].proposal = proposal({
      title: evil,
      proposer: '<b>Sam</b>',
      wg_name: '<i>Kitchen</i>',
      text_as_submitted: `${evil}\n<script>alert(2)</script>`,
      questions: [{ question: evil, asked_by: '<u>Ana</u>', answer: '<a href="x">answer</a>', answered_by: evil }],
      concerns: [{ concern: '<svg onload=alert(3)>', raised_by: evil, addressed: true, response: evil }],
      amendments: [{ text: '<iframe src="x"></iframe>', offered_by: evil, status: 'pending', version: null }],
      temperature_checks: [{ up: 1, sideways: 2, down: 3, note: evil }],
      text_as_decided: '<object data="x"></object>',
      decision: {
        ...d,
        explanation: evil,
        dispute_note: evil,
        named_blocks: [{ name: '<em>Jo</em>', reason: '<img src=y onerror=alert(4)>' }],
        named_stand_asides: [{ name: evil, reason: null }],
      },
    });
    m.items[2].action_items = [{ text: '<button>do</button>', who: '<img src=z>' }];
    backend(m);
    const { container } = render(MinutesView, { id: 'm-38' });
    const p = await screen.findByTestId('minutes-proposal');

    expect(p.querySelector('h3')!.textContent).toContain(evil);
    expect(within(p).getByTestId('minutes-text-submitted').textContent).toBe(`${evil}\n<script>alert(2)</script>`);
    expect(text(within(p).getByTestId('minutes-block'))).toBe('Block: <em>Jo</em> — <img src=y onerror=alert(4)>');
    expect(within(p).getByTestId('minutes-text-decided').textContent).toBe('<object data="x"></object>');
    expect(text(within(p).getByTestId('minutes-outcome'))).toContain(evil);
    expect(p.textContent).toContain('<iframe src="x"></iframe>');
    expect(p.textContent).toContain('<svg onload=alert(3)>');
    expect(p.textContent).toContain('<a href="x">answer</a>');
    expect(text(screen.getByTestId('minutes-action'))).toBe('<button>do</button> — who: <img src=z>');
    const doc = screen.getByTestId('minutes-preview');
    expect(doc.querySelector('img, iframe, script, b, i, u, a, svg, em, object, button')).toBeNull();
    expect(container.querySelector('img, iframe, script, svg, object')).toBeNull();
  });
});

describe("speakers' log", () => {
  test('"Include speakers\' log" asks again with speakers=true, shows the log, and the export passes it', async () => {
    const user = userEvent.setup();
    const calls = backend(closedWithProposal(), {
      get_minutes: (args) => {
        const m = closedWithProposal({ with_speakers: args.speakers === true });
        if (args.speakers) {
          m.items[2].speakers = [
            { name: 'Ana', kind: 'point of process', started_at: '2011-11-11T19:30:00Z', ended_at: '2011-11-11T19:31:05Z', seconds: 65, overrun_seconds: 5 },
            { name: 'Jo', kind: 'to speak', started_at: '2011-11-11T19:32:00Z', ended_at: null, seconds: 42, overrun_seconds: null },
          ];
        }
        return m;
      },
      export_minutes: () => ['/tmp/LDN-GA-38-minutes.md'],
    });
    render(MinutesView, { id: 'm-38' });
    const doc = await screen.findByTestId('minutes-preview');
    expect(callsOf(calls, 'get_minutes')[0].args).toEqual({ meeting: 'm-38', redact: false, speakers: false, equity: false });
    expect(within(doc).queryByTestId('minutes-speakers')).toBeNull();

    const box = screen.getByRole('checkbox', { name: "Include speakers' log" });
    await user.click(box);
    await waitFor(() => expect(callsOf(calls, 'get_minutes')).toHaveLength(2));
    expect(callsOf(calls, 'get_minutes')[1].args).toEqual({ meeting: 'm-38', redact: false, speakers: true, equity: false });
    const speeches = await within(doc).findAllByTestId('minutes-speech');
    expect(text(speeches[0])).toMatch(/^Ana — point of process, [^,]+, 1 min 05 s \(over the limit by 5 s\)$/);
    expect(text(speeches[1])).toMatch(/^Jo — to speak, [^,]+, 42 s$/);

    await user.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    await waitFor(() => expect(callsOf(calls, 'export_minutes')).toHaveLength(1));
    expect(callsOf(calls, 'export_minutes')[0].args).toEqual({ meeting: 'm-38', format: 'md', redact: false, speakers: true, equity: false });

    // Unticked: asked again without it, and the log is gone.
    await user.click(box);
    await waitFor(() => expect(callsOf(calls, 'get_minutes')).toHaveLength(3));
    expect(callsOf(calls, 'get_minutes')[2].args).toEqual({ meeting: 'm-38', redact: false, speakers: false, equity: false });
    await waitFor(() => expect(within(doc).queryByTestId('minutes-speakers')).toBeNull());
  });
});

describe('airtime equity', () => {
  test('"Include airtime equity" asks again with equity=true, shows the core\'s figures, and the export passes it', async () => {
    const user = userEvent.setup();
    const calls = backend(closedWithProposal(), {
      get_minutes: (args) =>
        closedWithProposal({
          equity: args.equity
            ? {
                gini: 0.42,
                counted: 180,
                present_note: '180 present',
                speakers: 2,
                speeches: 3,
                spoken_ms: 185_000,
                first_time_speakers: 1,
                lists: [{ list: 'women', people: 1, people_share: 0.5, spoken_ms: 65_000, time_share: 0.35 }],
                people: [{ name: 'Ana', speeches: 2, spoken_ms: 120_000, share: 0.65 }],
              }
            : null,
        }),
      export_minutes: () => ['/tmp/LDN-GA-38-minutes.md'],
    });
    render(MinutesView, { id: 'm-38' });
    const doc = await screen.findByTestId('minutes-preview');
    expect(within(doc).queryByTestId('minutes-equity')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Include airtime equity' }));
    await waitFor(() => expect(callsOf(calls, 'get_minutes')).toHaveLength(2));
    expect(callsOf(calls, 'get_minutes')[1].args).toEqual({ meeting: 'm-38', redact: false, speakers: false, equity: true });
    const section = await within(doc).findByTestId('minutes-equity');
    expect(text(section)).toContain('Gini of speaking time: 0.42 (0 = everyone spoke equally), over 180 people (180 present)');
    expect(text(section)).toContain('women list: 35% of the time, 50% of the people (1)');
    expect(text(section)).toContain('Ana: 65% (2 speeches, 2 min 00 s)');
    await user.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    await waitFor(() => expect(callsOf(calls, 'export_minutes')).toHaveLength(1));
    expect(callsOf(calls, 'export_minutes')[0].args).toEqual({ meeting: 'm-38', format: 'md', redact: false, speakers: false, equity: true });
  });
});

describe('export', () => {
  test('a CSV export lists every file written', async () => {
    const user = userEvent.setup();
    const files = ['/home/jo/LDN-GA-38.csv', '/home/jo/LDN-GA-38-speakers.csv', '/home/jo/LDN-GA-38-agenda.csv'];
    const calls = backend(closedWithProposal(), { export_minutes: () => files });
    render(MinutesView, { id: 'm-38' });
    await screen.findByTestId('minutes-preview');
    await user.click(screen.getByRole('button', { name: 'Export as CSV' }));
    await waitFor(() => expect(screen.getAllByTestId('minutes-saved-file')).toHaveLength(3));
    expect(callsOf(calls, 'export_minutes')[0].args).toEqual({ meeting: 'm-38', format: 'csv', redact: false, speakers: false, equity: false });
    expect(screen.getAllByTestId('minutes-saved-file').map((f) => f.textContent)).toEqual(files);
    expect(text(screen.getByTestId('minutes-saved-path'))).toMatch(/^Saved to 3 files:/);
  });
});

describe('approval', () => {
  const approvedAt = (ref = 'LDN-GA-39') =>
    ({ status: 'approved', at: '2011-11-12T20:05:00Z', in_meeting: 'm-39', in_reference: ref }) as const;

  test('the status of the minutes is in the document: draft, or approved at a later GA', async () => {
    backend(closedWithProposal({ status: approvedAt() }));
    render(MinutesView, { id: 'm-38' });
    const status = await screen.findByTestId('minutes-status');
    expect(status.dataset.status).toBe('approved');
    expect(text(status)).toMatch(/^Minutes: Approved at LDN-GA-39 on .*2011/);
    // Already approved: nothing to approve.
    expect(screen.queryByTestId('approve-minutes')).toBeNull();
  });

  test('"Approve these minutes" sends the meeting and the open GA chosen, and shows the new status', async () => {
    const user = userEvent.setup();
    const calls = backend(closedWithProposal(), { approve_minutes: () => approvedAt() });
    render(MinutesView, { id: 'm-38' });
    const status = await screen.findByTestId('minutes-status');
    expect(status.dataset.status).toBe('draft');
    expect(text(status)).toBe('Minutes: Draft (not yet approved)');

    const select = await screen.findByRole('combobox', { name: 'Approved by' });
    // Only the open meetings of the dashboard (m-39; m-40 is planned, m-38 is this one).
    expect([...select.querySelectorAll('option')].map((o) => o.value)).toEqual(['m-39']);
    await user.click(screen.getByRole('button', { name: 'Approve these minutes' }));

    await waitFor(() => expect(callsOf(calls, 'approve_minutes')).toHaveLength(1));
    expect(callsOf(calls, 'approve_minutes')[0].args).toEqual({ meeting: 'm-38', at: 'm-39' });
    await waitFor(() => expect(screen.getByTestId('minutes-status').dataset.status).toBe('approved'));
    expect(text(screen.getByTestId('minutes-status'))).toContain('Approved at LDN-GA-39');
    expect(screen.getByTestId('approve-result').textContent).toBe('The minutes of LDN-GA-38 are approved at LDN-GA-39.');
    expect(screen.queryByRole('button', { name: 'Approve these minutes' })).toBeNull();
  });

  test("the core's refusal is shown, and the minutes stay a draft", async () => {
    const user = userEvent.setup();
    backend(closedWithProposal(), {
      approve_minutes: () => {
        throw coreError('not-allowed', 'LDN-GA-39 cannot approve the minutes of LDN-GA-38: only a later GA can');
      },
    });
    render(MinutesView, { id: 'm-38' });
    await user.click(await screen.findByRole('button', { name: 'Approve these minutes' }));
    const form = screen.getByTestId('approve-minutes');
    expect((await within(form).findByRole('alert')).textContent).toContain('only a later GA can');
    expect(screen.getByTestId('minutes-status').dataset.status).toBe('draft');
  });

  test('with no GA open the control says so; an open meeting has no approval control', async () => {
    backend(closedWithProposal(), {
      get_dashboard: () => {
        const d = dashboard();
        d.upcoming = d.upcoming.filter((m) => m.status !== 'open');
        return d;
      },
    });
    const { unmount } = render(MinutesView, { id: 'm-38' });
    expect((await screen.findByTestId('approve-none')).textContent).toContain('No GA is open');
    expect(screen.queryByRole('button', { name: 'Approve these minutes' })).toBeNull();
    unmount();
    clearMocks();

    backend(minutes());
    render(MinutesView, { id: 'm-39' });
    await screen.findByTestId('minutes-preview');
    expect(screen.queryByTestId('approve-minutes')).toBeNull();
  });
});

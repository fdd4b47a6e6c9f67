// The proposal wrappers of src/lib/api.ts pass the exact command and argument names of
// src-tauri/src/commands/proposal.rs.
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, expect, test } from 'vitest';

import * as api from '../../lib/api';
import { callsOf, fakeBackend } from '../../test/ipc';

afterEach(() => clearMocks());

test('proposal wrappers: command and argument names', async () => {
  const cmds = [
    'get_proposal', 'new_proposal', 'submit_proposal', 'amend_proposal', 'decide_amendment', 'diff_versions',
    'get_hearing', 'advance_step', 'add_question', 'answer_question', 'add_concern', 'address_concern',
    'record_temperature', 'preview_decision', 'record_decision', 'set_disputed', 'withdraw_proposal',
    'send_back_proposal', 'table_proposal',
  ];
  const calls = fakeBackend(Object.fromEntries(cmds.map((c) => [c, () => c])));
  const np = { title: 'T', text: 'x', wg: null, by: 'Jo' };
  const am = { text: 'y', by: 'Jo', item: 'i', accepted: null };
  const q = { question: '?', by: null };
  const a = { answer: '!', by: null };
  const c = { concern: 'c', by: 'Sam' };
  const t = { up: 3, sideways: 2, down: 1, note: '' };
  const d = { rule: null, support: 9, against: 1, stand_asides: null, named_stand_asides: [], blocks: null, named_blocks: [], quorum: null, stand_aside_limit: null };

  await api.getProposal('p');
  await api.newProposal(np, true);
  await api.submitProposal('p');
  await api.amendProposal('p', am);
  await api.decideAmendment('am', true);
  await api.diffVersions('p', 1, 2);
  await api.getHearing('i');
  await api.advanceStep('i', 'concerns');
  await api.addQuestion('i', q);
  await api.answerQuestion('q', a);
  await api.addConcern('i', c);
  await api.addressConcern('c', true, 'done');
  await api.recordTemperature('i', t);
  await api.previewDecision(d);
  await api.recordDecision('i', d);
  await api.setDisputed('d', true, 'why');
  const why = { reason: 'n', by: null };
  const by = { reason: 'after 9 blocks', by: 'the proposers' };
  await api.withdrawProposal('p', 'i', why);
  await api.sendBackProposal('p', null, why);
  await api.tableProposal('p', 'i', by);

  const args = (cmd: string) => callsOf(calls, cmd)[0].args;
  expect(calls.map((x) => x.cmd)).toEqual(cmds);
  expect(args('get_proposal')).toEqual({ proposal: 'p' });
  expect(args('new_proposal')).toEqual({ input: np, draft: true });
  expect(args('submit_proposal')).toEqual({ proposal: 'p' });
  expect(args('amend_proposal')).toEqual({ proposal: 'p', input: am });
  expect(args('decide_amendment')).toEqual({ amendment: 'am', accepted: true });
  expect(args('diff_versions')).toEqual({ proposal: 'p', from: 1, to: 2 });
  expect(args('get_hearing')).toEqual({ item: 'i' });
  expect(args('advance_step')).toEqual({ item: 'i', to: 'concerns', none: false });
  expect(args('add_question')).toEqual({ item: 'i', input: q });
  expect(args('answer_question')).toEqual({ question: 'q', input: a });
  expect(args('add_concern')).toEqual({ item: 'i', input: c });
  expect(args('address_concern')).toEqual({ concern: 'c', addressed: true, response: 'done' });
  expect(args('record_temperature')).toEqual({ item: 'i', input: t });
  expect(args('preview_decision')).toEqual({ input: d });
  expect(args('record_decision')).toEqual({ item: 'i', input: d });
  expect(args('set_disputed')).toEqual({ decision: 'd', disputed: true, note: 'why' });
  expect(args('withdraw_proposal')).toEqual({ proposal: 'p', item: 'i', input: why });
  expect(args('send_back_proposal')).toEqual({ proposal: 'p', item: null, input: why });
  expect(args('table_proposal')).toEqual({ proposal: 'p', item: 'i', input: by });
});

test('correction wrappers: command and argument names', async () => {
  const calls = fakeBackend({ correct_decision: () => 1, correct_amendment: () => 2 });
  const d = { rule: null, support: 47, against: 5, stand_asides: null, named_stand_asides: [], blocks: 1, named_blocks: [], quorum: null, stand_aside_limit: null };
  await api.correctDecision('d', d);
  await api.correctAmendment('am', false);
  expect(calls.map((x) => [x.cmd, x.args])).toEqual([
    ['correct_decision', { decision: 'd', input: d }],
    ['correct_amendment', { amendment: 'am', accepted: false }],
  ]);
});

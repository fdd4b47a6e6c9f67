import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, test } from 'vitest';

import { callsOf, coreError, fakeBackend } from '../test/ipc';
import * as api from './api';
import { chooseLang } from './i18n.svelte';

afterEach(() => {
  clearMocks();
});

describe('api wrappers', () => {
  test('pass the exact command and argument names of the Rust side', async () => {
    const calls = fakeBackend(
      Object.fromEntries(
        [
          'get_dashboard', 'list_people', 'add_wg', 'set_wg_status', 'get_wg_history', 'new_meeting', 'get_meeting',
          'set_meeting_start', 'open_meeting', 'close_meeting', 'set_attendance', 'assign_role', 'unassign_role', 'add_agenda_item',
          'move_agenda_item', 'remove_agenda_item', 'get_report_back', 'record_report_back',
          'init_assembly', 'start_item', 'finish_item', 'table_item', 'set_item_notes', 'get_agenda_candidates',
          'add_order_of_business', 'get_minutes', 'export_minutes', 'get_storage', 'open_demo',
        ].map((cmd) => [cmd, () => cmd]),
      ),
    );
    const wgInput = { name: 'N', category: 'operational', status: null, description: '', contact: '', schedule: '' };
    const meetingInput = { date: '2011-11-12', place: 'P', policy: null, number: null, starts_at: '18:30', format: null };
    const itemInput = { meeting: 'm', kind: 'other', title: 'T', allotted_minutes: null, wg: null, proposal: null };
    const rb = { presenter: null, summary: 's', asks: 'a', announcements: 'n' };

    await expect(api.getDashboard()).resolves.toBe('get_dashboard');
    await expect(api.listPeople('Sa')).resolves.toBe('list_people');
    await expect(api.getStorage()).resolves.toBe('get_storage');
    await expect(api.openDemo()).resolves.toBe('open_demo');
    await expect(api.addWg(wgInput)).resolves.toBe('add_wg');
    await expect(api.setWgStatus('w', 'dormant', 'note')).resolves.toBe('set_wg_status');
    await expect(api.getWgHistory('w')).resolves.toBe('get_wg_history');
    await expect(api.newMeeting(meetingInput)).resolves.toBe('new_meeting');
    await expect(api.getMeeting('m')).resolves.toBe('get_meeting');
    await expect(api.openMeeting('m')).resolves.toBe('open_meeting');
    await expect(api.closeMeeting('m')).resolves.toBe('close_meeting');
    await expect(api.setAttendance('m', '12')).resolves.toBe('set_attendance');
    await expect(api.setMeetingStart('m', '18:30')).resolves.toBe('set_meeting_start');
    await expect(api.assignRole('m', 'timekeeper', 'Jo')).resolves.toBe('assign_role');
    await expect(api.unassignRole('m', 'timekeeper', 'p')).resolves.toBe('unassign_role');
    await expect(api.addAgendaItem(itemInput)).resolves.toBe('add_agenda_item');
    await expect(api.moveAgendaItem('i', 3)).resolves.toBe('move_agenda_item');
    await expect(api.removeAgendaItem('i')).resolves.toBe('remove_agenda_item');
    await expect(api.getReportBack('i')).resolves.toBe('get_report_back');
    await expect(api.recordReportBack('i', rb)).resolves.toBe('record_report_back');
    await expect(api.initAssembly('Occupy London', 'LDN', 'modified:90')).resolves.toBe('init_assembly');
    await expect(api.startItem('i')).resolves.toBe('start_item');
    await expect(api.finishItem('i')).resolves.toBe('finish_item');
    await expect(api.tableItem('i')).resolves.toBe('table_item');
    await expect(api.setItemNotes('i', 'noted')).resolves.toBe('set_item_notes');
    await expect(api.getAgendaCandidates()).resolves.toBe('get_agenda_candidates');
    await expect(api.addOrderOfBusiness('m', { report_backs: ['w1', 'w2'], proposals: ['p'] })).resolves.toBe(
      'add_order_of_business',
    );
    await expect(api.getMinutes('m', true)).resolves.toBe('get_minutes');
    await expect(api.exportMinutes('m', 'html', false)).resolves.toBe('export_minutes');

    const args = (cmd: string) => callsOf(calls, cmd)[0].args;
    expect(args('list_people')).toEqual({ prefix: 'Sa' });
    expect(args('add_wg')).toEqual({ input: wgInput });
    expect(args('set_wg_status')).toEqual({ wg: 'w', status: 'dormant', note: 'note', on: null });
    expect(args('get_wg_history')).toEqual({ wg: 'w' });
    expect(args('new_meeting')).toEqual({ input: meetingInput });
    expect(args('get_meeting')).toEqual({ meeting: 'm' });
    expect(args('open_meeting')).toEqual({ meeting: 'm' });
    expect(args('close_meeting')).toEqual({ meeting: 'm' });
    expect(args('set_attendance')).toEqual({ meeting: 'm', attendance: '12' });
    expect(args('set_meeting_start')).toEqual({ meeting: 'm', startsAt: '18:30' });
    expect(args('assign_role')).toEqual({ meeting: 'm', role: 'timekeeper', name: 'Jo' });
    expect(args('unassign_role')).toEqual({ meeting: 'm', role: 'timekeeper', person: 'p' });
    expect(args('add_agenda_item')).toEqual({ input: itemInput });
    expect(args('move_agenda_item')).toEqual({ item: 'i', position: 3 });
    expect(args('remove_agenda_item')).toEqual({ item: 'i' });
    expect(args('get_report_back')).toEqual({ item: 'i' });
    expect(args('record_report_back')).toEqual({ item: 'i', input: rb });
    expect(args('init_assembly')).toEqual({ name: 'Occupy London', code: 'LDN', rule: 'modified:90', lang: 'en' });
    expect(args('start_item')).toEqual({ item: 'i' });
    expect(args('finish_item')).toEqual({ item: 'i' });
    expect(args('table_item')).toEqual({ item: 'i', reason: null });
    expect(args('set_item_notes')).toEqual({ item: 'i', notes: 'noted' });
    expect(args('add_order_of_business')).toEqual({ meeting: 'm', plan: { report_backs: ['w1', 'w2'], proposals: ['p'] } });
    expect(args('get_minutes')).toEqual({ meeting: 'm', redact: true });
    expect(args('export_minutes')).toEqual({ meeting: 'm', format: 'html', redact: false });
    expect(calls.map((c) => c.cmd)).toHaveLength(29);
  });

  test('a failed command rejects with the core error, and errorMessage gives its message', async () => {
    fakeBackend({
      get_meeting: () => {
        throw coreError('not-found', 'no meeting LDN-GA-99');
      },
    });
    const failure = api.getMeeting('LDN-GA-99');
    await expect(failure).rejects.toEqual({ kind: 'not-found', message: 'no meeting LDN-GA-99' });
    const e = await failure.catch((err: unknown) => err);
    expect(api.isCommandError(e)).toBe(true);
    expect(api.errorMessage(e)).toBe('no meeting LDN-GA-99');
  });

  test('errorMessage never loses a failure, whatever its shape', () => {
    expect(api.errorMessage('Command get_meeting not allowed by ACL')).toBe('Command get_meeting not allowed by ACL');
    expect(api.errorMessage(new Error('boom'))).toBe('boom');
    expect(api.errorMessage({ message: 'no kind' })).toBe('no kind');
    expect(api.errorMessage(undefined)).toBe('Something went wrong: undefined');
    expect(api.isCommandError({ kind: 'io' })).toBe(false);
  });

  test('a core error is shown in the app\'s language from its code, its English kept as the fallback', async () => {
    fakeBackend({
      add_wg: () => {
        throw {
          kind: 'conflict',
          code: 'error-wg-name-taken',
          args: { name: 'Cocina' },
          message: 'there is already a working group called "Cocina"',
        };
      },
    });
    const wgInput = { name: 'Cocina', category: 'operational', status: null, description: '', contact: '', schedule: '' };
    const e = await api.addWg(wgInput).catch((err: unknown) => err);
    try {
      chooseLang('es');
      expect(api.errorMessage(e)).toBe('ya hay una comisión que se llama «Cocina»');
      chooseLang('en');
      expect(api.errorMessage(e)).toBe('there is already a working group called "Cocina"');
      // A number is written as the core writes it (a GA's number, a year: no grouping).
      const elsewhere = { kind: 'invalid-input', code: 'error-policy-item-elsewhere', args: { number: 1234 }, message: '' };
      expect(api.errorMessage(elsewhere)).toBe("that agenda item is not on GA 1234's agenda");
      // Words inside the message (a field's name) come as a code of their own, worded in
      // the app's language too.
      const empty = {
        kind: 'invalid-input',
        code: 'error-field-empty',
        args: { field: { code: 'error-field-title', args: {}, message: 'title' } },
        message: 'title is empty',
      };
      expect(api.errorMessage(empty)).toBe('title is empty');
      chooseLang('de');
      expect(api.errorMessage(empty)).toBe('der Titel ist leer');
      // A code the catalogue lacks (a newer core), or none: the English message.
      chooseLang('es');
      expect(api.errorMessage({ kind: 'conflict', code: 'error-from-the-future', args: {}, message: 'later words' })).toBe(
        'later words',
      );
      expect(api.errorMessage({ kind: 'invalid-input', code: null, args: {}, message: 'name is empty' })).toBe(
        'name is empty',
      );
      // A bundle's refusal: the reader's reason is a message inside the refusal, worded in
      // the same language.
      const refused = {
        kind: 'bundle',
        code: 'error-bundle-not-imported',
        args: {
          file: 'riv.plenary',
          why: { code: 'error-bundle-entry-changed', args: { entry: 'records/meetings.jsonl' }, message: '…' },
        },
        message: 'riv.plenary was not imported: …',
      };
      expect(api.errorMessage(refused)).toBe(
        'riv.plenary no se ha importado: la entrada records/meetings.jsonl no coincide con su SHA-256 del manifiesto: se cambió o se dañó después de hacer el paquete',
      );
      chooseLang('en');
      expect(api.errorMessage(refused)).toBe(
        'riv.plenary was not imported: entry records/meetings.jsonl does not match its SHA-256 in the manifest: it was changed or damaged after the bundle was made',
      );
    } finally {
      chooseLang(null);
    }
  });
});

test('write-up times: open, close, take up and finish pass the typed HH:MM as `at`', async () => {
  const calls = fakeBackend({ open_meeting: () => 1, close_meeting: () => 2, start_item: () => 3, finish_item: () => 4 });
  await api.openMeeting('m', '19:05');
  await api.closeMeeting('m', '21:00');
  await api.startItem('i', '19:40');
  await api.finishItem('i', '20:05');
  await api.openMeeting('m');
  expect(calls.map((x) => [x.cmd, x.args])).toEqual([
    ['open_meeting', { meeting: 'm', at: '19:05' }],
    ['close_meeting', { meeting: 'm', at: '21:00' }],
    ['start_item', { item: 'i', at: '19:40' }],
    ['finish_item', { item: 'i', at: '20:05' }],
    ['open_meeting', { meeting: 'm' }],
  ]);
});

import { clearMocks } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';

import type { ExportSummary } from '../../lib/bindings/ExportSummary';
import type { KnownAssembly } from '../../lib/bindings/KnownAssembly';
import { meetings } from '../../test/fixtures';
import { callsOf, coreError, fakeBackend, pagedHandler, type Handler } from '../../test/ipc';
import ExportPanel from './ExportPanel.svelte';

afterEach(() => {
  clearMocks();
});

function summary(over: Partial<ExportSummary> = {}): ExportSummary {
  return {
    file_name: 'LDN-2011-11-26.plenary',
    scope: { kind: 'all' },
    tables: [
      { table: 'people', record: 'person', records: 14 },
      { table: 'working_groups', record: 'working group', records: 4 },
      { table: 'report_backs', record: 'report-back', records: 0 },
    ],
    records: 18,
    deletions: 0,
    minutes: 3,
    size: 9300,
    sha256: 'ab'.repeat(32),
    sealed_for: [],
    ...over,
  };
}

function known(id: string, name: string, code: string, key: boolean, is_local = false): KnownAssembly {
  return {
    id,
    name,
    code,
    is_local,
    default_rule: 'consensus',
    public_key: key ? '12'.repeat(32) : null,
    fingerprint: key ? `${code}00 1111 2222 3333` : null,
    first_import: null,
    last_import: null,
    bundles: 0,
  };
}

async function open(handlers: Record<string, Handler> = {}, assemblies: KnownAssembly[] = []) {
  const user = userEvent.setup();
  const calls = fakeBackend({
    page_meetings: pagedHandler(() => meetings),
    export_bundle: () => summary(),
    ...handlers,
  });
  render(ExportPanel, { props: { assemblies } });
  await user.click(screen.getByRole('button', { name: 'Export a bundle…' }));
  await screen.findByTestId('export-form');
  return { user, calls };
}

describe('exporting a bundle', () => {
  test('the whole assembly: no meetings, no date; then what was written', async () => {
    const { user, calls } = await open();
    expect(screen.getByRole('radio', { name: 'The whole assembly' })).toHaveProperty('checked', true);
    // The focus goes to the first choice.
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'The whole assembly' }));

    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(callsOf(calls, 'export_bundle')).toHaveLength(1));
    expect(callsOf(calls, 'export_bundle')[0].args).toEqual({ options: { meetings: [], since: null, seal_to: [] } });

    const result = await screen.findByTestId('export-result');
    expect(within(result).getByTestId('export-file').textContent).toBe('LDN-2011-11-26.plenary');
    expect(within(result).getByTestId('export-scope-done').textContent).toBe('The whole assembly');
    expect(within(result).getByTestId('export-records').textContent).toBe('18 records');
    expect(result.textContent).toContain('minutes of 3 meetings');
    // Tables with nothing in them are left out.
    expect(within(result).getAllByTestId('export-table').map((t) => [t.dataset.table, t.dataset.records])).toEqual([
      ['people', '14'],
      ['working_groups', '4'],
    ]);
    expect(within(result).getByTestId('export-sha256').textContent).toBe('ab'.repeat(32));
  });

  test('chosen meetings: the ticked meeting ids, no date', async () => {
    const { user, calls } = await open({
      export_bundle: (args) => {
        const o = args.options as { meetings: string[] };
        return summary({ scope: { kind: 'meetings', meetings: o.meetings } });
      },
    });
    await user.click(screen.getByRole('radio', { name: /Chosen meetings/ }));
    const boxes = await screen.findAllByTestId('export-meeting');
    expect(boxes.map((b) => b.dataset.meetingId)).toEqual(['m-40', 'm-39', 'm-38']);
    // Nothing ticked yet: nothing to export.
    expect(screen.getByRole('button', { name: 'Export…' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('checkbox', { name: /LDN-GA-38/ }));
    await user.click(screen.getByRole('checkbox', { name: /LDN-GA-40/ }));
    await user.click(screen.getByRole('button', { name: 'Export…' }));

    await waitFor(() => expect(callsOf(calls, 'export_bundle')).toHaveLength(1));
    const options = callsOf(calls, 'export_bundle')[0].args.options as { meetings: string[]; since: string | null };
    expect(options.since).toBeNull();
    expect([...options.meetings].sort()).toEqual(['m-38', 'm-40']);
    // The meetings are named by their reference in the result.
    expect((await screen.findByTestId('export-scope-done')).textContent).toMatch(/Meetings LDN-GA-(40, LDN-GA-38|38, LDN-GA-40)/);
  });

  test('since a date: that day, no meetings', async () => {
    const { user, calls } = await open({
      export_bundle: () => summary({ scope: { kind: 'since', since: '2011-11-05' } }),
    });
    await user.click(screen.getByRole('radio', { name: 'Everything changed since a date' }));
    expect(screen.getByRole('button', { name: 'Export…' })).toHaveProperty('disabled', true);
    await user.type(screen.getByLabelText('Changed on or after (UTC)'), '2011-11-05');
    await user.click(screen.getByRole('button', { name: 'Export…' }));

    await waitFor(() => expect(callsOf(calls, 'export_bundle')).toHaveLength(1));
    expect(callsOf(calls, 'export_bundle')[0].args).toEqual({ options: { meetings: [], since: '2011-11-05', seal_to: [] } });
    expect((await screen.findByTestId('export-scope-done')).textContent).toContain('Everything changed since');
  });

  test('sealed for chosen assemblies: only those whose key is known here are offered', async () => {
    const brs = known('a-brs', 'Occupy Bristol', 'BRS', true);
    const { user, calls } = await open(
      {
        export_bundle: (args) => {
          const o = args.options as { seal_to: string[] };
          if (o.seal_to.length === 0) return summary();
          return summary({
            sealed_for: [{ id: 'a-brs', name: brs.name, code: 'BRS', public_key: '12'.repeat(32), fingerprint: 'BRS0 1111' }],
          });
        },
      },
      [known('a-ldn', 'Occupy London', 'LDN', true, true), brs, known('a-nyc', 'Occupy Wall Street', 'NYC', false)],
    );
    await user.click(screen.getByRole('checkbox', { name: /Seal for…/ }));
    const offered = await screen.findAllByTestId('export-recipient');
    // No key known for NYC: it cannot be sealed for.
    expect(offered.map((b) => b.dataset.assemblyId)).toEqual(['a-ldn', 'a-brs']);
    expect(screen.getByTestId('export-recipients').textContent).toContain('(this assembly)');
    // Sealing, nobody chosen: nothing to export.
    expect(screen.getByRole('button', { name: 'Export…' })).toHaveProperty('disabled', true);
    expect(screen.getByText('Choose who can open it.')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: /Occupy Bristol/ }));
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(callsOf(calls, 'export_bundle')).toHaveLength(1));
    expect(callsOf(calls, 'export_bundle')[0].args).toEqual({ options: { meetings: [], since: null, seal_to: ['a-brs'] } });
    expect((await screen.findByTestId('export-sealed')).textContent).toBe('Sealed for Occupy Bristol (BRS): only they can open it.');

    // Unticking "Seal for…" sends a plain bundle again.
    await user.click(screen.getByRole('checkbox', { name: /Seal for…/ }));
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(callsOf(calls, 'export_bundle')).toHaveLength(2));
    expect(callsOf(calls, 'export_bundle')[1].args).toEqual({ options: { meetings: [], since: null, seal_to: [] } });
    await waitFor(() => expect(screen.queryByTestId('export-sealed')).toBeNull());
  });

  test('sealing with no key known here says how a key becomes known', async () => {
    const { user } = await open({}, [known('a-ldn', 'Occupy London', 'LDN', false, true)]);
    await user.click(screen.getByRole('checkbox', { name: /Seal for…/ }));
    expect((await screen.findByTestId('export-no-recipients')).textContent).toContain('one of its bundles is imported');
    expect(screen.getByRole('button', { name: 'Export…' })).toHaveProperty('disabled', true);
  });

  test('a cancelled save dialog says quietly that nothing was saved', async () => {
    const { user } = await open({ export_bundle: () => null });
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    expect((await screen.findByTestId('export-cancelled')).textContent).toContain('nothing was saved');
    expect(screen.queryByTestId('export-result')).toBeNull();
    expect(screen.queryByTestId('error')).toBeNull();
  });

  test('a failed export shows the core message', async () => {
    const { user } = await open({
      export_bundle: () => {
        throw coreError('io', 'could not write /media/usb/LDN.plenary: read-only file system');
      },
    });
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    expect((await screen.findByTestId('error')).textContent).toContain('read-only file system');
    expect(screen.queryByTestId('export-result')).toBeNull();
  });
});

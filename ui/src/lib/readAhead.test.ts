import { afterEach, describe, expect, it } from 'vitest';
import { mockIPC, clearMocks } from '@tauri-apps/api/mocks';

import { readAhead } from './transport';
import { getProposal, submitProposal } from './api';

/** A mocked core that counts what it was asked and answers with a version number. */
function core() {
  const asked: string[] = [];
  let version = 0;
  mockIPC((cmd) => {
    asked.push(cmd);
    if (cmd === 'submit_proposal') version += 1;
    return { version };
  });
  return asked;
}

describe('reads asked for ahead (the screen about to open)', () => {
  afterEach(() => clearMocks());

  it('serve the one identical call the screen then makes, once', async () => {
    const asked = core();
    await readAhead(() => getProposal('p1'));
    expect(await getProposal('p1')).toEqual({ version: 0 }); // served from what was read ahead
    expect(asked).toEqual(['get_proposal']);
    await getProposal('p1'); // the next one reaches the core again
    expect(asked).toEqual(['get_proposal', 'get_proposal']);
  });

  it('do not serve a call with other arguments', async () => {
    const asked = core();
    await readAhead(() => getProposal('p1'));
    await getProposal('p2');
    expect(asked).toEqual(['get_proposal', 'get_proposal']);
  });

  it('are dropped by any change, so nothing older than it is shown', async () => {
    const asked = core();
    await readAhead(() => getProposal('p1'));
    await submitProposal('p1');
    expect(await getProposal('p1')).toEqual({ version: 1 });
    expect(asked).toEqual(['get_proposal', 'submit_proposal', 'get_proposal']);
  });

  it('never keep a change asked for inside readAhead', async () => {
    const asked = core();
    await readAhead(() => submitProposal('p1'));
    await submitProposal('p1');
    expect(asked).toEqual(['submit_proposal', 'submit_proposal']);
  });
});

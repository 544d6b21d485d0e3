// The flags the cluster primary starts its workers with: its own (e.g. tsx's --import), plus a
// larger young generation unless the operator chose a size.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { workerExecArgv } from '../../server/workers.js';

describe('workerExecArgv', () => {
  it("keeps the primary's flags and adds 32 MB semi-spaces", () => {
    assert.deepEqual(workerExecArgv(['--import', 'tsx']), [
      '--import',
      'tsx',
      '--max-semi-space-size=32',
    ]);
  });

  it('leaves a size the operator gave alone', () => {
    assert.deepEqual(workerExecArgv(['--max-semi-space-size=128']), ['--max-semi-space-size=128']);
  });
});

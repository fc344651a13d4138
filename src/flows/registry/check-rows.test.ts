import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createFlowHarness, type FlowHarness } from '../../../test/support/flow-harness.js';
import { checkRows, isCheckStreamError, type CheckLine } from './check-rows.js';

async function collect(lines: AsyncIterable<CheckLine[]>): Promise<CheckLine[]> {
  const out: CheckLine[] = [];
  for await (const batch of lines) out.push(...batch);
  return out;
}

async function* rows(count: number) {
  for (let i = 0; i < count; i += 1) yield { platform: 'android', packageName: `com.example.r${i}` };
}

describe('checkRows', () => {
  let h: FlowHarness;
  before(async () => {
    h = await createFlowHarness();
  });
  after(() => h.close());

  it('answers every row across batch boundaries, in order', async () => {
    const lines = await collect(checkRows(h.store.db, rows(7), { batchRows: 3 }));
    assert.deepEqual(lines.map((l) => (isCheckStreamError(l) ? 'error' : l.row)), [1, 2, 3, 4, 5, 6, 7]);
  });

  it('answers the rows it may take, then ends with CHECK_TOO_MANY_ROWS', async () => {
    const lines = await collect(checkRows(h.store.db, rows(6), { maxRows: 4, batchRows: 3 }));
    assert.equal(lines.length, 5);
    const last = lines.at(-1)!;
    assert.ok(isCheckStreamError(last));
    assert.equal(last.error.code, 'CHECK_TOO_MANY_ROWS');
    assert.deepEqual(last.error.details, { maxRows: 4 });
  });
});

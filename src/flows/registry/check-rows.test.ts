import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createFlowHarness, type FlowHarness } from '../../../test/support/flow-harness.js';
import { InputWaits } from '../../domain/import/filing-import-row.js';
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

  it('answers the rows read so far while the caller waits for those answers before sending more', async () => {
    let answered = 0;
    let firstFiveAnswered!: () => void;
    const firstFive = new Promise<void>((resolve) => (firstFiveAnswered = resolve));
    async function* caller() {
      yield* rows(5);
      // The reader has handed out all it holds; the caller sends nothing more until it has five answers.
      yield new InputWaits();
      await firstFive;
      yield { platform: 'android', packageName: 'com.example.last' };
    }
    const out: number[] = [];
    for await (const batch of checkRows(h.store.db, caller(), { batchRows: 1000 })) {
      for (const line of batch) {
        assert.ok(!isCheckStreamError(line));
        out.push(line.row);
        answered += 1;
        if (answered === 5) firstFiveAnswered();
      }
    }
    assert.deepEqual(out, [1, 2, 3, 4, 5, 6]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BatchedReads } from './batched-reads.js';

describe('batched reads', () => {
  it('reads keys asked for in the same turn together, each once, and answers each caller', async () => {
    const batches: string[][] = [];
    const reads = new BatchedReads<string, number>(async (keys) => {
      batches.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.length]));
    }, { maxBatch: 10, maxInFlight: 2 });
    const answers = await Promise.all(['a', 'bb', 'a', 'missing'].map((k) => reads.get(k)));
    assert.deepEqual(answers, [1, 2, 1, undefined]);
    assert.deepEqual(batches, [['a', 'bb', 'missing']]);
  });

  it('keeps at most maxInFlight reads going and sends what queued meanwhile as the next batches', async () => {
    const batches: string[][] = [];
    let inFlight = 0;
    let most = 0;
    const reads = new BatchedReads<string, string>(async (keys) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      batches.push(keys);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return new Map(keys.map((k) => [k, k.toUpperCase()]));
    }, { maxBatch: 3, maxInFlight: 1 });
    const first = reads.get('a');
    await new Promise((resolve) => setImmediate(resolve));
    const rest = ['b', 'c', 'd', 'e'].map((k) => reads.get(k));
    assert.deepEqual(await Promise.all([first, ...rest]), ['A', 'B', 'C', 'D', 'E']);
    assert.equal(most, 1);
    assert.deepEqual(batches, [['a'], ['b', 'c', 'd'], ['e']]);
  });

  it('rejects every caller of a failed batch and goes on with the next', async () => {
    let calls = 0;
    const reads = new BatchedReads<string, string>(async (keys) => {
      calls += 1;
      if (calls === 1) throw new Error('database gone');
      return new Map(keys.map((k) => [k, k]));
    }, { maxBatch: 10, maxInFlight: 1 });
    const failed = await Promise.allSettled([reads.get('a'), reads.get('b')]);
    assert.deepEqual(failed.map((r) => r.status), ['rejected', 'rejected']);
    assert.equal(await reads.get('c'), 'c');
  });
});

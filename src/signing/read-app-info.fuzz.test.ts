import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isBeianError } from '../domain/errors/beian-error.js';
import { bufferSource } from './byte-source.js';
import { readAppInfoFromSource } from './read-app-info.js';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);
const files = ['apk/rsa-v1v2v3.apk', 'apk/rotated-v1v2v3.apk', 'apk/multi-v1v2.apk', 'apk/ec-v1.apk', 'ipa/lab.ipa', 'hap/filinglab-signed.hap', 'hap/filinglab.app'].map(
  (name) => readFileSync(new URL(name, FIXTURES)),
);
const NOW = new Date('2026-06-01T00:00:00Z');
const PER_RUN_MS = 2000;

/** A mutation aimed mostly at the structures the reader trusts: the tail (central directory, EOCD, signing block). */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('overwrite' as const),
    edits: fc.array(fc.record({ fromEnd: fc.boolean(), at: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.integer({ min: 0, max: 255 }) }), {
      minLength: 1,
      maxLength: 8,
    }),
  }),
  fc.record({ kind: fc.constant('length' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.constantFrom(0, 0xffffffff, 0x7fffffff, 0x10000, 1) }),
);

type Mutation = { kind: 'truncate'; at: number } | { kind: 'overwrite'; edits: Array<{ fromEnd: boolean; at: number; value: number }> } | { kind: 'length'; at: number; value: number };

function mutate(original: Buffer, m: Mutation): Buffer {
  if (m.kind === 'truncate') return Buffer.from(original.subarray(0, Math.floor(m.at * original.length)));
  const bytes = Buffer.from(original);
  const tail = Math.min(bytes.length, 4096);
  if (m.kind === 'overwrite') {
    for (const edit of m.edits) {
      const index = edit.fromEnd ? bytes.length - 1 - Math.floor(edit.at * tail) : Math.floor(edit.at * (bytes.length - 1));
      bytes[index] = edit.value;
    }
    return bytes;
  }
  const index = Math.max(0, bytes.length - 4 - Math.floor(m.at * tail));
  bytes.writeUInt32LE(m.value >>> 0, index);
  return bytes;
}

describe('readAppInfo on truncated and mutated packages', () => {
  it('returns a result or a clean BeianError, quickly and within bounded memory', async () => {
    const baseline = process.memoryUsage().rss;
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: files.length - 1 }), mutation, fc.boolean(), async (which, m, verify) => {
        const bytes = mutate(files[which]!, m);
        const started = performance.now();
        try {
          const info = await readAppInfoFromSource(bufferSource(bytes), { now: NOW, verify });
          assert.ok(['android', 'ios', 'harmonyos'].includes(info.platform));
          JSON.stringify(info);
        } catch (error) {
          errors++;
          if (!isBeianError(error)) throw new Error(`not a BeianError: ${(error as Error)?.stack ?? String(error)}`);
          assert.match(error.code, /^APP_PACKAGE_/);
        }
        assert.ok(performance.now() - started < PER_RUN_MS, 'each read ends quickly');
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 600), seed: Number(process.env.FUZZ_SEED ?? 20260601) },
    );
    assert.ok(errors > 0, 'some mutations are refused');
    assert.ok(process.memoryUsage().rss - baseline < 256 * 1024 * 1024, 'memory stays bounded');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isBeianError } from '../../domain/errors/beian-error.js';
import { parseBinaryPlist } from './binary-plist.js';

/** bplist00 with the given objects (already encoded, object references one byte wide) and top object 0. */
function bplist(objects: Buffer[]): Buffer {
  const header = Buffer.from('bplist00', 'latin1');
  const offsets: number[] = [];
  let at = header.length;
  for (const object of objects) {
    offsets.push(at);
    at += object.length;
  }
  const table = Buffer.from(offsets.map((o) => o & 0xff));
  const trailer = Buffer.alloc(32);
  trailer[6] = 1;
  trailer[7] = 1;
  trailer.writeBigUInt64BE(BigInt(objects.length), 8);
  trailer.writeBigUInt64BE(0n, 16);
  trailer.writeBigUInt64BE(BigInt(at), 24);
  return Buffer.concat([header, ...objects, table, trailer]);
}

describe('parseBinaryPlist', () => {
  it('reads dictionaries, strings, integers and booleans', () => {
    const dict = Buffer.from([0xd2, 1, 2, 3, 4]);
    const key1 = Buffer.concat([Buffer.from([0x51]), Buffer.from('a')]);
    const key2 = Buffer.concat([Buffer.from([0x51]), Buffer.from('b')]);
    const value1 = Buffer.from([0x10, 42]);
    const value2 = Buffer.from([0x09]);
    assert.deepEqual(parseBinaryPlist(bplist([dict, key1, key2, value1, value2])), { a: 42, b: true });
  });

  it('refuses, quickly, an array that contains itself', () => {
    const started = performance.now();
    assert.throws(
      () => parseBinaryPlist(bplist([Buffer.from([0xa4, 0, 0, 0, 0])])),
      (error) => isBeianError(error) && error.code === 'APP_PACKAGE_CORRUPT',
    );
    assert.ok(performance.now() - started < 2000);
  });
});

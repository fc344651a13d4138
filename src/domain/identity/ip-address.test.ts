import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkIpEntry, ipToBigInt, isPublicAddress } from './ip-address.js';

describe('checkIpEntry', () => {
  it('accepts public IPv4 addresses and ordered ranges', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.ipV4(), (a, b) => {
        fc.pre(isPublicAddress(a) && isPublicAddress(b));
        const [low, high] = ipToBigInt(a) <= ipToBigInt(b) ? [a, b] : [b, a];
        assert.equal(checkIpEntry(a).valid, true);
        assert.equal(checkIpEntry(`${low}-${high}`).valid, true);
        if (low !== high) assert.deepEqual(checkIpEntry(`${high}-${low}`).issues.map((i) => i.code), ['IP_RANGE_ORDER']);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts IPv6 addresses, ranges and CIDR blocks', () => {
    assert.equal(checkIpEntry('2400:3200::1').family, 6);
    assert.equal(checkIpEntry('2400:3200::1-2400:3200::ff').valid, true);
    assert.equal(checkIpEntry('240e:1234::/32').valid, true);
    assert.equal(checkIpEntry('101.37.0.0/16').valid, true);
  });

  it('reads IPv6 values the way they are written', () => {
    assert.equal(ipToBigInt('::1'), 1n);
    assert.equal(ipToBigInt('::ffff:1.2.3.4'), (0xffffn << 32n) + 0x01020304n);
    assert.equal(ipToBigInt('2001:db8::8:800:200c:417a'), 0x20010db80000000000080800200c417an);
  });

  it('rejects malformed entries, mixed families and bad prefixes', () => {
    for (const bad of ['1.2.3', '256.1.1.1', 'example.com', '1.1.1.1-2', '101.37.0.0/33']) assert.deepEqual(checkIpEntry(bad).issues.map((i) => i.code), ['IP_FORMAT'], bad);
    assert.deepEqual(checkIpEntry('1.1.1.1-2400::1').issues.map((i) => i.code), ['IP_RANGE_ORDER']);
  });

  it('rejects private, loopback and documentation addresses', () => {
    for (const bad of ['10.0.0.1', '192.168.1.10', '172.20.0.1', '127.0.0.1', '100.64.1.1', '::1', 'fd00::1', 'fe80::1', '2001:db8::1', '8.8.8.8-10.0.0.1']) {
      assert.deepEqual(checkIpEntry(bad).issues.map((i) => i.code), ['IP_NOT_PUBLIC'], bad);
    }
    assert.equal(isPublicAddress('172.32.0.1'), true);
  });
});

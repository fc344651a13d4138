import { isIP } from 'node:net';
import type { IdentityCheck } from './identity-issue.js';
import { checkResult } from './identity-issue.js';
import { identityIssue } from './identity-issues.js';

export interface IpEntryCheck extends IdentityCheck {
  /** 4 or 6; 0 when unreadable. */
  family: 0 | 4 | 6;
}

/** The numeric value of an address node:net accepts (4 → 32 bits, 6 → 128 bits). */
export function ipToBigInt(address: string): bigint {
  const family = isIP(address);
  if (family === 4) return address.split('.').reduce((sum, part) => (sum << 8n) + BigInt(Number(part)), 0n);
  if (family !== 6) throw new RangeError(`not an IP address: ${address}`);
  let text = address.replace(/%.*$/, '');
  const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (embedded) {
    const v4 = ipToBigInt(embedded[1]!);
    text = text.slice(0, -embedded[1]!.length) + `${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.reduce((sum, group) => (sum << 16n) + BigInt(parseInt(group, 16)), 0n);
}

interface Block {
  family: 4 | 6;
  base: bigint;
  prefix: number;
}

function block(family: 4 | 6, address: string, prefix: number): Block {
  return { family, base: ipToBigInt(address), prefix };
}

/** Address blocks that are not publicly routable (RFC 6890 and friends). */
const nonPublicBlocks: Block[] = [
  block(4, '0.0.0.0', 8),
  block(4, '10.0.0.0', 8),
  block(4, '100.64.0.0', 10),
  block(4, '127.0.0.0', 8),
  block(4, '169.254.0.0', 16),
  block(4, '172.16.0.0', 12),
  block(4, '192.0.0.0', 24),
  block(4, '192.0.2.0', 24),
  block(4, '192.168.0.0', 16),
  block(4, '198.18.0.0', 15),
  block(4, '198.51.100.0', 24),
  block(4, '203.0.113.0', 24),
  block(4, '224.0.0.0', 3),
  block(6, '::', 127),
  block(6, '::ffff:0:0', 96),
  block(6, '100::', 64),
  block(6, '2001:db8::', 32),
  block(6, 'fc00::', 7),
  block(6, 'fe80::', 10),
  block(6, 'ff00::', 8),
];

/** True for addresses outside every private, loopback, link-local, documentation, multicast and reserved block. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address) as 0 | 4 | 6;
  if (family === 0) return false;
  const value = ipToBigInt(address);
  const bits = family === 4 ? 32 : 128;
  return !nonPublicBlocks.some((b) => b.family === family && value >> BigInt(bits - b.prefix) === b.base >> BigInt(bits - b.prefix));
}

/**
 * One entry of a filed IP list: an IPv4/IPv6 address, a range "start-end" of one family with start ≤ end, or CIDR
 * "address/prefix". Every address must be public.
 */
export function checkIpEntry(value: string): IpEntryCheck {
  const text = value.trim();
  const fail = (code: 'IP_FORMAT' | 'IP_RANGE_ORDER' | 'IP_NOT_PUBLIC', family: 0 | 4 | 6 = 0): IpEntryCheck => ({
    ...checkResult(text, [identityIssue(code)]),
    family,
  });
  const cidr = /^([^/]+)\/(\d{1,3})$/.exec(text);
  const range = text.split(/\s*-\s*/);
  let ends: string[];
  if (cidr) {
    const family = isIP(cidr[1]!) as 0 | 4 | 6;
    if (family === 0 || Number(cidr[2]) > (family === 4 ? 32 : 128)) return fail('IP_FORMAT');
    ends = [cidr[1]!];
  } else if (range.length === 2) {
    ends = range;
  } else {
    ends = [text];
  }
  const families = ends.map((end) => isIP(end) as 0 | 4 | 6);
  if (families.includes(0)) return fail('IP_FORMAT');
  const family = families[0]!;
  if (ends.length === 2 && (families[1] !== family || ipToBigInt(ends[0]!) > ipToBigInt(ends[1]!))) return fail('IP_RANGE_ORDER', family);
  if (!ends.every(isPublicAddress)) return fail('IP_NOT_PUBLIC', family);
  return { ...checkResult(ends.join(cidr ? '' : '-') + (cidr ? `/${cidr[2]}` : ''), []), family };
}

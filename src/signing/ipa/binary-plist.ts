import { packageFailure } from '../package-failure.js';
import type { PlistValue } from './plist-value.js';

const MAX_DEPTH = 64;
const MAX_OBJECTS = 1_000_000;
/** Object reads allowed in one document: shared and cyclic references cannot multiply past this. */
const MAX_READS = 200_000;
const APPLE_EPOCH_MS = Date.UTC(2001, 0, 1);

function corrupt(): Error {
  return packageFailure('APP_PACKAGE_CORRUPT', 'binary property list is malformed');
}

/** Parses a bplist00 document; object references are followed with a depth bound, so cycles cannot hang it. */
export function parseBinaryPlist(bytes: Buffer): PlistValue {
  if (bytes.length < 40 || bytes.toString('latin1', 0, 8) !== 'bplist00') throw corrupt();
  const trailer = bytes.length - 32;
  const offsetSize = bytes[trailer + 6]!;
  const refSize = bytes[trailer + 7]!;
  const count = Number(bytes.readBigUInt64BE(trailer + 8));
  const top = Number(bytes.readBigUInt64BE(trailer + 16));
  const tableOffset = Number(bytes.readBigUInt64BE(trailer + 24));
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8 || count > MAX_OBJECTS || top >= count) throw corrupt();
  if (tableOffset + count * offsetSize > trailer) throw corrupt();
  const readUInt = (at: number, size: number): number => {
    if (at + size > bytes.length) throw corrupt();
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[at + i]!;
    return value;
  };
  const offsetOf = (ref: number): number => {
    if (ref >= count) throw corrupt();
    return readUInt(tableOffset + ref * offsetSize, offsetSize);
  };
  let budget = MAX_READS;
  const read = (ref: number, depth: number): PlistValue => {
    if (depth > MAX_DEPTH || --budget < 0) throw corrupt();
    const at = offsetOf(ref);
    if (at >= trailer) throw corrupt();
    const marker = bytes[at]!;
    const kind = marker >> 4;
    const info = marker & 0x0f;
    let position = at + 1;
    const length = (): number => {
      if (info !== 0x0f) return info;
      const intMarker = bytes[position++];
      if (intMarker === undefined || intMarker >> 4 !== 1) throw corrupt();
      const size = 1 << (intMarker & 0x0f);
      const value = readUInt(position, size);
      position += size;
      return value;
    };
    switch (kind) {
      case 0x0:
        return info === 0x8 ? false : info === 0x9 ? true : null;
      case 0x1: {
        const size = 1 << info;
        if (size === 8) {
          if (position + 8 > bytes.length) throw corrupt();
          return Number(bytes.readBigInt64BE(position));
        }
        return readUInt(position, size);
      }
      case 0x2:
        if (info === 2 && position + 4 <= bytes.length) return bytes.readFloatBE(position);
        if (info === 3 && position + 8 <= bytes.length) return bytes.readDoubleBE(position);
        throw corrupt();
      case 0x3:
        if (position + 8 > bytes.length) throw corrupt();
        return new Date(APPLE_EPOCH_MS + bytes.readDoubleBE(position) * 1000);
      case 0x4: {
        const n = length();
        if (position + n > trailer) throw corrupt();
        return Buffer.from(bytes.subarray(position, position + n));
      }
      case 0x5: {
        const n = length();
        if (position + n > trailer) throw corrupt();
        return bytes.toString('latin1', position, position + n);
      }
      case 0x6: {
        const n = length();
        if (position + n * 2 > trailer) throw corrupt();
        return Buffer.from(bytes.subarray(position, position + n * 2)).swap16().toString('utf16le');
      }
      case 0x7: {
        const n = length();
        if (position + n > trailer) throw corrupt();
        return bytes.toString('utf8', position, position + n);
      }
      case 0x8:
        return readUInt(position, info + 1);
      case 0xa: {
        const n = length();
        if (position + n * refSize > trailer) throw corrupt();
        const out: PlistValue[] = [];
        for (let i = 0; i < n; i++) out.push(read(readUInt(position + i * refSize, refSize), depth + 1));
        return out;
      }
      case 0xd: {
        const n = length();
        if (position + 2 * n * refSize > trailer) throw corrupt();
        const out: Record<string, PlistValue> = {};
        for (let i = 0; i < n; i++) {
          const key = read(readUInt(position + i * refSize, refSize), depth + 1);
          if (typeof key !== 'string') throw corrupt();
          out[key] = read(readUInt(position + (n + i) * refSize, refSize), depth + 1);
        }
        return out;
      }
      default:
        throw corrupt();
    }
  };
  return read(top, 0);
}

import { BinaryCursor } from '../binary-cursor.js';
import { packageFailure } from '../package-failure.js';
import { TYPE_REFERENCE, TYPE_STRING, type ResValue } from './binary-xml.js';
import { StringPool } from './string-pool.js';

const CHUNK_STRING_POOL = 0x0001;
const CHUNK_TABLE = 0x0002;
const CHUNK_PACKAGE = 0x0200;
const CHUNK_TYPE = 0x0201;
const FLAG_COMPLEX = 0x0001;
const FLAG_COMPACT = 0x0008;
const TYPE_FLAG_SPARSE = 0x01;
const TYPE_FLAG_OFFSET16 = 0x02;
const NO_ENTRY = 0xffffffff;

/** One value of a resource in one configuration; `locale` is '' for the default configuration. */
export interface ResourceCandidate {
  locale: string;
  value: ResValue;
}

function localeOf(bytes: Buffer, configStart: number, configSize: number): string {
  if (configSize < 12) return '';
  const language = bytes.subarray(configStart + 8, configStart + 10);
  const country = bytes.subarray(configStart + 10, configStart + 12);
  const text = (pair: Buffer): string => (pair[0] === 0 ? '' : pair[0]! & 0x80 ? '?' : pair.toString('latin1'));
  const lang = text(language);
  const region = text(country);
  return lang ? (region ? `${lang}-${region}` : lang) : '';
}

function isDefaultConfig(bytes: Buffer, configStart: number, configSize: number): boolean {
  for (let i = 4; i < configSize; i++) if (bytes[configStart + i] !== 0) return false;
  return true;
}

/** resources.arsc, read only as far as looking up string values of given resource ids. */
export class ResourceTable {
  private readonly globalStrings: StringPool | undefined;
  private readonly packages: Array<{ id: number; start: number; end: number; headerSize: number }> = [];

  constructor(private readonly bytes: Buffer) {
    const what = 'resources.arsc';
    const header = new BinaryCursor(bytes, what);
    if (header.u16() !== CHUNK_TABLE) throw packageFailure('APP_PACKAGE_CORRUPT', `${what} is not a resource table`);
    const headerSize = header.u16();
    const end = Math.min(header.u32(), bytes.length);
    let offset = headerSize;
    while (offset + 8 <= end) {
      const chunk = new BinaryCursor(bytes, what, offset, end);
      const type = chunk.u16();
      const chunkHeaderSize = chunk.u16();
      const size = chunk.u32();
      if (size < 8 || offset + size > end) throw packageFailure('APP_PACKAGE_CORRUPT', `${what}: chunk size lies`);
      if (type === CHUNK_STRING_POOL && !this.globalStrings) this.globalStrings = new StringPool(bytes, offset, offset + size);
      else if (type === CHUNK_PACKAGE) {
        this.packages.push({ id: chunk.u32(), start: offset, end: offset + size, headerSize: chunkHeaderSize });
      }
      offset += size;
    }
  }

  /** Every configuration's value for `resourceId`. */
  lookup(resourceId: number): ResourceCandidate[] {
    const packageId = resourceId >>> 24;
    const typeId = (resourceId >>> 16) & 0xff;
    const entryIndex = resourceId & 0xffff;
    const candidates: ResourceCandidate[] = [];
    const bytes = this.bytes;
    for (const pkg of this.packages) {
      if (pkg.id !== packageId) continue;
      let offset = pkg.start + pkg.headerSize;
      while (offset + 8 <= pkg.end) {
        const chunk = new BinaryCursor(bytes, 'resources.arsc package', offset, pkg.end);
        const type = chunk.u16();
        const headerSize = chunk.u16();
        const size = chunk.u32();
        if (size < 8 || offset + size > pkg.end) throw packageFailure('APP_PACKAGE_CORRUPT', 'resources.arsc: chunk size lies');
        if (type === CHUNK_TYPE && bytes[offset + 8] === typeId) {
          const candidate = this.entryIn(offset, headerSize, offset + size, entryIndex);
          if (candidate) candidates.push(candidate);
        }
        offset += size;
      }
    }
    return candidates;
  }

  private entryIn(start: number, headerSize: number, end: number, entryIndex: number): ResourceCandidate | undefined {
    const bytes = this.bytes;
    const header = new BinaryCursor(bytes, 'resources.arsc type', start + 8, end);
    header.u8();
    const flags = header.u8();
    header.u16();
    const entryCount = header.u32();
    const entriesStart = header.u32();
    const configStart = header.position;
    const configSize = Math.min(bytes.readUInt32LE(configStart), start + headerSize - configStart);
    const offsets = new BinaryCursor(bytes, 'resources.arsc offsets', start + headerSize, end);
    let entryOffset = NO_ENTRY;
    if (flags & TYPE_FLAG_SPARSE) {
      for (let i = 0; i < entryCount; i++) {
        const index = offsets.u16();
        const offset = offsets.u16() * 4;
        if (index === entryIndex) {
          entryOffset = offset;
          break;
        }
      }
    } else {
      if (entryIndex >= entryCount) return undefined;
      if (flags & TYPE_FLAG_OFFSET16) {
        offsets.skip(entryIndex * 2);
        const value = offsets.u16();
        entryOffset = value === 0xffff ? NO_ENTRY : value * 4;
      } else {
        offsets.skip(entryIndex * 4);
        entryOffset = offsets.u32();
      }
    }
    if (entryOffset === NO_ENTRY) return undefined;
    const entry = new BinaryCursor(bytes, 'resources.arsc entry', start + entriesStart + entryOffset, end);
    const sizeOrKey = entry.u16();
    const entryFlags = entry.u16();
    let value: ResValue;
    if (entryFlags & FLAG_COMPACT) {
      void sizeOrKey;
      value = { type: entryFlags >>> 8, data: entry.u32(), raw: undefined };
    } else {
      entry.u32();
      if (entryFlags & FLAG_COMPLEX) return undefined;
      entry.u16();
      entry.u8();
      const type = entry.u8();
      value = { type, data: entry.u32(), raw: undefined };
    }
    if (value.type === TYPE_STRING) value.raw = this.globalStrings?.get(value.data);
    const locale = isDefaultConfig(bytes, configStart, configSize) ? '' : localeOf(bytes, configStart, configSize);
    return { locale, value };
  }

  /** The string a reference resolves to, following references a few levels deep; default configuration first. */
  resolveString(resourceId: number, depth = 0): string | undefined {
    if (depth > 8) return undefined;
    const candidates = this.lookup(resourceId);
    const ordered = [...candidates.filter((c) => c.locale === ''), ...candidates.filter((c) => c.locale !== '')];
    for (const { value } of ordered) {
      if (value.type === TYPE_STRING && value.raw !== undefined) return value.raw;
      if (value.type === TYPE_REFERENCE) {
        const resolved = this.resolveString(value.data, depth + 1);
        if (resolved !== undefined) return resolved;
      }
    }
    return undefined;
  }
}

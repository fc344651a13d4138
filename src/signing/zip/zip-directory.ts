import type { ByteSource } from '../byte-source.js';
import { BinaryCursor } from '../binary-cursor.js';
import { packageFailure } from '../package-failure.js';

/** One central-directory record: where an entry's bytes are and how they are stored. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The parts of a ZIP that the signing schemes care about: the central directory, where it starts, and the EOCD. */
export interface ZipDirectory {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  centralDirectoryOffset: number;
  centralDirectorySize: number;
  /** Offset of the end-of-central-directory record (the classic one, even for zip64 archives). */
  eocdOffset: number;
  eocd: Buffer;
  zip64: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
/** A central directory larger than this is not a real app (the largest stores' apps stay far below 16 MiB). */
export const MAX_CENTRAL_DIRECTORY_BYTES = 64 * 1024 * 1024;

function findEocd(tail: Buffer, tailStart: number, fileSize: number): number {
  let fallback = -1;
  for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD_SIGNATURE) continue;
    const commentLength = tail.readUInt16LE(i + 20);
    const end = tailStart + i + EOCD_MIN + commentLength;
    if (end === fileSize) return tailStart + i;
    if (end < fileSize && fallback < 0) fallback = tailStart + i;
  }
  return fallback;
}

export async function readZipDirectory(source: ByteSource): Promise<ZipDirectory> {
  const size = source.size;
  if (size < EOCD_MIN) {
    throw packageFailure(size >= 4 && (await startsAsZip(source)) ? 'APP_PACKAGE_TRUNCATED' : 'APP_PACKAGE_NOT_ZIP', 'file too short');
  }
  const tailLength = Math.min(size, EOCD_MIN + MAX_COMMENT);
  const tailStart = size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  const eocdOffset = findEocd(tail, tailStart, size);
  if (eocdOffset < 0) {
    throw (await startsAsZip(source))
      ? packageFailure('APP_PACKAGE_TRUNCATED', 'no end-of-central-directory record: the file was cut short')
      : packageFailure('APP_PACKAGE_NOT_ZIP', 'no end-of-central-directory record');
  }
  const eocd = tail.subarray(eocdOffset - tailStart, eocdOffset - tailStart + EOCD_MIN);
  const cursor = new BinaryCursor(eocd, 'end of central directory');
  cursor.skip(4);
  const disk = cursor.u16();
  const cdDisk = cursor.u16();
  cursor.skip(2);
  let entryCount = cursor.u16();
  let cdSize = cursor.u32();
  let cdOffset = cursor.u32();
  if ((disk !== 0 && disk !== 0xffff) || (cdDisk !== 0 && cdDisk !== 0xffff)) {
    throw packageFailure('APP_PACKAGE_CORRUPT', 'multi-volume ZIP archives are not app packages');
  }
  let zip64 = false;
  let directoryEnd = eocdOffset;
  if (entryCount === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    if (eocdOffset < 20) throw packageFailure('APP_PACKAGE_CORRUPT', 'zip64 locator missing');
    const locator = await source.read(eocdOffset - 20, 20);
    if (locator.readUInt32LE(0) === ZIP64_LOCATOR_SIGNATURE) {
      const record = new BinaryCursor(locator, 'zip64 locator', 8);
      const recordOffset = record.u64();
      if (recordOffset + 56 > eocdOffset - 20) throw packageFailure('APP_PACKAGE_CORRUPT', 'zip64 record offset out of range');
      const z = new BinaryCursor(await source.read(recordOffset, 56), 'zip64 end of central directory');
      if (z.u32() !== ZIP64_EOCD_SIGNATURE) throw packageFailure('APP_PACKAGE_CORRUPT', 'zip64 record signature missing');
      z.skip(8 + 2 + 2 + 4 + 4 + 8);
      entryCount = z.u64();
      cdSize = z.u64();
      cdOffset = z.u64();
      zip64 = true;
      directoryEnd = recordOffset;
    }
  }
  if (cdOffset + cdSize > directoryEnd) {
    throw packageFailure(
      cdOffset + cdSize > size ? 'APP_PACKAGE_TRUNCATED' : 'APP_PACKAGE_CORRUPT',
      'central directory extends past the end-of-central-directory record',
    );
  }
  if (cdSize > MAX_CENTRAL_DIRECTORY_BYTES) throw packageFailure('APP_PACKAGE_BOMB', 'central directory too large');
  if (entryCount * 46 > cdSize) throw packageFailure('APP_PACKAGE_CORRUPT', 'entry count does not fit the central directory');
  const cd = await source.read(cdOffset, cdSize);
  const entries = parseCentralDirectory(cd, entryCount);
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) if (!byName.has(entry.name)) byName.set(entry.name, entry);
  return {
    entries,
    byName,
    centralDirectoryOffset: cdOffset,
    centralDirectorySize: cdSize,
    eocdOffset,
    eocd: Buffer.from(tail.subarray(eocdOffset - tailStart)),
    zip64,
  };
}

async function startsAsZip(source: ByteSource): Promise<boolean> {
  if (source.size < 4) return false;
  const head = await source.read(0, 4);
  return head.length === 4 && head.readUInt32LE(0) === LOCAL_SIGNATURE;
}

function parseCentralDirectory(cd: Buffer, entryCount: number): ZipEntry[] {
  const cursor = new BinaryCursor(cd, 'central directory');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < entryCount; i++) {
    if (cursor.u32() !== CENTRAL_SIGNATURE) throw packageFailure('APP_PACKAGE_CORRUPT', `central directory record ${i} has no signature`);
    cursor.skip(4);
    const flags = cursor.u16();
    const method = cursor.u16();
    cursor.skip(8);
    let compressedSize = cursor.u32();
    let uncompressedSize = cursor.u32();
    const nameLength = cursor.u16();
    const extraLength = cursor.u16();
    const commentLength = cursor.u16();
    cursor.skip(8);
    let localHeaderOffset = cursor.u32();
    const name = cursor.take(nameLength).toString('utf8');
    const extra = new BinaryCursor(cursor.take(extraLength), 'zip extra field');
    cursor.skip(commentLength);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      while (extra.remaining >= 4) {
        const id = extra.u16();
        const field = new BinaryCursor(extra.take(extra.u16()), 'zip64 extra field');
        if (id !== 0x0001) continue;
        if (uncompressedSize === 0xffffffff) uncompressedSize = field.u64();
        if (compressedSize === 0xffffffff) compressedSize = field.u64();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = field.u64();
        break;
      }
    }
    entries.push({ name, flags, method, compressedSize, uncompressedSize, localHeaderOffset });
  }
  return entries;
}

import { inflateRawSync } from 'node:zlib';
import type { ByteSource } from '../byte-source.js';
import { packageFailure } from '../package-failure.js';
import type { ZipDirectory, ZipEntry } from './zip-directory.js';

const LOCAL_SIGNATURE = 0x04034b50;

/** Where an entry's stored bytes begin, checked against the local header and the start of the central directory. */
export async function entryDataRange(source: ByteSource, zip: ZipDirectory, entry: ZipEntry): Promise<{ start: number; length: number }> {
  if (entry.localHeaderOffset + 30 > zip.centralDirectoryOffset) {
    throw packageFailure('APP_PACKAGE_CORRUPT', `${entry.name}: local header offset out of range`);
  }
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) {
    throw packageFailure('APP_PACKAGE_CORRUPT', `${entry.name}: local header missing`);
  }
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + entry.compressedSize > zip.centralDirectoryOffset) {
    throw packageFailure('APP_PACKAGE_CORRUPT', `${entry.name}: data runs into the central directory`);
  }
  return { start, length: entry.compressedSize };
}

/**
 * The uncompressed bytes of one entry, never more than `limit`: an entry that declares or inflates to more is refused
 * as a bomb, one that inflates to other than its declared size as corrupt.
 */
export async function readZipEntry(source: ByteSource, zip: ZipDirectory, entry: ZipEntry, limit: number): Promise<Buffer> {
  if (entry.flags & 0x0001 || entry.method === 99) {
    throw packageFailure('APP_PACKAGE_ENCRYPTED', `${entry.name} is encrypted`);
  }
  if (entry.uncompressedSize > limit) {
    throw packageFailure('APP_PACKAGE_BOMB', `${entry.name} declares ${entry.uncompressedSize} bytes, over the ${limit}-byte limit`);
  }
  const { start, length } = await entryDataRange(source, zip, entry);
  if (entry.method === 0) {
    if (length !== entry.uncompressedSize) throw packageFailure('APP_PACKAGE_CORRUPT', `${entry.name}: stored sizes disagree`);
    return source.read(start, length);
  }
  if (entry.method !== 8) {
    throw packageFailure('APP_PACKAGE_CORRUPT', `${entry.name}: compression method ${entry.method} is not used by app packages`);
  }
  const compressed = await source.read(start, length);
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw packageFailure('APP_PACKAGE_BOMB', `${entry.name} inflates beyond its declared size`);
    }
    throw packageFailure('APP_PACKAGE_CORRUPT', `${entry.name}: compressed data is damaged`);
  }
  if (inflated.length !== entry.uncompressedSize) {
    throw packageFailure('APP_PACKAGE_CORRUPT', `${entry.name}: inflated size differs from the declared size`);
  }
  return inflated;
}

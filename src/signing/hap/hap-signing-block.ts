import type { ByteSource } from '../byte-source.js';
import { BinaryCursor } from '../binary-cursor.js';
import { packageFailure } from '../package-failure.js';
import type { ZipDirectory } from '../zip/zip-directory.js';
import { MAX_SIGNING_BLOCK_BYTES } from '../apk/apk-signing-block.js';

/** Sub-block types of the HarmonyOS signing block (hapsigner). */
export const HAP_SIGNATURE_BLOCK = 0x20000000;
export const HAP_PROFILE_BLOCK = 0x20000002;

const MAGICS = new Set(['HAP Sig Block 42', '<hap sign block>']);
const FOOTER = 32;
const MAX_SUB_BLOCKS = 64;

/**
 * The HAP signing block before the central directory: a table of (type, length, offset) entries, their values, and a
 * 32-byte footer (count, total size, 16-byte magic, version). Undefined when the package is not signed.
 */
export async function readHapSigningBlock(source: ByteSource, zip: ZipDirectory): Promise<Map<number, Buffer> | undefined> {
  const cdOffset = zip.centralDirectoryOffset;
  if (cdOffset < FOOTER) return undefined;
  const footer = await source.read(cdOffset - FOOTER, FOOTER);
  if (!MAGICS.has(footer.toString('latin1', 12, 28))) return undefined;
  const count = footer.readUInt32LE(0);
  const size = footer.readBigUInt64LE(4);
  if (count === 0 || count > MAX_SUB_BLOCKS || size < BigInt(FOOTER + count * 12) || size > BigInt(Math.min(MAX_SIGNING_BLOCK_BYTES, cdOffset))) {
    throw packageFailure('APP_PACKAGE_CORRUPT', 'HAP signing block: its size or count does not fit');
  }
  const total = Number(size);
  const block = await source.read(cdOffset - total, total);
  const table = new BinaryCursor(block, 'HAP signing block', 0, total - FOOTER);
  const values = new Map<number, Buffer>();
  for (let i = 0; i < count; i++) {
    const type = table.u32();
    const length = table.u32();
    const offset = table.u32();
    if (offset + length > total - FOOTER) throw packageFailure('APP_PACKAGE_CORRUPT', 'HAP signing block: a sub-block lies outside it');
    values.set(type, block.subarray(offset, offset + length));
  }
  return values;
}

import type { ByteSource } from '../byte-source.js';
import { BinaryCursor } from '../binary-cursor.js';
import { packageFailure } from '../package-failure.js';
import type { ZipDirectory } from '../zip/zip-directory.js';

/** The APK Signing Block that sits right before the central directory (v2 and later schemes keep their blocks in it). */
export interface ApkSigningBlock {
  /** File offset of the block's first byte (its leading size field). */
  offset: number;
  /** ID-value pairs in file order. */
  pairs: Array<{ id: number; value: Buffer }>;
}

const MAGIC = 'APK Sig Block 42';
/** Real signing blocks are a few kilobytes plus alignment padding; anything near this is a lie. */
export const MAX_SIGNING_BLOCK_BYTES = 32 * 1024 * 1024;

/** Finds the block whose 16-byte magic ends at the start of the central directory, or undefined when there is none. */
export async function readApkSigningBlock(
  source: ByteSource,
  zip: ZipDirectory,
  magic: string = MAGIC,
): Promise<ApkSigningBlock | undefined> {
  const cdOffset = zip.centralDirectoryOffset;
  if (cdOffset < 32) return undefined;
  const footer = await source.read(cdOffset - 24, 24);
  if (footer.subarray(8).toString('latin1') !== magic) return undefined;
  const sizeInFooter = footer.readBigUInt64LE(0);
  if (sizeInFooter < 24n || sizeInFooter > BigInt(MAX_SIGNING_BLOCK_BYTES) || Number(sizeInFooter) + 8 > cdOffset) {
    throw packageFailure('APP_PACKAGE_CORRUPT', 'APK signing block: its size does not fit before the central directory');
  }
  const total = Number(sizeInFooter) + 8;
  const offset = cdOffset - total;
  const block = await source.read(offset, total);
  if (block.readBigUInt64LE(0) !== sizeInFooter) {
    throw packageFailure('APP_PACKAGE_CORRUPT', 'APK signing block: leading and trailing sizes differ');
  }
  const cursor = new BinaryCursor(block, 'APK signing block', 8, total - 24);
  const pairs: ApkSigningBlock['pairs'] = [];
  while (cursor.remaining > 0) {
    const length = cursor.u64();
    if (length < 4 || length > cursor.remaining) throw packageFailure('APP_PACKAGE_CORRUPT', 'APK signing block: a pair length lies');
    const id = cursor.u32();
    pairs.push({ id, value: cursor.take(length - 4) });
  }
  return { offset, pairs };
}

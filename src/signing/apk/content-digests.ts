import { createHash } from 'node:crypto';
import type { ByteSource } from '../byte-source.js';
import type { ZipDirectory } from '../zip/zip-directory.js';

export type ChunkedDigestAlgorithm = 'sha256' | 'sha512';

const CHUNK = 1024 * 1024;
const READ = 4 * CHUNK;

/**
 * The v2/v3 content digests: the file before the signing block, the central directory and the EOCD (its central
 * directory offset pointing at the signing block) are cut into 1 MiB chunks, each hashed as 0xa5 ‖ length ‖ bytes,
 * and the chunk digests hashed as 0x5a ‖ count ‖ digests. One pass over the file serves every algorithm asked for.
 */
export async function computeContentDigests(
  source: ByteSource,
  zip: ZipDirectory,
  signingBlockOffset: number,
  algorithms: ChunkedDigestAlgorithm[],
): Promise<Map<ChunkedDigestAlgorithm, Buffer>> {
  const eocd = Buffer.from(zip.eocd);
  eocd.writeUInt32LE(signingBlockOffset, 16);
  const sections: Array<{ start: number; length: number; bytes?: Buffer }> = [
    { start: 0, length: signingBlockOffset },
    { start: zip.centralDirectoryOffset, length: zip.centralDirectorySize },
    { start: 0, length: eocd.length, bytes: eocd },
  ];
  const chunkDigests = new Map<ChunkedDigestAlgorithm, Buffer[]>(algorithms.map((a) => [a, []]));
  const prefix = Buffer.alloc(5);
  prefix[0] = 0xa5;
  const hashChunk = (chunk: Buffer): void => {
    prefix.writeUInt32LE(chunk.length, 1);
    for (const [algorithm, list] of chunkDigests) list.push(createHash(algorithm).update(prefix).update(chunk).digest());
  };
  for (const section of sections) {
    if (section.bytes) {
      for (let at = 0; at < section.bytes.length; at += CHUNK) hashChunk(section.bytes.subarray(at, at + CHUNK));
      continue;
    }
    const end = section.start + section.length;
    let next: Promise<Buffer> | undefined = section.length > 0 ? source.read(section.start, Math.min(READ, section.length)) : undefined;
    for (let at = section.start; next; ) {
      const buffer = await next;
      const following = at + buffer.length;
      next = following < end && buffer.length > 0 ? source.read(following, Math.min(READ, end - following)) : undefined;
      for (let offset = 0; offset < buffer.length; offset += CHUNK) hashChunk(buffer.subarray(offset, offset + CHUNK));
      at = following;
    }
  }
  const result = new Map<ChunkedDigestAlgorithm, Buffer>();
  for (const [algorithm, list] of chunkDigests) {
    const head = Buffer.alloc(5);
    head[0] = 0x5a;
    head.writeUInt32LE(list.length, 1);
    const top = createHash(algorithm).update(head);
    for (const digest of list) top.update(digest);
    result.set(algorithm, top.digest());
  }
  return result;
}

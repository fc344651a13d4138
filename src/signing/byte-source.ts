import { open, type FileHandle } from 'node:fs/promises';

/** Random access to the bytes of a package: the reader never asks for the whole file. */
export interface ByteSource {
  readonly size: number;
  /** Reads exactly `length` bytes at `offset`; the caller has checked the range against `size`. */
  read(offset: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

class FileByteSource implements ByteSource {
  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  async read(offset: number, length: number): Promise<Buffer> {
    const buffer = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await this.handle.read(buffer, filled, length - filled, offset + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === length ? buffer : buffer.subarray(0, filled);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

export async function openFileSource(path: string): Promise<ByteSource> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error(`${path} is not a file`), { code: 'EISDIR' });
    const size = stat.size;
    return new FileByteSource(handle, size);
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** A source over bytes already in memory (tests, nested archives of a few megabytes). */
export function bufferSource(bytes: Buffer): ByteSource {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, offset + length),
    close: async () => undefined,
  };
}

/** A window `[start, start + size)` of another source, e.g. a stored .hap inside a HarmonyOS .app. */
export function sliceSource(parent: ByteSource, start: number, size: number): ByteSource {
  return {
    size,
    read: (offset, length) => parent.read(start + offset, length),
    close: async () => undefined,
  };
}

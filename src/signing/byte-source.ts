import { close, fstat, open, read, type Stats } from 'node:fs';

/** Random access to the bytes of a package: the reader never asks for the whole file. */
export interface ByteSource {
  readonly size: number;
  /** Reads exactly `length` bytes at `offset`; the caller has checked the range against `size`. */
  read(offset: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

function readAt(fd: number, buffer: Buffer, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => read(fd, buffer, offset, length, position, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));
}

/** Uses the callback API of node:fs, which the CLI has loaded anyway (node:fs/promises costs a few ms more at start-up). */
class FileByteSource implements ByteSource {
  constructor(
    private readonly fd: number,
    readonly size: number,
  ) {}

  async read(offset: number, length: number): Promise<Buffer> {
    const buffer = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
      const bytesRead = await readAt(this.fd, buffer, filled, length - filled, offset + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === length ? buffer : buffer.subarray(0, filled);
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => close(this.fd, (error) => (error ? reject(error) : resolve())));
  }
}

export async function openFileSource(path: string): Promise<ByteSource> {
  const fd = await new Promise<number>((resolve, reject) => open(path, 'r', (error, descriptor) => (error ? reject(error) : resolve(descriptor))));
  try {
    const stat = await new Promise<Stats>((resolve, reject) => fstat(fd, (error, stats) => (error ? reject(error) : resolve(stats))));
    if (!stat.isFile()) throw Object.assign(new Error(`${path} is not a file`), { code: 'EISDIR' });
    return new FileByteSource(fd, stat.size);
  } catch (error) {
    await new Promise<void>((resolve) => close(fd, () => resolve()));
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

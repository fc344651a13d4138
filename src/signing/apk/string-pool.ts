import { BinaryCursor } from '../binary-cursor.js';
import { packageFailure } from '../package-failure.js';

const UTF8_FLAG = 0x100;

/** A ResStringPool chunk (binary XML and resources.arsc). Strings are decoded on demand: pools can hold 100 000 of them. */
export class StringPool {
  private readonly offsets: Uint32Array;
  private readonly utf8: boolean;
  private readonly stringsStart: number;
  private readonly cache = new Map<number, string>();

  /** `chunkStart` is the offset of the chunk header inside `bytes`, `chunkEnd` the end of the chunk. */
  constructor(
    private readonly bytes: Buffer,
    chunkStart: number,
    private readonly chunkEnd: number,
  ) {
    const header = new BinaryCursor(bytes, 'string pool', chunkStart, chunkEnd);
    header.skip(8);
    const count = header.u32();
    header.u32();
    const flags = header.u32();
    const stringsStart = header.u32();
    header.u32();
    const headerSize = bytes.readUInt16LE(chunkStart + 2);
    if (count > (chunkEnd - chunkStart) / 4) throw packageFailure('APP_PACKAGE_CORRUPT', 'string pool: count lies');
    const table = new BinaryCursor(bytes, 'string pool', chunkStart + headerSize, chunkEnd);
    this.offsets = new Uint32Array(count);
    for (let i = 0; i < count; i++) this.offsets[i] = table.u32();
    this.utf8 = (flags & UTF8_FLAG) !== 0;
    this.stringsStart = chunkStart + stringsStart;
  }

  get size(): number {
    return this.offsets.length;
  }

  get(index: number): string | undefined {
    if (index < 0 || index >= this.offsets.length) return undefined;
    const cached = this.cache.get(index);
    if (cached !== undefined) return cached;
    const cursor = new BinaryCursor(this.bytes, 'string pool entry', this.stringsStart + this.offsets[index]!, this.chunkEnd);
    let value: string;
    if (this.utf8) {
      const skipLength = (): number => {
        const first = cursor.u8();
        return first & 0x80 ? ((first & 0x7f) << 8) | cursor.u8() : first;
      };
      skipLength();
      value = cursor.take(skipLength()).toString('utf8');
    } else {
      const first = cursor.u16();
      const length = first & 0x8000 ? ((first & 0x7fff) << 16) | cursor.u16() : first;
      value = cursor.take(length * 2).toString('utf16le');
    }
    this.cache.set(index, value);
    return value;
  }
}

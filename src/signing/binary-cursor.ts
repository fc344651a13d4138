import { packageFailure } from './package-failure.js';

/** Little-endian reads over a buffer; every read is bounds-checked and fails as a corrupt package. */
export class BinaryCursor {
  position: number;

  constructor(
    readonly bytes: Buffer,
    readonly what: string,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.position = start;
  }

  get remaining(): number {
    return this.end - this.position;
  }

  private need(count: number): void {
    if (count < 0 || this.position + count > this.end) {
      throw packageFailure('APP_PACKAGE_CORRUPT', `${this.what}: a length runs past the end of its container`);
    }
  }

  u8(): number {
    this.need(1);
    return this.bytes.readUInt8(this.position++);
  }

  u16(): number {
    this.need(2);
    const value = this.bytes.readUInt16LE(this.position);
    this.position += 2;
    return value;
  }

  u32(): number {
    this.need(4);
    const value = this.bytes.readUInt32LE(this.position);
    this.position += 4;
    return value;
  }

  u64(): number {
    this.need(8);
    const value = this.bytes.readBigUInt64LE(this.position);
    this.position += 8;
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw packageFailure('APP_PACKAGE_CORRUPT', `${this.what}: a 64-bit size is out of range`);
    }
    return Number(value);
  }

  take(count: number): Buffer {
    this.need(count);
    const slice = this.bytes.subarray(this.position, this.position + count);
    this.position += count;
    return slice;
  }

  skip(count: number): void {
    this.need(count);
    this.position += count;
  }

  /** A uint32 length prefix followed by that many bytes, as a cursor of its own. */
  lengthPrefixed(what = this.what): BinaryCursor {
    const length = this.u32();
    this.need(length);
    const inner = new BinaryCursor(this.bytes, what, this.position, this.position + length);
    this.position += length;
    return inner;
  }

  rest(): Buffer {
    return this.take(this.remaining);
  }
}

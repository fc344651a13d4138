import { packageFailure } from '../package-failure.js';

/** One BER/DER element: its tag byte, where its content lies, and the whole encoding. */
export interface DerElement {
  tag: number;
  constructed: boolean;
  /** Content octets (for indefinite lengths, without the end-of-contents marker). */
  content: Buffer;
  /** The complete encoding, header included. */
  encoded: Buffer;
}

const MAX_DEPTH = 32;

function corrupt(what: string): Error {
  return packageFailure('APP_PACKAGE_CORRUPT', `${what}: malformed ASN.1`);
}

/**
 * Reads the element at `offset`. Only what a CMS envelope needs: single-byte tags, definite lengths, and the
 * indefinite lengths some signers emit. Certificates themselves are handed whole to the X.509 parser.
 */
export function readElement(bytes: Buffer, offset: number, what: string, depth = 0): DerElement {
  if (depth > MAX_DEPTH) throw corrupt(what);
  if (offset + 2 > bytes.length) throw corrupt(what);
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw corrupt(what);
  const constructed = (tag & 0x20) !== 0;
  let position = offset + 1;
  const first = bytes[position++]!;
  if (first === 0x80) {
    if (!constructed) throw corrupt(what);
    let cursor = position;
    for (;;) {
      if (cursor + 2 > bytes.length) throw corrupt(what);
      if (bytes[cursor] === 0 && bytes[cursor + 1] === 0) break;
      cursor = end(readElement(bytes, cursor, what, depth + 1), bytes);
    }
    return { tag, constructed, content: bytes.subarray(position, cursor), encoded: bytes.subarray(offset, cursor + 2) };
  }
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count > 4 || position + count > bytes.length) throw corrupt(what);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[position++]!;
  }
  if (position + length > bytes.length) throw corrupt(what);
  return {
    tag,
    constructed,
    content: bytes.subarray(position, position + length),
    encoded: bytes.subarray(offset, position + length),
  };
}

function end(element: DerElement, bytes: Buffer): number {
  return element.encoded.byteOffset - bytes.byteOffset + element.encoded.length;
}

/** The elements directly inside a constructed element. */
export function children(element: DerElement, what: string): DerElement[] {
  if (!element.constructed) throw corrupt(what);
  const out: DerElement[] = [];
  const content = element.content;
  let offset = 0;
  while (offset < content.length) {
    const child = readElement(content, offset, what, 1);
    out.push(child);
    offset += child.encoded.length;
  }
  return out;
}

/** Content of an OCTET STRING, joining the pieces of a constructed (BER) one. */
export function octetString(element: DerElement, what: string, depth = 0): Buffer {
  if (element.tag === 0x04) return element.content;
  if (element.tag === 0x24 && depth < 4) return Buffer.concat(children(element, what).map((c) => octetString(c, what, depth + 1)));
  throw corrupt(what);
}

/** Dotted form of an OBJECT IDENTIFIER element. */
export function objectIdentifier(element: DerElement, what: string): string {
  if (element.tag !== 0x06 || element.content.length === 0) throw corrupt(what);
  const parts: number[] = [];
  let value = 0;
  for (const byte of element.content) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  const first = parts.shift() ?? 0;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

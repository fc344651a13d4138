import { BinaryCursor } from '../binary-cursor.js';
import { packageFailure } from '../package-failure.js';
import { StringPool } from './string-pool.js';

/** A typed attribute value (Res_value) from binary XML or resources.arsc. */
export interface ResValue {
  type: number;
  data: number;
  /** The raw string, when the attribute kept one. */
  raw: string | undefined;
}

export const TYPE_REFERENCE = 0x01;
export const TYPE_STRING = 0x03;
export const TYPE_INT_DEC = 0x10;
export const TYPE_INT_HEX = 0x11;

export interface XmlElement {
  name: string;
  /** Attributes by local name; android: attributes are also keyed by their resource id ("@0x01010003"). */
  attributes: Map<string, ResValue>;
}

const CHUNK_STRING_POOL = 0x0001;
const CHUNK_XML = 0x0003;
const CHUNK_RESOURCE_MAP = 0x0180;
const CHUNK_START_ELEMENT = 0x0102;

/**
 * Reads the start elements of a binary XML document (AndroidManifest.xml) until `stop` returns true,
 * so that reading `manifest` and `application` does not walk thousands of activity declarations.
 */
export function readBinaryXml(bytes: Buffer, stop: (element: XmlElement) => boolean): XmlElement[] {
  const what = 'AndroidManifest.xml';
  const header = new BinaryCursor(bytes, what);
  if (header.u16() !== CHUNK_XML) throw packageFailure('APP_PACKAGE_CORRUPT', `${what} is not binary XML`);
  const headerSize = header.u16();
  const documentEnd = Math.min(header.u32(), bytes.length);
  let offset = headerSize;
  let strings: StringPool | undefined;
  let resourceIds: Uint32Array = new Uint32Array(0);
  const elements: XmlElement[] = [];
  while (offset + 8 <= documentEnd) {
    const chunk = new BinaryCursor(bytes, what, offset, documentEnd);
    const type = chunk.u16();
    const chunkHeaderSize = chunk.u16();
    const size = chunk.u32();
    if (size < 8 || offset + size > documentEnd) throw packageFailure('APP_PACKAGE_CORRUPT', `${what}: chunk size lies`);
    if (type === CHUNK_STRING_POOL) strings = new StringPool(bytes, offset, offset + size);
    else if (type === CHUNK_RESOURCE_MAP) {
      const count = (size - chunkHeaderSize) / 4;
      resourceIds = new Uint32Array(count);
      const ids = new BinaryCursor(bytes, what, offset + chunkHeaderSize, offset + size);
      for (let i = 0; i < count; i++) resourceIds[i] = ids.u32();
    } else if (type === CHUNK_START_ELEMENT) {
      if (!strings) throw packageFailure('APP_PACKAGE_CORRUPT', `${what}: element before string pool`);
      const element = readStartElement(bytes, offset, chunkHeaderSize, offset + size, strings, resourceIds);
      elements.push(element);
      if (stop(element)) break;
    }
    offset += size;
  }
  return elements;
}

function readStartElement(
  bytes: Buffer,
  offset: number,
  headerSize: number,
  end: number,
  strings: StringPool,
  resourceIds: Uint32Array,
): XmlElement {
  const body = new BinaryCursor(bytes, 'AndroidManifest.xml element', offset + headerSize, end);
  body.u32();
  const name = strings.get(body.u32()) ?? '';
  const attributeStart = body.u16();
  const attributeSize = body.u16();
  const attributeCount = body.u16();
  const attributes = new Map<string, ResValue>();
  const base = offset + headerSize + attributeStart;
  for (let i = 0; i < attributeCount; i++) {
    const attribute = new BinaryCursor(bytes, 'AndroidManifest.xml attribute', base + i * attributeSize, end);
    attribute.u32();
    const nameIndex = attribute.u32();
    const rawIndex = attribute.u32();
    attribute.u16();
    attribute.u8();
    const type = attribute.u8();
    const data = attribute.u32();
    const value: ResValue = { type, data, raw: rawIndex === 0xffffffff ? undefined : strings.get(rawIndex) };
    if (type === TYPE_STRING && value.raw === undefined) value.raw = strings.get(data);
    const attributeName = strings.get(nameIndex);
    if (attributeName !== undefined && attributeName !== '') attributes.set(attributeName, value);
    const resourceId = resourceIds[nameIndex];
    if (resourceId !== undefined) attributes.set('@0x' + resourceId.toString(16).padStart(8, '0'), value);
  }
  return { name, attributes };
}

import { parseBinaryPlist } from './binary-plist.js';
import type { PlistValue } from './plist-value.js';
import { parseXmlPlist } from './xml-plist.js';

/** A property list in either encoding (Info.plist is usually binary, a provisioning profile XML). */
export function parsePlist(bytes: Buffer): PlistValue {
  if (bytes.toString('latin1', 0, 6) === 'bplist') return parseBinaryPlist(bytes);
  return parseXmlPlist(bytes.toString('utf8'));
}

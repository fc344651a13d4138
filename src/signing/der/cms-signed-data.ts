import { packageFailure } from '../package-failure.js';
import { children, objectIdentifier, octetString, readElement, type DerElement } from './der-reader.js';

const SIGNED_DATA_OID = '1.2.840.113549.1.7.2';

/** What Beian needs from a CMS/PKCS#7 SignedData: the certificates it carries, the signer's serial and the content. */
export interface SignedDataParts {
  /** DER of each certificate in the certificates field, in order. */
  certificates: Buffer[];
  /** Serial numbers (unsigned big-endian hex, lowercase) of the signers named by issuerAndSerialNumber. */
  signerSerials: string[];
  /** The encapsulated content, when attached. */
  content: Buffer | undefined;
}

function serialHex(element: DerElement): string {
  let bytes = element.content;
  while (bytes.length > 1 && bytes[0] === 0) bytes = bytes.subarray(1);
  return bytes.toString('hex');
}

/** Splits a ContentInfo holding SignedData (RFC 5652) into the parts above. */
export function parseSignedData(bytes: Buffer, what: string): SignedDataParts {
  const contentInfo = readElement(bytes, 0, what);
  const [type, explicit] = children(contentInfo, what);
  if (!type || !explicit || objectIdentifier(type, what) !== SIGNED_DATA_OID || explicit.tag !== 0xa0) {
    throw packageFailure('APP_PACKAGE_CORRUPT', `${what}: not a PKCS#7 SignedData`);
  }
  const [signedData] = children(explicit, what);
  if (!signedData || signedData.tag !== 0x30) throw packageFailure('APP_PACKAGE_CORRUPT', `${what}: SignedData missing`);
  const fields = children(signedData, what);
  const encapsulated = fields[2];
  let content: Buffer | undefined;
  if (encapsulated?.tag === 0x30) {
    const [, wrapped] = children(encapsulated, what);
    if (wrapped?.tag === 0xa0) {
      const [inner] = children(wrapped, what);
      if (inner) content = octetString(inner, what);
    }
  }
  const certificates: Buffer[] = [];
  const signerSerials: string[] = [];
  for (const field of fields.slice(3)) {
    if (field.tag === 0xa0) {
      for (const certificate of children(field, what)) if (certificate.tag === 0x30) certificates.push(certificate.encoded);
    } else if (field.tag === 0x31) {
      for (const signerInfo of children(field, what)) {
        const sid = children(signerInfo, what)[1];
        if (sid?.tag !== 0x30) continue;
        const serial = children(sid, what)[1];
        if (serial?.tag === 0x02) signerSerials.push(serialHex(serial));
      }
    }
  }
  return { certificates, signerSerials, content };
}

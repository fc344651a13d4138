import { BinaryCursor } from '../binary-cursor.js';

export const V2_BLOCK_ID = 0x7109871a;
export const V3_BLOCK_ID = 0xf05368c0;
export const V31_BLOCK_ID = 0x1b93ad61;
const PROOF_OF_ROTATION_ATTRIBUTE = 0x3ba06f8c;

/** One signer of a v2, v3 or v3.1 block, as stored (nothing verified yet). */
export interface SchemeSigner {
  signedData: Buffer;
  digests: Array<{ algorithm: number; digest: Buffer }>;
  certificates: Buffer[];
  signatures: Array<{ algorithm: number; signature: Buffer }>;
  publicKey: Buffer;
  minSdkVersion?: number;
  maxSdkVersion?: number;
  /** v3: the proof-of-rotation attribute's value, when present. */
  proofOfRotation?: Buffer;
}

function list(cursor: BinaryCursor, what: string): BinaryCursor[] {
  const outer = cursor.lengthPrefixed(what);
  const items: BinaryCursor[] = [];
  while (outer.remaining > 0) items.push(outer.lengthPrefixed(what));
  return items;
}

/** Parses the signers of a v2 (`withSdkRange` false) or v3/v3.1 block value. */
export function parseSchemeBlock(value: Buffer, withSdkRange: boolean, what: string): SchemeSigner[] {
  const top = new BinaryCursor(value, what);
  return list(top, what).map((signer) => {
    const signedDataCursor = signer.lengthPrefixed(what);
    const signedData = signedDataCursor.bytes.subarray(signedDataCursor.position, signedDataCursor.end);
    const digests = list(signedDataCursor, what).map((d) => ({ algorithm: d.u32(), digest: d.lengthPrefixed(what).rest() }));
    const certificates = list(signedDataCursor, what).map((c) => c.rest());
    const parsed: SchemeSigner = { signedData, digests, certificates, signatures: [], publicKey: Buffer.alloc(0) };
    if (withSdkRange) {
      signedDataCursor.u32();
      signedDataCursor.u32();
    }
    if (signedDataCursor.remaining > 0) {
      for (const attribute of list(signedDataCursor, what)) {
        const id = attribute.u32();
        if (id === PROOF_OF_ROTATION_ATTRIBUTE) parsed.proofOfRotation = attribute.rest();
      }
    }
    if (withSdkRange) {
      parsed.minSdkVersion = signer.u32();
      parsed.maxSdkVersion = signer.u32();
    }
    parsed.signatures = list(signer, what).map((s) => ({ algorithm: s.u32(), signature: s.lengthPrefixed(what).rest() }));
    parsed.publicKey = signer.lengthPrefixed(what).rest();
    return parsed;
  });
}

/** The certificates of a v3 proof-of-rotation structure, oldest first. */
export function parseProofOfRotation(value: Buffer): Buffer[] {
  const what = 'v3 proof-of-rotation';
  const cursor = new BinaryCursor(value, what);
  cursor.u32();
  const certificates: Buffer[] = [];
  while (cursor.remaining > 0) {
    const level = cursor.lengthPrefixed(what);
    const signedData = level.lengthPrefixed(what);
    certificates.push(signedData.lengthPrefixed(what).rest());
  }
  return certificates;
}

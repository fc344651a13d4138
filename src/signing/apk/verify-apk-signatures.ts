import { constants, createPublicKey, verify, X509Certificate, type KeyObject } from 'node:crypto';
import type { ByteSource } from '../byte-source.js';
import type { SchemeVerification, VerificationResult } from '../app-info-types.js';
import type { ZipDirectory } from '../zip/zip-directory.js';
import { computeContentDigests, type ChunkedDigestAlgorithm } from './content-digests.js';
import type { SchemeSigner } from './signature-scheme-blocks.js';

interface AlgorithmSpec {
  digest: ChunkedDigestAlgorithm;
  pss?: number;
  rank: number;
}

/** APK signature algorithm ids (v2/v3) that Beian verifies; the verity ones (0x04xx) hash differently and are skipped. */
const ALGORITHMS: Record<number, AlgorithmSpec> = {
  0x0101: { digest: 'sha256', pss: 32, rank: 2 },
  0x0102: { digest: 'sha512', pss: 64, rank: 4 },
  0x0103: { digest: 'sha256', rank: 1 },
  0x0104: { digest: 'sha512', rank: 3 },
  0x0201: { digest: 'sha256', rank: 1 },
  0x0202: { digest: 'sha512', rank: 3 },
  0x0301: { digest: 'sha256', rank: 1 },
};

export type SchemeName = 'v2' | 'v3' | 'v3.1';

function publicKeyOf(der: Buffer): KeyObject | undefined {
  try {
    return createPublicKey({ key: der, format: 'der', type: 'spki' });
  } catch {
    return undefined;
  }
}

function checkSigner(signer: SchemeSigner, contentDigests: Map<ChunkedDigestAlgorithm, Buffer>): string | undefined {
  const best = signer.signatures
    .filter((s) => ALGORITHMS[s.algorithm])
    .sort((a, b) => ALGORITHMS[b.algorithm]!.rank - ALGORITHMS[a.algorithm]!.rank)[0];
  if (!best) return 'no supported signature algorithm';
  const spec = ALGORITHMS[best.algorithm]!;
  const key = publicKeyOf(signer.publicKey);
  if (!key) return 'public key cannot be parsed';
  const options = spec.pss ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: spec.pss } : key;
  let signatureValid = false;
  try {
    signatureValid = verify(spec.digest, signer.signedData, options, best.signature);
  } catch {
    signatureValid = false;
  }
  if (!signatureValid) return 'signature does not verify';
  const first = signer.certificates[0];
  if (!first) return 'no certificate';
  try {
    const certificateKey = new X509Certificate(first).publicKey.export({ type: 'spki', format: 'der' });
    if (!certificateKey.equals(key.export({ type: 'spki', format: 'der' }))) return 'certificate public key differs from the signer key';
  } catch {
    return 'certificate cannot be parsed';
  }
  const signed = signer.digests.find((d) => d.algorithm === best.algorithm);
  if (!signed) return 'signed digests do not cover the signature algorithm';
  const computed = contentDigests.get(spec.digest);
  if (!computed || !computed.equals(signed.digest)) return 'content digest mismatch: the APK was modified after signing';
  return undefined;
}

/** Checks the v2/v3/v3.1 signatures and content digests (one pass over the file for all of them). */
export async function verifyApkSignatures(
  source: ByteSource,
  zip: ZipDirectory,
  signingBlockOffset: number | undefined,
  schemes: Partial<Record<SchemeName, SchemeSigner[]>>,
): Promise<VerificationResult> {
  const result: VerificationResult = { v2: 'absent', v3: 'absent', 'v3.1': 'absent', problems: [] };
  if (signingBlockOffset === undefined) return result;
  const needed = new Set<ChunkedDigestAlgorithm>();
  for (const signers of Object.values(schemes)) {
    for (const signer of signers ?? []) for (const s of signer.signatures) if (ALGORITHMS[s.algorithm]) needed.add(ALGORITHMS[s.algorithm]!.digest);
  }
  const digests = needed.size > 0 ? await computeContentDigests(source, zip, signingBlockOffset, [...needed]) : new Map();
  for (const name of ['v2', 'v3', 'v3.1'] as const) {
    const signers = schemes[name];
    if (!signers) continue;
    let status: SchemeVerification = signers.length > 0 ? 'verified' : 'failed';
    if (signers.length === 0) result.problems.push(`${name}: no signers`);
    signers.forEach((signer, index) => {
      const problem = checkSigner(signer, digests);
      if (problem) {
        status = 'failed';
        result.problems.push(`${name} signer #${index + 1}: ${problem}`);
      }
    });
    result[name] = status;
  }
  return result;
}

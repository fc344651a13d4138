import type { ByteSource } from '../byte-source.js';
import { parseSignedData } from '../der/cms-signed-data.js';
import { signerCertificates } from '../der/signer-certificates.js';
import type { ZipDirectory } from '../zip/zip-directory.js';
import { readZipEntry } from '../zip/read-zip-entry.js';

const SIGNATURE_BLOCK = /^META-INF\/[^/]+\.(RSA|DSA|EC)$/i;
const MAX_SIGNATURE_BLOCK_BYTES = 1024 * 1024;
const MAX_SIGNATURE_BLOCKS = 16;

/** The v1 (JAR) signers: the certificate of each META-INF/*.RSA, *.DSA or *.EC PKCS#7 block. */
export async function readJarSigners(source: ByteSource, zip: ZipDirectory): Promise<Buffer[]> {
  const blocks = zip.entries.filter((entry) => SIGNATURE_BLOCK.test(entry.name)).slice(0, MAX_SIGNATURE_BLOCKS);
  const certificates: Buffer[] = [];
  for (const entry of blocks) {
    const bytes = await readZipEntry(source, zip, entry, MAX_SIGNATURE_BLOCK_BYTES);
    for (const { leaf } of signerCertificates(parseSignedData(bytes, entry.name), entry.name)) {
      if (!certificates.some((known) => known.equals(leaf))) certificates.push(leaf);
    }
  }
  return certificates;
}

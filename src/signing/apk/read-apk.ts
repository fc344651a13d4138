import type { ByteSource } from '../byte-source.js';
import type { RawSigner, SigningScheme } from '../app-info-types.js';
import type { ReadPackage } from '../assemble-app-info.js';
import { appWarnings } from '../app-warnings.js';
import { describeCertificate, parseCertificate } from '../certificate/describe-certificate.js';
import { packageFailure } from '../package-failure.js';
import type { ZipDirectory } from '../zip/zip-directory.js';
import { readZipEntry } from '../zip/read-zip-entry.js';
import { readApkSigningBlock } from './apk-signing-block.js';
import { readBinaryXml, TYPE_INT_DEC, TYPE_INT_HEX, TYPE_REFERENCE, type ResValue } from './binary-xml.js';
import { readJarSigners } from './jar-signatures.js';
import { ResourceTable } from './resource-table.js';
import {
  parseProofOfRotation,
  parseSchemeBlock,
  V2_BLOCK_ID,
  V31_BLOCK_ID,
  V3_BLOCK_ID,
  type SchemeSigner,
} from './signature-scheme-blocks.js';
import { verifyApkSignatures, type SchemeName } from './verify-apk-signatures.js';

const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
const MAX_RESOURCES_BYTES = 48 * 1024 * 1024;

const ATTR_LABEL = '@0x01010001';
const ATTR_VERSION_CODE = '@0x0101021b';
const ATTR_VERSION_NAME = '@0x0101021c';

function scalar(value: ResValue | undefined): string | undefined {
  if (!value) return undefined;
  if (value.type === TYPE_INT_DEC || value.type === TYPE_INT_HEX) return String(value.data >>> 0);
  return value.raw;
}

async function readManifest(source: ByteSource, zip: ZipDirectory) {
  const entry = zip.byName.get('AndroidManifest.xml');
  if (!entry) throw packageFailure('APP_PACKAGE_UNSUPPORTED', 'no AndroidManifest.xml');
  const xml = await readZipEntry(source, zip, entry, MAX_MANIFEST_BYTES);
  const elements = readBinaryXml(xml, (element) => element.name === 'application');
  const manifest = elements.find((e) => e.name === 'manifest');
  if (!manifest) throw packageFailure('APP_PACKAGE_CORRUPT', 'AndroidManifest.xml has no <manifest> element');
  const application = elements.find((e) => e.name === 'application');
  const label = application?.attributes.get(ATTR_LABEL) ?? application?.attributes.get('label');
  let appName = label?.type === TYPE_REFERENCE ? undefined : scalar(label);
  if (label?.type === TYPE_REFERENCE) {
    const resources = zip.byName.get('resources.arsc');
    if (resources) appName = new ResourceTable(await readZipEntry(source, zip, resources, MAX_RESOURCES_BYTES)).resolveString(label.data);
  }
  return {
    packageName: manifest.attributes.get('package')?.raw,
    versionCode: scalar(manifest.attributes.get(ATTR_VERSION_CODE) ?? manifest.attributes.get('versionCode')),
    versionName: scalar(manifest.attributes.get(ATTR_VERSION_NAME) ?? manifest.attributes.get('versionName')),
    appName,
  };
}

/** Reads an APK: manifest, v1 signatures, the v2/v3/v3.1 blocks and, when asked, verifies the v2/v3 digests. */
export async function readApk(source: ByteSource, zip: ZipDirectory, options: { verify: boolean }): Promise<ReadPackage> {
  const manifest = await readManifest(source, zip);
  const block = await readApkSigningBlock(source, zip);
  const schemes: Partial<Record<SchemeName, SchemeSigner[]>> = {};
  for (const pair of block?.pairs ?? []) {
    if (pair.id === V2_BLOCK_ID) schemes.v2 = parseSchemeBlock(pair.value, false, 'v2 signature block');
    else if (pair.id === V3_BLOCK_ID) schemes.v3 = parseSchemeBlock(pair.value, true, 'v3 signature block');
    else if (pair.id === V31_BLOCK_ID) schemes['v3.1'] = parseSchemeBlock(pair.value, true, 'v3.1 signature block');
  }
  const signers: RawSigner[] = [];
  const add = (certificate: Buffer | undefined, scheme: SigningScheme, extra: Partial<RawSigner> = {}): void => {
    if (!certificate) return;
    const known = signers.find((s) => s.certificate.equals(certificate));
    if (known) {
      if (!known.schemes.includes(scheme)) known.schemes.push(scheme);
      Object.assign(known, extra);
    } else signers.push({ schemes: [scheme], certificate, ...extra });
  };
  for (const certificate of await readJarSigners(source, zip)) add(certificate, 'v1');
  for (const signer of schemes.v2 ?? []) add(signer.certificates[0], 'v2');
  for (const name of ['v3', 'v3.1'] as const) {
    for (const signer of schemes[name] ?? []) {
      add(signer.certificates[0], name, { minSdkVersion: signer.minSdkVersion, maxSdkVersion: signer.maxSdkVersion });
    }
  }
  const rotationSource = [...(schemes['v3.1'] ?? []), ...(schemes.v3 ?? [])].find((s) => s.proofOfRotation);
  const lineage = rotationSource?.proofOfRotation ? parseProofOfRotation(rotationSource.proofOfRotation) : [];

  const newest = (['v3.1', 'v3', 'v2', 'v1'] as const)
    .map((scheme) => signers.findIndex((s) => s.schemes.includes(scheme)))
    .find((index) => index >= 0);
  const warnings = [];
  const perScheme = (['v1', 'v2', 'v3', 'v3.1'] as const).map((scheme) => signers.filter((s) => s.schemes.includes(scheme)).length);
  if (perScheme.some((count) => count > 1)) warnings.push(appWarnings.multipleSigners(Math.max(...perScheme)));
  const rotated = (['v3.1', 'v3'] as const).find((scheme) => {
    const signer = signers.find((s) => s.schemes.includes(scheme));
    return signer && !signer.schemes.includes('v1') && !signer.schemes.includes('v2') && signers.some((s) => s.schemes.includes('v1') || s.schemes.includes('v2'));
  });
  if (rotated) {
    const oldSigner = signers.find((s) => s.schemes.includes('v2') || s.schemes.includes('v1'))!;
    const newSigner = signers.find((s) => s.schemes.includes(rotated))!;
    const oldInfo = describeCertificate(parseCertificate(oldSigner.certificate, 'signer'));
    const newInfo = describeCertificate(parseCertificate(newSigner.certificate, 'signer'));
    warnings.push(appWarnings.keyRotation(oldInfo.subject, oldInfo.md5, newInfo.subject, newInfo.md5, rotated));
  }
  const read: ReadPackage = {
    platform: 'android',
    ...manifest,
    signers,
    filedSigner: newest ?? 0,
    lineage,
    warnings,
  };
  if (options.verify) {
    read.verification = await verifyApkSignatures(source, zip, block?.offset, schemes);
  }
  return read;
}

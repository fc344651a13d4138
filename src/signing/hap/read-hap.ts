import type { ReadPackage } from '../assemble-app-info.js';
import { sliceSource, type ByteSource } from '../byte-source.js';
import { parseSignedData } from '../der/cms-signed-data.js';
import { signerCertificates } from '../der/signer-certificates.js';
import { packageFailure } from '../package-failure.js';
import { entryDataRange, readZipEntry } from '../zip/read-zip-entry.js';
import { readZipDirectory, type ZipDirectory } from '../zip/zip-directory.js';
import { HAP_PROFILE_BLOCK, HAP_SIGNATURE_BLOCK, readHapSigningBlock } from './hap-signing-block.js';
import { appWarnings } from '../app-warnings.js';

const MAX_JSON_BYTES = 4 * 1024 * 1024;

type Json = Record<string, unknown>;

function object(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

async function readJson(source: ByteSource, zip: ZipDirectory, name: string): Promise<Json | undefined> {
  const entry = zip.byName.get(name);
  if (!entry) return undefined;
  const bytes = await readZipEntry(source, zip, entry, MAX_JSON_BYTES);
  try {
    return object(JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')));
  } catch {
    throw packageFailure('APP_PACKAGE_CORRUPT', `${name} is not JSON`);
  }
}

/** bundleName and version from module.json (stage model), config.json (FA model) or pack.info (.app and HAP). */
function identity(moduleJson: Json | undefined, configJson: Json | undefined, packInfo: Json | undefined) {
  const stage = object(moduleJson?.app);
  const fa = object(configJson?.app);
  const packed = object(object(packInfo?.summary)?.app);
  const version = object(fa?.version) ?? object(packed?.version);
  const label = text(stage?.label) ?? text(fa?.label);
  return {
    packageName: text(stage?.bundleName) ?? text(fa?.bundleName) ?? text(packed?.bundleName),
    versionName: text(stage?.versionName) ?? text(version?.name),
    versionCode: text(stage?.versionCode) ?? text(version?.code),
    appName: label && !label.startsWith('$') ? label : undefined,
  };
}

/** The provisioning profile sub-block: signed (CMS around JSON) or, unsigned, the JSON itself. */
function profileType(profile: Buffer | undefined): string | undefined {
  if (!profile || profile.length === 0) return undefined;
  const json = profile[0] === 0x7b ? profile : parseSignedData(profile, 'HAP profile').content;
  if (!json) return undefined;
  try {
    return text(object(JSON.parse(json.toString('utf8')))?.type);
  } catch {
    throw packageFailure('APP_PACKAGE_CORRUPT', 'HAP profile is not JSON');
  }
}

async function signingCertificates(source: ByteSource, zip: ZipDirectory) {
  const blocks = await readHapSigningBlock(source, zip);
  const signature = blocks?.get(HAP_SIGNATURE_BLOCK);
  if (!signature) return { signers: [], profileType: undefined };
  return {
    signers: signerCertificates(parseSignedData(signature, 'HAP signature'), 'HAP signature'),
    profileType: profileType(blocks?.get(HAP_PROFILE_BLOCK)),
  };
}

/**
 * Reads a HarmonyOS HAP, or an .app bundle of HAPs: identity from its JSON descriptors, certificates from the signing
 * block (for an .app without one of its own, from the first HAP stored inside it).
 */
export async function readHap(source: ByteSource, zip: ZipDirectory): Promise<ReadPackage> {
  const read: ReadPackage = {
    platform: 'harmonyos',
    ...identity(await readJson(source, zip, 'module.json'), await readJson(source, zip, 'config.json'), await readJson(source, zip, 'pack.info')),
    signers: [],
  };
  let found = await signingCertificates(source, zip);
  if (found.signers.length === 0) {
    const inner = zip.entries.find((e) => e.name.endsWith('.hap') && !e.name.includes('/') && e.method === 0 && !(e.flags & 1));
    if (inner) {
      const { start, length } = await entryDataRange(source, zip, inner);
      const hap = sliceSource(source, start, length);
      const innerZip = await readZipDirectory(hap);
      found = await signingCertificates(hap, innerZip);
      if (!read.packageName) read.packageName = identity(await readJson(hap, innerZip, 'module.json'), undefined, undefined).packageName;
    }
  }
  read.signers = found.signers.map(({ leaf, chain }) => ({ schemes: ['hap-signature'], certificate: leaf, chain }));
  if (found.profileType === 'debug') read.warnings = [appWarnings.harmonyDebugProfile()];
  return read;
}

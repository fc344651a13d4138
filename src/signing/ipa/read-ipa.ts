import type { AppleProfile, RawSigner } from '../app-info-types.js';
import type { ReadPackage } from '../assemble-app-info.js';
import { appWarnings } from '../app-warnings.js';
import type { ByteSource } from '../byte-source.js';
import { parseSignedData } from '../der/cms-signed-data.js';
import { packageFailure } from '../package-failure.js';
import { readZipEntry } from '../zip/read-zip-entry.js';
import type { ZipDirectory } from '../zip/zip-directory.js';
import { parsePlist } from './parse-plist.js';
import { plistDict, plistString, type PlistValue } from './plist-value.js';

const MAX_PLIST_BYTES = 8 * 1024 * 1024;
const MAX_PROFILE_BYTES = 4 * 1024 * 1024;

function first(value: PlistValue | undefined): string | undefined {
  return Array.isArray(value) ? plistString(value[0]) : plistString(value);
}

/** Development, ad hoc, App Store or enterprise, from the profile's device list and entitlements. */
export function profileType(profile: Record<string, PlistValue>): AppleProfile['type'] {
  if (profile.ProvisionsAllDevices === true) return 'enterprise';
  if (Array.isArray(profile.ProvisionedDevices)) {
    return plistDict(profile.Entitlements)?.['get-task-allow'] === true ? 'development' : 'ad-hoc';
  }
  return 'app-store';
}

/** Reads an IPA: Payload/X.app/Info.plist and the certificates of Payload/X.app/embedded.mobileprovision. */
export async function readIpa(source: ByteSource, zip: ZipDirectory): Promise<ReadPackage> {
  const infoEntry = zip.entries.find((e) => /^Payload\/[^/]+\.app\/Info\.plist$/.test(e.name));
  if (!infoEntry) throw packageFailure('APP_PACKAGE_UNSUPPORTED', 'no Payload/*.app/Info.plist');
  const appDir = infoEntry.name.slice(0, -'Info.plist'.length);
  const info = plistDict(parsePlist(await readZipEntry(source, zip, infoEntry, MAX_PLIST_BYTES)));
  if (!info) throw packageFailure('APP_PACKAGE_CORRUPT', 'Info.plist is not a dictionary');
  const read: ReadPackage = {
    platform: 'ios',
    packageName: plistString(info.CFBundleIdentifier),
    appName: plistString(info.CFBundleDisplayName) ?? plistString(info.CFBundleName),
    versionName: plistString(info.CFBundleShortVersionString),
    versionCode: plistString(info.CFBundleVersion),
    signers: [],
    warnings: [],
  };
  const profileEntry = zip.byName.get(appDir + 'embedded.mobileprovision');
  if (!profileEntry) {
    read.warnings!.push(appWarnings.noAppleProfile());
    return read;
  }
  const envelope = parseSignedData(await readZipEntry(source, zip, profileEntry, MAX_PROFILE_BYTES), 'embedded.mobileprovision');
  if (!envelope.content) throw packageFailure('APP_PACKAGE_CORRUPT', 'embedded.mobileprovision carries no profile');
  const profile = plistDict(parsePlist(envelope.content));
  if (!profile) throw packageFailure('APP_PACKAGE_CORRUPT', 'embedded.mobileprovision is not a dictionary');
  const certificates = Array.isArray(profile.DeveloperCertificates) ? profile.DeveloperCertificates.filter(Buffer.isBuffer) : [];
  read.signers = certificates.map((certificate): RawSigner => ({ schemes: ['provisioning-profile'], certificate }));
  const expiration = profile.ExpirationDate;
  read.profile = {
    name: plistString(profile.Name) ?? null,
    type: profileType(profile),
    teamId: first(profile.TeamIdentifier) ?? null,
    teamName: plistString(profile.TeamName) ?? null,
    uuid: plistString(profile.UUID) ?? null,
    expirationDate: expiration instanceof Date && !Number.isNaN(expiration.getTime()) ? expiration.toISOString() : null,
  };
  if (read.profile.type === 'development' || read.profile.type === 'ad-hoc') {
    read.warnings!.push(appWarnings.appleProfileNotDistribution(read.profile.type));
  }
  if (read.signers.length > 1) read.warnings!.push(appWarnings.multipleSigners(read.signers.length));
  return read;
}

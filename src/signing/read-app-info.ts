import { BeianError } from '../domain/errors/beian-error.js';
import { readApk } from './apk/read-apk.js';
import type { AppInfo } from './app-info-types.js';
import { assembleAppInfo, type ReadPackage } from './assemble-app-info.js';
import { openFileSource, type ByteSource } from './byte-source.js';
import { readHap } from './hap/read-hap.js';
import { readIpa } from './ipa/read-ipa.js';
import { packageFailure } from './package-failure.js';
import { readZipDirectory, type ZipDirectory } from './zip/zip-directory.js';

export interface ReadAppInfoOptions {
  /** Also check v2/v3 content digests and signatures (reads the whole file once). */
  verify?: boolean;
  /** The moment certificate expiry is judged against. */
  now?: Date;
}

async function readPackage(source: ByteSource, zip: ZipDirectory, verify: boolean): Promise<ReadPackage> {
  if (zip.byName.has('AndroidManifest.xml')) return readApk(source, zip, { verify });
  if (zip.entries.some((e) => /^Payload\/[^/]+\.app\/Info\.plist$/.test(e.name))) return readIpa(source, zip);
  if (zip.byName.has('module.json') || zip.byName.has('pack.info') || zip.byName.has('config.json')) {
    return readHap(source, zip);
  }
  throw packageFailure('APP_PACKAGE_UNSUPPORTED', 'no AndroidManifest.xml, Payload/*.app/Info.plist, module.json or pack.info');
}

/** Bytes that break a parser in a way it did not foresee are still a corrupt package, not a crash; I/O errors pass. */
function asPackageError(error: unknown): unknown {
  if (error instanceof BeianError || (error as NodeJS.ErrnoException)?.syscall) return error;
  return packageFailure('APP_PACKAGE_CORRUPT', error instanceof Error ? error.message : String(error));
}

/** Reads package name, version, label and signing certificates from an APK, IPA, HAP or HarmonyOS .app source. */
export async function readAppInfoFromSource(source: ByteSource, options: ReadAppInfoOptions = {}): Promise<AppInfo> {
  try {
    const zip = await readZipDirectory(source);
    const read = await readPackage(source, zip, options.verify ?? false);
    return assembleAppInfo(read, options.now ?? new Date());
  } catch (error) {
    throw asPackageError(error);
  }
}

/** Opens `path` and reads it by random access (never whole, except to verify digests when asked). */
export async function readAppInfo(path: string, options: ReadAppInfoOptions = {}): Promise<AppInfo> {
  let source: ByteSource;
  try {
    source = await openFileSource(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
      throw new BeianError('APP_PACKAGE_NOT_FOUND', { path, details: { reason: code } });
    }
    throw error;
  }
  try {
    return await readAppInfoFromSource(source, options);
  } finally {
    await source.close();
  }
}

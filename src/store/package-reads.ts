import type { Kysely } from 'kysely';
import type { AppInfo } from '../signing/app-info-types.js';
import type { Selectable } from 'kysely';
import type { Database, PackageReadsTable } from './schema.js';

export type PackageRead = Selectable<PackageReadsTable>;

/** Keeps what a signed-in account's package upload read (nothing for anonymous callers or a package without a name). */
export async function recordPackageRead(db: Kysely<Database>, userId: string | null, info: AppInfo, now: Date): Promise<void> {
  const packageName = info.filing.packageName ?? info.packageName;
  if (!userId || !packageName) return;
  await db
    .insertInto('package_reads')
    .values({
      user_id: userId,
      platform: info.platform,
      package_name: packageName,
      app_name: info.appName,
      version_name: info.versionName,
      public_key: info.filing.publicKey,
      signature_md5: info.filing.signatureMd5,
      read_at: now,
    })
    .execute();
}

/** The latest read of each of these package names by this account. */
export async function latestPackageReads(db: Kysely<Database>, userId: string, packageNames: string[]): Promise<Map<string, PackageRead>> {
  const latest = new Map<string, PackageRead>();
  if (packageNames.length === 0) return latest;
  const rows = await db
    .selectFrom('package_reads')
    .selectAll()
    .where('user_id', '=', userId)
    .where('package_name', 'in', packageNames)
    .orderBy('read_at', 'desc')
    .orderBy('id')
    .execute();
  for (const row of rows) if (!latest.has(row.package_name)) latest.set(row.package_name, row);
  return latest;
}

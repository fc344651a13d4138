import { sql, type Kysely } from 'kysely';
import { searchGrams } from '../domain/registry/search-grams.js';
import type { PackageFiling } from '../domain/registry/check-verdict.js';
import type { Database } from './schema.js';

const filingColumns = [
  'f.filing_id',
  'f.number',
  'f.kind',
  'f.subject_number',
  'f.subject_name',
  'f.service_name',
  'f.service_type',
  'f.province_code',
  'f.status',
  'f.shell',
  'f.access_limited',
  'f.approved_at',
  'f.changed_at',
  'f.cancelled_at',
] as const;

function registryFilings(db: Kysely<Database>) {
  return db.selectFrom('registry_filings as f').select(filingColumns);
}

/** A registry filing row: public facts only. */
export type RegistryFilingRow = Awaited<ReturnType<ReturnType<typeof registryFilings>['executeTakeFirstOrThrow']>>;

export interface RegistryPackageRow {
  filing_id: string;
  platform: string;
  package_name: string;
  signature_digest: string | null;
  public_key: string | null;
}

/** Active filings first, then the latest. */
const statusOrder = sql<number>`case f.status when 'active' then 0 when 'revoked' then 1 else 2 end`;

/** The filings whose feature info carries this package on this platform, with the filed packages. */
export async function filingsByPackage(db: Kysely<Database>, platform: string, packageName: string) {
  const rows = await registryFilings(db)
    .innerJoin('registry_packages as p', 'p.filing_id', 'f.filing_id')
    .select(['p.platform', 'p.package_name', 'p.signature_digest', 'p.public_key'])
    .where('p.platform', '=', platform)
    .where('p.package_name', '=', packageName)
    .orderBy(statusOrder)
    .orderBy('f.approved_at', 'desc')
    .limit(50)
    .execute();
  return rows;
}

/** The filings that use (or, once cancelled, used) this domain. */
export async function filingsByDomain(db: Kysely<Database>, domain: string): Promise<RegistryFilingRow[]> {
  return registryFilings(db)
    .innerJoin('registry_domains as d', 'd.filing_id', 'f.filing_id')
    .where('d.domain', '=', domain)
    .orderBy(statusOrder)
    .orderBy('f.approved_at', 'desc')
    .limit(20)
    .execute();
}

export type SearchType = 'subject' | 'app' | 'mini_program' | 'quick_app' | 'website';

/**
 * How a filing matches, best first: 0 exact name (or package name), 1 subject name starts with the query, 2 service
 * name does, 3 a package name does, 4 a name contains it. Tier 0 and 4 are ordered by number, the prefix tiers by the
 * matching name (then number), so each tier reads one index in order and stops at the page size.
 */
export type SearchTier = 0 | 1 | 2 | 3 | 4;

export interface SearchCursor {
  tier: SearchTier;
  /** The last row's matching name in prefix tiers; '' otherwise. */
  key: string;
  number: string;
}

export interface SearchOptions {
  q: string;
  type?: SearchType | undefined;
  packages: boolean;
  after?: SearchCursor | undefined;
  limit: number;
}

export type SearchRow = RegistryFilingRow & { tier: SearchTier; key: string };

/**
 * Searches subject and service names (and, for ASCII queries, package names). Exact matches are equalities and prefix matches
 * `^@` (starts_with) on "C"-collated indexes; containment uses the GIN index of name grams, then checks the name. No
 * LIKE pattern is ever a parameter. A prefix is `^@` rather than a range up to the prefix and U+10FFFF: PostgreSQL
 * estimates the rows of such a range far too low (10 for 3,000 at 100,000 filings) and then reads every match through
 * a bitmap and sorts it, where `^@` with the statement's bound value is estimated from the column's statistics and
 * walks the index in order, stopping at the page size.
 */
export async function searchRegistry(db: Kysely<Database>, options: SearchOptions): Promise<SearchRow[]> {
  const { q, limit } = options;
  const lowered = q.toLowerCase();
  const grams = searchGrams(q);
  const packagePrefix = sql<boolean>`exists (select 1 from registry_packages p where p.filing_id = f.filing_id and p.package_name ^@ ${q})`;
  const exact = sql<boolean>`coalesce(f.subject_name = ${q} or f.service_name = ${q}${
    options.packages ? sql` or exists (select 1 from registry_packages p where p.filing_id = f.filing_id and p.package_name = ${q})` : sql``
  }, false)`;
  const subjectPrefix = sql<boolean>`(f.subject_name ^@ ${q})`;
  const servicePrefix = sql<boolean>`coalesce(f.service_name ^@ ${q}, false)`;
  const found: SearchRow[] = [];
  for (let tier = options.after?.tier ?? 0; tier <= 4 && found.length < limit; tier += 1) {
    if (tier === 3 && !options.packages) continue;
    const after = options.after && tier === options.after.tier ? options.after : undefined;
    let query = registryFilings(db);
    if (options.type === 'subject') query = query.where('f.kind', '=', 'subject');
    else if (options.type) query = query.where('f.service_type', '=', options.type);
    const rest = limit - found.length;
    let rows: SearchRow[];
    if (tier === 0) {
      // With package names, one index lookup per column: an OR with a subquery would scan every filing in number order.
      query = options.packages
        ? query.where(
            sql<boolean>`f.filing_id in (select x.filing_id from registry_filings x where x.subject_name = ${q}
              union all select x.filing_id from registry_filings x where x.service_name = ${q}
              union all select p.filing_id from registry_packages p where p.package_name = ${q})`,
          )
        : query.where(sql<boolean>`(f.subject_name = ${q} or f.service_name = ${q})`);
      if (after) query = query.where('f.number', '>', after.number);
      rows = (await query.orderBy('f.number').limit(rest).execute()).map((row) => ({ ...row, tier: 0, key: '' }));
    } else if (tier === 1) {
      query = query.where(subjectPrefix).where(sql<boolean>`not ${exact}`);
      if (after) query = query.where(sql<boolean>`(f.subject_name, f.number) > (${after.key}, ${after.number})`);
      rows = (await query.orderBy('f.subject_name').orderBy('f.number').limit(rest).execute()).map((row) => ({ ...row, tier: 1, key: row.subject_name }));
    } else if (tier === 2) {
      query = query
        .where(sql<boolean>`f.service_name ^@ ${q}`)
        .where(sql<boolean>`not ${exact}`)
        .where(sql<boolean>`not ${subjectPrefix}`);
      if (after) query = query.where(sql<boolean>`(f.service_name, f.number) > (${after.key}, ${after.number})`);
      rows = (await query.orderBy('f.service_name').orderBy('f.number').limit(rest).execute()).map((row) => ({ ...row, tier: 2, key: row.service_name ?? '' }));
    } else if (tier === 3) {
      // Each filing once, under its first matching package name (a package is often filed for several platforms).
      let joined = query
        .innerJoin('registry_packages as p', 'p.filing_id', 'f.filing_id')
        .select('p.package_name')
        .where(sql<boolean>`p.package_name ^@ ${q}`)
        .where(
          sql<boolean>`not exists (select 1 from registry_packages p2 where p2.filing_id = p.filing_id and p2.package_name >= ${q} and (p2.package_name, p2.platform) < (p.package_name, p.platform))`,
        )
        .where(sql<boolean>`not ${exact}`)
        .where(sql<boolean>`not ${subjectPrefix}`)
        .where(sql<boolean>`not ${servicePrefix}`);
      if (after) joined = joined.where(sql<boolean>`(p.package_name, f.number) > (${after.key}, ${after.number})`);
      rows = (await joined.orderBy('p.package_name').orderBy('f.number').limit(rest).execute()).map(({ package_name, ...row }) => ({ ...row, tier: 3, key: package_name }));
    } else {
      query = query
        .where(sql<boolean>`f.name_grams @> array[${sql.join(grams)}]::text[]`)
        .where(sql<boolean>`(strpos(lower(f.subject_name), ${lowered}) > 0 or strpos(lower(coalesce(f.service_name, '')), ${lowered}) > 0)`)
        .where(sql<boolean>`not ${subjectPrefix}`)
        .where(sql<boolean>`not ${servicePrefix}`);
      if (options.packages) query = query.where(sql<boolean>`not ${packagePrefix}`);
      if (after) query = query.where('f.number', '>', after.number);
      rows = (await query.orderBy('f.number').limit(rest).execute()).map((row) => ({ ...row, tier: 4, key: '' }));
    }
    found.push(...rows);
  }
  return found;
}

/** One row of packageFilingsFor's answer, as the database writes it: a JSON array, so that a batch is one string. */
type PackageFilingTuple = [
  platform: string,
  packageName: string,
  signatureDigest: string | null,
  number: string,
  subjectNumber: string,
  subjectName: string,
  serviceName: string | null,
  status: PackageFiling['status'],
  shell: boolean,
  accessLimited: boolean,
  approvedAtMs: number,
];

/**
 * The rows of registry_packages for these (platform, package) pairs, joined to their filings, for bulk checks. The
 * database answers with one JSON text for the whole batch (parsed at once, instead of a result row and a value per
 * column: most of the cost of a large batch on the client).
 */
export async function packageFilingsFor(db: Kysely<Database>, keys: ReadonlyArray<{ platform: string; packageName: string }>): Promise<Map<string, PackageFiling[]>> {
  const result = new Map<string, PackageFiling[]>();
  if (keys.length === 0) return result;
  const unique = new Set<string>();
  let platforms = '';
  let names = '';
  for (const k of keys) {
    const key = packageKey(k.platform, k.packageName);
    if (unique.has(key)) continue;
    unique.add(key);
    platforms += unique.size === 1 ? k.platform : `,${k.platform}`;
    names += unique.size === 1 ? k.packageName : `,${k.packageName}`;
  }
  const answer = await sql<{ rows: string }>`
    select coalesce(json_agg(json_build_array(p.platform, p.package_name, p.signature_digest, f.number, f.subject_number, f.subject_name,
                                              f.service_name, f.status, f.shell, f.access_limited,
                                              floor(extract(epoch from f.approved_at) * 1000)))::text, '[]') as rows
      from unnest(string_to_array(${platforms}, ','), string_to_array(${names}, ',')) as k(platform, package_name)
      join registry_packages p on p.package_name = k.package_name collate "C" and p.platform = k.platform
      join registry_filings f on f.filing_id = p.filing_id
  `.execute(db);
  const rows = JSON.parse(answer.rows[0]!.rows) as PackageFilingTuple[];
  for (const [platform, packageName, signatureDigest, number, subjectNumber, subjectName, serviceName, status, shell, accessLimited, approvedAtMs] of rows) {
    const key = packageKey(platform, packageName);
    const filing: PackageFiling = { number, subjectNumber, subjectName, serviceName, status, shell, accessLimited, approvedAt: new Date(approvedAtMs), signatureDigest };
    const list = result.get(key);
    if (list) list.push(filing);
    else result.set(key, [filing]);
  }
  return result;
}

export function packageKey(platform: string, packageName: string): string {
  return `${platform}\n${packageName}`;
}

import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface CredentialFacts {
  number: string;
  kind: 'subject' | 'service';
  status: 'active' | 'cancelled' | 'revoked';
  accessLimited: boolean;
  shell: boolean;
  subjectName: string;
  serviceName: string | null;
  serviceType: string | null;
  approvedAt: Date;
  /** The service's filed packages; `signatureMd5` is the MD5 fingerprint of the signing certificate, lower-case hex. */
  packages: Array<{ platform: string; packageName: string; signatureMd5: string | null }>;
}

/** The published facts a filing credential binds: the filing, its names, and the service's filed packages. */
export async function findCredentialFacts(db: Kysely<Database>, number: string): Promise<CredentialFacts | undefined> {
  const filing = await db
    .selectFrom('filings')
    .innerJoin('subjects', 'subjects.id', 'filings.subject_id')
    .leftJoin('services', 'services.id', 'filings.service_id')
    .select([
      'filings.number',
      'filings.kind',
      'filings.status',
      'filings.access_limited',
      'filings.shell',
      'filings.service_id',
      'filings.service_type',
      'filings.approved_at',
      'subjects.name as subject_name',
      'services.name as service_name',
    ])
    .where('filings.number', '=', number)
    .executeTakeFirst();
  if (!filing) return undefined;
  const packages =
    filing.kind === 'service' && filing.service_id
      ? await db
          .selectFrom('service_features')
          .select(['platform', 'package_name', 'signature_md5'])
          .where('service_id', '=', filing.service_id)
          .orderBy('platform')
          .orderBy('package_name')
          .execute()
      : [];
  return {
    number: filing.number,
    kind: filing.kind,
    status: filing.status,
    accessLimited: filing.access_limited,
    shell: filing.shell,
    subjectName: filing.subject_name,
    serviceName: filing.kind === 'service' ? filing.service_name : null,
    serviceType: filing.kind === 'service' ? filing.service_type : null,
    approvedAt: filing.approved_at,
    packages: packages.map((p) => ({ platform: p.platform, packageName: p.package_name, signatureMd5: p.signature_md5 })),
  };
}

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { registryStatus, registryStatuses } from '../../domain/registry/public-status.js';
import type { RegistryFilingRow, RegistryPackageRow } from '../../store/registry-queries.js';

const eventSchema = z.object({
  action: z.enum(['approved', 'last_changed', 'cancelled']),
  date: z.string().describe('ISO 8601 instant'),
});

const linkSchema = z.object({ rel: z.enum(['self', 'alternate']), href: z.string(), type: z.string() });

/** A filing as registry lookups answer it (after RDAP, RFC 9083): published facts, events and links, nothing personal. */
export const registryFilingSchema = z.object({
  number: z.string(),
  kind: z.enum(['subject', 'service']),
  status: z.enum(registryStatuses),
  subjectNumber: z.string(),
  subjectName: z.string(),
  serviceName: z.string().nullable(),
  serviceType: z.enum(['app', 'mini_program', 'quick_app', 'website']).nullable(),
  province: z.string(),
  events: z.array(eventSchema),
  links: z.array(linkSchema),
});
export type RegistryFiling = z.infer<typeof registryFilingSchema>;

export const registryPackageSchema = z.object({
  platform: z.string(),
  packageName: z.string(),
  signatureDigest: z.string().nullable().describe('filed signature MD5 (iOS: SHA-1), lower-case hex without separators'),
  publicKeySha256: z.string().nullable().describe('SHA-256 of the filed public key text, hex'),
});

/** The filing's events: approved, last changed (when later than the approval), cancelled. */
function events(row: RegistryFilingRow): RegistryFiling['events'] {
  const list: RegistryFiling['events'] = [{ action: 'approved', date: new Date(row.approved_at).toISOString() }];
  if (new Date(row.changed_at).getTime() > new Date(row.approved_at).getTime()) list.push({ action: 'last_changed', date: new Date(row.changed_at).toISOString() });
  if (row.cancelled_at) list.push({ action: 'cancelled', date: new Date(row.cancelled_at).toISOString() });
  return list;
}

export function registryLinks(number: string): RegistryFiling['links'] {
  const encoded = encodeURIComponent(number);
  return [
    { rel: 'self', href: `/api/v1/public/filings/${encoded}`, type: 'application/json' },
    { rel: 'alternate', href: `/filings/${encoded}`, type: 'text/html' },
  ];
}

/** Field by field (a whitelist): nothing else of the row can reach the answer. */
export function presentRegistryFiling(row: RegistryFilingRow): RegistryFiling {
  return {
    number: row.number,
    kind: row.kind,
    status: registryStatus(row),
    subjectNumber: row.subject_number,
    subjectName: row.subject_name,
    serviceName: row.service_name,
    serviceType: row.service_type,
    province: row.province_code,
    events: events(row),
    links: registryLinks(row.number),
  };
}

export function presentRegistryPackage(row: RegistryPackageRow): z.infer<typeof registryPackageSchema> {
  return {
    platform: row.platform,
    packageName: row.package_name,
    signatureDigest: row.signature_digest,
    publicKeySha256: row.public_key ? createHash('sha256').update(row.public_key.trim()).digest('hex') : null,
  };
}

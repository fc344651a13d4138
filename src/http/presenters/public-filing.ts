import { z } from 'zod';
import { subjectNature } from '../../domain/codes/subject-natures.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import type { PublicFilingRow } from '../../store/public-filings.js';

/** What anyone may see of a filing: published fields only — never certificate numbers, phones or e-mails. */
export const publicFilingSchema = z.object({
  number: z.string(),
  status: z.enum(['active', 'cancelled', 'revoked']),
  kind: z.enum(['subject', 'service']),
  subjectNumber: z.string(),
  subjectName: z.string(),
  subjectNature: z.object({ code: z.number(), zh: z.string(), en: z.string() }),
  serviceName: z.string().nullable(),
  serviceType: z.enum(['app', 'mini_program', 'quick_app', 'website']).nullable(),
  province: z.string(),
  approvalDate: z.string(),
  shell: z.boolean(),
  accessLimited: z.boolean(),
});

export type PublicFiling = z.infer<typeof publicFilingSchema>;


/** A service number is its subject's number followed by -<index><suffix> (see formatServiceNumber). */
function subjectNumberOf(row: PublicFilingRow): string {
  return row.kind === 'subject' ? row.number : row.number.replace(/-\d+[AXK]?$/, '');
}

/** Builds the public view field by field (a whitelist), so nothing else can slip out. */
export function presentPublicFiling(row: PublicFilingRow): PublicFiling {
  const nature = subjectNature(row.nature);
  return {
    number: row.number,
    status: row.status,
    kind: row.kind,
    subjectNumber: subjectNumberOf(row),
    subjectName: row.subject_name,
    subjectNature: { code: row.nature, zh: nature?.zh ?? '', en: nature?.en ?? '' },
    serviceName: row.kind === 'service' ? row.service_name : null,
    serviceType: row.kind === 'service' ? (row.service_type as PublicFiling['serviceType']) : null,
    province: row.province_code,
    approvalDate: shanghaiDateOf(row.approved_at),
    shell: row.shell,
    accessLimited: row.access_limited,
  };
}

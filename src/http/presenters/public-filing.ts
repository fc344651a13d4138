import { z } from 'zod';
import { subjectNature } from '../../domain/codes/subject-natures.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';

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

export interface PublicFilingRow {
  number: string;
  status: 'active' | 'cancelled' | 'revoked';
  kind: 'subject' | 'service';
  subject_number: string | null;
  subject_name: string;
  nature: number;
  service_name: string | null;
  service_type: string | null;
  province_code: string;
  approved_at: Date;
  shell: boolean;
  access_limited: boolean;
}

/** Builds the public view field by field (a whitelist), so nothing else can slip out. */
export function presentPublicFiling(row: PublicFilingRow): PublicFiling {
  const nature = subjectNature(row.nature);
  return {
    number: row.number,
    status: row.status,
    kind: row.kind,
    subjectNumber: row.subject_number ?? row.number.replace(/-\d+[AXK]?$/, ''),
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

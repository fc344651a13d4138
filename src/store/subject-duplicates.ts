import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface DuplicateSubject {
  subjectId: string;
  name: string;
  certificateType: number;
  status: 'unfiled' | 'filed' | 'cancelled';
  number: string | null;
  /** The subject that kept the certificate key (the earliest filed). */
  kept: boolean;
}

export interface DuplicateGroup {
  certificateKey: string;
  detectedAt: Date;
  /** More than one of the subjects is still filed: the ministry or the bureau has to cancel all but one. */
  unresolved: boolean;
  subjects: DuplicateSubject[];
}

/**
 * Subjects that were filed more than once under one certificate number (with different certificate types) before
 * subjects were keyed on the number alone: recorded by migration 0002, shown to the ministry until resolved.
 */
export async function listSubjectDuplicates(db: Kysely<Database>): Promise<DuplicateGroup[]> {
  const rows = await db.selectFrom('subject_duplicates').selectAll().orderBy('certificate_key').orderBy('subject_id').execute();
  const groups = new Map<string, { detectedAt: Date; ids: string[] }>();
  for (const row of rows) {
    const group = groups.get(row.certificate_key) ?? { detectedAt: row.detected_at, ids: [row.kept_subject_id] };
    group.ids.push(row.subject_id);
    groups.set(row.certificate_key, group);
  }
  const result: DuplicateGroup[] = [];
  for (const [certificateKey, group] of groups) {
    const subjects = await db
      .selectFrom('subjects')
      .leftJoin('filings', (join) => join.onRef('filings.subject_id', '=', 'subjects.id').on('filings.kind', '=', 'subject').on('filings.status', '=', 'active'))
      .select(['subjects.id', 'subjects.name', 'subjects.certificate_type', 'subjects.status', 'filings.number'])
      .where('subjects.id', 'in', group.ids)
      .execute();
    // The subject that kept the key first, then the other filed ones by number, then the rest.
    const rank = (s: (typeof subjects)[number]) => (s.id === group.ids[0] ? 0 : s.status === 'filed' ? 1 : 2);
    const ordered = [...subjects].sort((a, b) => rank(a) - rank(b) || (a.number ?? '\uffff').localeCompare(b.number ?? '\uffff') || a.id.localeCompare(b.id));
    result.push({
      certificateKey,
      detectedAt: group.detectedAt,
      unresolved: ordered.filter((s) => s.status === 'filed').length > 1,
      subjects: ordered.map((s) => ({ subjectId: s.id, name: s.name, certificateType: s.certificate_type, status: s.status, number: s.number, kept: s.id === group.ids[0] })),
    });
  }
  return result;
}

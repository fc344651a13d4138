import { sql, type Kysely } from 'kysely';
import { subjectKey } from '../domain/identity/subject-key.js';

/**
 * Re-keys every subject whose key is still `<type>:<number>` on its normalised certificate number
 * (domain/identity/subject-key.ts). Subjects that come to share a key are not merged and stop nothing: the earliest
 * filed keeps the key, the others get `<key>#<id>` and a row in subject_duplicates. Returns how many were duplicates.
 * Run by migration 0002; safe to run again (keys already in the new form are left alone).
 */
export async function rekeySubjects(db: Kysely<unknown>): Promise<number> {
  // Filed subjects first (earliest filing first), then the others in order of creation.
  const subjects = await sql<{ id: string; certificate_type: number; certificate_key: string }>`
    select s.id, s.certificate_type, s.certificate_key
    from subjects s
    left join filings f on f.subject_id = s.id and f.kind = 'subject'
    group by s.id
    order by (s.status <> 'filed'), min(f.approved_at) nulls last, s.created_at, s.id
  `.execute(db);
  const kept = new Map<string, string>();
  for (const subject of subjects.rows) {
    if (!/^\d+:/.test(subject.certificate_key) && !subject.certificate_key.includes('#')) kept.set(subject.certificate_key, subject.id);
  }
  let duplicates = 0;
  for (const subject of subjects.rows) {
    if (!/^\d+:/.test(subject.certificate_key)) continue;
    const key = subjectKey(subject.certificate_type, subject.certificate_key.slice(subject.certificate_key.indexOf(':') + 1));
    const holder = kept.get(key);
    if (holder === undefined) {
      kept.set(key, subject.id);
      await sql`update subjects set certificate_key = ${key} where id = ${subject.id}`.execute(db);
    } else {
      duplicates += 1;
      await sql`update subjects set certificate_key = ${`${key}#${subject.id}`} where id = ${subject.id}`.execute(db);
      await sql`insert into subject_duplicates (subject_id, certificate_key, kept_subject_id) values (${subject.id}, ${key}, ${holder})`.execute(db);
    }
  }
  return duplicates;
}

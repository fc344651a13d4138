import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** `%`, `_` and `\` typed by a person match themselves. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface Page {
  limit: number;
  offset: number;
  q?: string | undefined;
}

/**
 * The subjects (customers) filed through one channel: those with an approved application the channel reviewed, with
 * the subject's number and its active services. Certificate numbers and people stay out.
 */
export async function channelCustomers(db: Kysely<Database>, channelId: string, page: Page) {
  let query = db
    .selectFrom('subjects')
    .where('subjects.id', 'in', db.selectFrom('applications').select('subject_id').where('channel_id', '=', channelId).where('state', '=', 'approved'));
  const needle = page.q?.trim();
  if (needle) {
    const pattern = likePattern(needle);
    query = query.where((eb) =>
      eb.or([
        eb('subjects.name', 'ilike', pattern),
        eb.exists(eb.selectFrom('filings').select('filings.id').whereRef('filings.subject_id', '=', 'subjects.id').where('filings.number', 'ilike', pattern)),
        eb.exists(eb.selectFrom('services').select('services.id').whereRef('services.subject_id', '=', 'subjects.id').where('services.name', 'ilike', pattern)),
      ]),
    );
  }
  const total = Number((await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await query
    .select((eb) => [
      'subjects.id',
      'subjects.name',
      'subjects.nature',
      'subjects.province_code',
      'subjects.status',
      eb
        .selectFrom('filings')
        .select('filings.number')
        .whereRef('filings.subject_id', '=', 'subjects.id')
        .where('filings.kind', '=', 'subject')
        .orderBy('filings.approved_at', 'desc')
        .limit(1)
        .as('number'),
      eb
        .selectFrom('filings')
        .select((f) => f.fn.countAll<string>().as('n'))
        .whereRef('filings.subject_id', '=', 'subjects.id')
        .where('filings.kind', '=', 'service')
        .where('filings.status', '=', 'active')
        .as('services'),
      eb
        .selectFrom('applications')
        .select((a) => a.fn.max('decided_at').as('at'))
        .whereRef('applications.subject_id', '=', 'subjects.id')
        .where('applications.channel_id', '=', channelId)
        .where('applications.state', '=', 'approved')
        .as('last_approved_at'),
    ])
    .orderBy('last_approved_at', 'desc')
    .orderBy('subjects.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

/** The filings of one province (or every province), newest approval first; searchable by number, subject or service name. */
export async function provinceFilings(db: Kysely<Database>, provinceCode: string | null, page: Page & { status?: string | undefined }) {
  let query = db
    .selectFrom('filings')
    .innerJoin('subjects', 'subjects.id', 'filings.subject_id')
    .leftJoin('services', 'services.id', 'filings.service_id');
  if (provinceCode !== null) query = query.where('filings.province_code', '=', provinceCode);
  if (page.status) query = query.where('filings.status', '=', page.status as 'active');
  const needle = page.q?.trim();
  if (needle) {
    const pattern = likePattern(needle);
    query = query.where((eb) => eb.or([eb('filings.number', 'ilike', pattern), eb('subjects.name', 'ilike', pattern), eb('services.name', 'ilike', pattern)]));
  }
  const total = Number((await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await query
    .select([
      'filings.id',
      'filings.kind',
      'filings.number',
      'filings.status',
      'filings.service_type',
      'filings.shell',
      'filings.access_limited',
      'filings.approved_at',
      'subjects.name as subject_name',
      'subjects.nature as subject_nature',
      'services.name as service_name',
    ])
    .orderBy('filings.approved_at', 'desc')
    .orderBy(sql`filings.number`)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

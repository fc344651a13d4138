import { sql, type Kysely } from 'kysely';
import type { Application, Database } from './schema.js';

/** Who is looking: the parts of an actor that decide which applications it may see. */
export interface ApplicationViewer {
  role: string;
  userId: string | null;
  partyId: string | null;
}

/**
 * The applications a viewer may see, as a query: applicants their own, providers and platforms those filed through
 * them, bureaus those of their province once submitted, the ministry (and the system) all, anyone else none.
 * Invisible and absent look the same (404). The one statement of this rule: reads and the flows' locks both use it.
 */
export function visibleApplications(db: Kysely<Database>, viewer: ApplicationViewer) {
  const base = db.selectFrom('applications').selectAll('applications');
  // Whether the viewer opened the application: its applicant, or the channel that filed it on the subject's behalf.
  const query =
    viewer.role === 'applicant'
      ? base.select(sql<boolean>`true`.as('opened_by_viewer'))
      : viewer.role === 'provider'
        ? base.select((eb) =>
            eb
              .exists(eb.selectFrom('users as opener').select('opener.id').whereRef('opener.id', '=', 'applications.created_by').where('opener.party_id', '=', viewer.partyId ?? ''))
              .$castTo<boolean>()
              .as('opened_by_viewer'),
          )
        : base.select(sql<boolean>`false`.as('opened_by_viewer'));
  switch (viewer.role) {
    case 'applicant':
      return query.where('created_by', '=', viewer.userId ?? '');
    case 'provider':
      return query.where('channel_id', '=', viewer.partyId ?? '');
    case 'bureau':
      return query.where('bureau_id', '=', viewer.partyId ?? '').where('state', '!=', 'draft');
    case 'ministry':
    case 'system':
      return query;
    default:
      return query.where((eb) => eb.val(false));
  }
}

/** An application as a viewer reads it: its row, and whether the viewer opened it. */
export type VisibleApplication = Application & { opened_by_viewer: boolean };

/** One application the viewer may see, or undefined. */
export async function findVisibleApplication(db: Kysely<Database>, viewer: ApplicationViewer, id: string): Promise<VisibleApplication | undefined> {
  return visibleApplications(db, viewer).where('id', '=', id).executeTakeFirst();
}

/** What a queue may be narrowed by. */
export interface ApplicationListFilter {
  state?: string | undefined;
  kind?: string | undefined;
  /** The subject's province (administrative division code). */
  province?: string | undefined;
  /** Any of the application's services is of this type. */
  serviceType?: string | undefined;
  /** Part of the subject's name or of a service's name, any case. */
  q?: string | undefined;
  /** `updated`: most recently changed first; `deadline`: longest in its current state first (earliest deadline). */
  order?: 'updated' | 'deadline' | undefined;
  limit: number;
  offset: number;
}

/** `%`, `_` and `\` typed by a person match themselves. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filtered(db: Kysely<Database>, viewer: ApplicationViewer, filter: ApplicationListFilter) {
  let query = visibleApplications(db, viewer);
  if (filter.state) query = query.where('state', '=', filter.state);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.province) {
    const province = filter.province;
    query = query.where(
      sql<string>`coalesce(applications.payload #>> '{subject,province}', (select s.province_code from subjects s where s.id = applications.subject_id))`,
      '=',
      province,
    );
  }
  if (filter.serviceType) {
    const type = filter.serviceType;
    query = query.where((eb) =>
      eb.or([
        eb.exists(sql`(select 1 from jsonb_array_elements(case when jsonb_typeof(applications.payload -> 'services') = 'array' then applications.payload -> 'services' else '[]'::jsonb end) e where e ->> 'type' = ${type})`),
        eb.exists(eb.selectFrom('services').select('services.id').whereRef('services.id', '=', 'applications.service_id').where('services.type', '=', type as 'app')),
      ]),
    );
  }
  const needle = filter.q?.trim();
  if (needle) {
    const pattern = likePattern(needle);
    query = query.where((eb) =>
      eb.or([
        eb(sql<string>`applications.payload #>> '{subject,name}'`, 'ilike', pattern),
        eb.exists(eb.selectFrom('subjects').select('subjects.id').whereRef('subjects.id', '=', 'applications.subject_id').where('subjects.name', 'ilike', pattern)),
        eb.exists(sql`(select 1 from jsonb_array_elements(case when jsonb_typeof(applications.payload -> 'services') = 'array' then applications.payload -> 'services' else '[]'::jsonb end) e where e ->> 'name' ilike ${pattern})`),
        eb.exists(eb.selectFrom('services').select('services.id').whereRef('services.id', '=', 'applications.service_id').where('services.name', 'ilike', pattern)),
      ]),
    );
  }
  return query;
}

/** The applications the viewer may see, filtered, newest change first (or earliest deadline first). */
export async function listVisibleApplications(db: Kysely<Database>, viewer: ApplicationViewer, filter: ApplicationListFilter): Promise<VisibleApplication[]> {
  const query = filtered(db, viewer, filter);
  const ordered = filter.order === 'deadline' ? query.orderBy('state_entered_at', 'asc') : query.orderBy('updated_at', 'desc');
  return ordered.orderBy('id').limit(filter.limit).offset(filter.offset).execute();
}

/** How many applications the same filter finds, for paging. */
export async function countVisibleApplications(db: Kysely<Database>, viewer: ApplicationViewer, filter: ApplicationListFilter): Promise<number> {
  const row = await filtered(db, viewer, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function applicationHistory(db: Kysely<Database>, applicationId: string) {
  return db
    .selectFrom('history')
    .select(['seq', 'at', 'actor_role', 'actor_user_id', 'action', 'from_state', 'to_state', 'reason'])
    .where('entity_type', '=', 'application')
    .where('entity_id', '=', applicationId)
    .orderBy('seq')
    .execute();
}

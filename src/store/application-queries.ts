import type { Kysely } from 'kysely';
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
  const query = db.selectFrom('applications').selectAll();
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

/** One application the viewer may see, or undefined. */
export async function findVisibleApplication(db: Kysely<Database>, viewer: ApplicationViewer, id: string): Promise<Application | undefined> {
  return visibleApplications(db, viewer).where('id', '=', id).executeTakeFirst();
}

/** The applications the viewer may see, newest change first. */
export async function listVisibleApplications(
  db: Kysely<Database>,
  viewer: ApplicationViewer,
  filter: { state?: string; kind?: string; limit: number; offset: number },
): Promise<Application[]> {
  let query = visibleApplications(db, viewer);
  if (filter.state) query = query.where('state', '=', filter.state);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  return query.orderBy('updated_at', 'desc').orderBy('id').limit(filter.limit).offset(filter.offset).execute();
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

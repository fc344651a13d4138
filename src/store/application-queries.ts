import type { Kysely } from 'kysely';
import { canSeeApplication } from '../flows/application-access.js';
import type { Actor } from '../flows/actor.js';
import type { Application, Database } from './schema.js';

/** One application the actor may see, or undefined (absent and invisible look alike). */
export async function findVisibleApplication(db: Kysely<Database>, actor: Actor, id: string): Promise<Application | undefined> {
  const row = await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
  return row && canSeeApplication(actor, row) ? row : undefined;
}

/** The applications the actor may see, newest change first, filtered in SQL by role. */
export async function listVisibleApplications(
  db: Kysely<Database>,
  actor: Actor,
  filter: { state?: string; kind?: string; limit: number; offset: number },
): Promise<Application[]> {
  let query = db.selectFrom('applications').selectAll();
  switch (actor.role) {
    case 'applicant':
      query = query.where('created_by', '=', actor.userId!);
      break;
    case 'provider':
      query = query.where('channel_id', '=', actor.partyId!);
      break;
    case 'bureau':
      query = query.where('bureau_id', '=', actor.partyId!).where('state', '!=', 'draft');
      break;
    case 'ministry':
      break;
    default:
      return [];
  }
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

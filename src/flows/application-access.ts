import type { Transaction } from 'kysely';
import { BeianError } from '../domain/errors/beian-error.js';
import { visibleApplications, type VisibleApplication } from '../store/application-queries.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './actor.js';

/** Loads and locks an application the actor may see (see visibleApplications), or answers NOT_FOUND. */
export async function lockApplication(trx: Transaction<Database>, actor: Actor, id: string): Promise<VisibleApplication> {
  const application = await visibleApplications(trx, actor).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!application) throw new BeianError('NOT_FOUND', { path: 'applicationId' });
  return application;
}

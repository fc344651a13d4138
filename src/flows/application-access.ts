import type { Transaction } from 'kysely';
import { BeianError } from '../domain/errors/beian-error.js';
import type { Application, Database } from '../store/schema.js';
import type { Actor } from './actor.js';

/**
 * Whether the actor may see this application: applicants their own, providers and platforms those filed through
 * them, bureaus those of their province once submitted, the ministry all. Invisible and absent look the same (404).
 */
export function canSeeApplication(actor: Actor, application: Pick<Application, 'created_by' | 'channel_id' | 'bureau_id' | 'state'>): boolean {
  switch (actor.role) {
    case 'applicant':
      return application.created_by === actor.userId;
    case 'provider':
      return application.channel_id === actor.partyId;
    case 'bureau':
      return application.bureau_id === actor.partyId && application.state !== 'draft';
    case 'ministry':
    case 'system':
      return true;
    default:
      return false;
  }
}

/** Loads and locks an application the actor may see, or answers NOT_FOUND. */
export async function lockApplication(trx: Transaction<Database>, actor: Actor, id: string): Promise<Application> {
  const application = await trx.selectFrom('applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!application || !canSeeApplication(actor, application)) throw new BeianError('NOT_FOUND', { path: 'applicationId' });
  return application;
}

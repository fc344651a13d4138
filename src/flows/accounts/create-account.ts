import { BeianError } from '../../domain/errors/beian-error.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../store/users.js';
import type { Party, Role } from '../../store/schema.js';
import type { Actor } from '../actor.js';
import type { FlowDeps } from '../flow-deps.js';
import { runFlow, type FlowOptions } from '../run-flow.js';

/** The role an account of a party acts in: bureaus review, providers and platforms file and review, stores and terminal makers look up. */
export function roleForParty(party: Pick<Party, 'kind' | 'platform_kind'>): Role {
  switch (party.kind) {
    case 'ministry':
      return 'ministry';
    case 'bureau':
      return 'bureau';
    case 'access_provider':
      return 'provider';
    case 'distribution_platform':
      return party.platform_kind === 'app_store' ? 'checker' : 'provider';
    case 'terminal_maker':
      return 'checker';
  }
}

/**
 * An account for a party's staff, its role following from the party. The ministry creates bureau, provider and platform
 * accounts; `beian admin create-user` (acting as the system) creates the first ministry account of a deployment.
 */
export async function createAccount(
  deps: FlowDeps,
  actor: Actor,
  input: { login: string; displayName: string; partyId: string; password: string },
  options: FlowOptions = {},
): Promise<{ userId: string; role: Role }> {
  if (actor.role !== 'ministry' && actor.role !== 'system') throw new BeianError('ACTION_NOT_PERMITTED', { details: { action: 'createAccount', role: actor.role } });
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new BeianError('PASSWORD_TOO_SHORT', { path: 'password' });
  // Hashing takes a moment: done before the transaction, so that it holds no connection meanwhile.
  const passwordHash = await hashPassword(input.password);
  return runFlow(deps, actor, options, async ({ trx, record }) => {
    const party = await trx.selectFrom('parties').select(['id', 'kind', 'platform_kind']).where('id', '=', input.partyId).executeTakeFirst();
    if (!party) throw new BeianError('NOT_FOUND', { path: 'partyId' });
    const role = roleForParty(party);
    const taken = await trx.selectFrom('users').select('id').where('login', '=', input.login).executeTakeFirst();
    if (taken) throw new BeianError('LOGIN_TAKEN', { path: 'login' });
    const row = await trx
      .insertInto('users')
      .values({ login: input.login, display_name: input.displayName, role, party_id: party.id, password_hash: passwordHash })
      .returning('id')
      .executeTakeFirstOrThrow();
    await record({ entityType: 'user', entityId: row.id, action: 'createAccount', fromState: null, toState: 'active', reason: null, data: { role, partyId: party.id } });
    return { userId: row.id, role };
  });
}

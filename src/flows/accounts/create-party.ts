import { BeianError } from '../../domain/errors/beian-error.js';
import type { Party } from '../../store/schema.js';
import type { Actor } from '../actor.js';
import type { FlowDeps } from '../flow-deps.js';
import { runFlow, type FlowOptions } from '../run-flow.js';

export interface NewParty {
  kind: Party['kind'];
  platformKind?: NonNullable<Party['platform_kind']> | undefined;
  name: string;
  nameEn?: string | undefined;
  /** Bureaus: the six-digit province code. */
  province?: string | undefined;
  code?: string | undefined;
}

/** The ministry (or `beian admin`, as the system) adds a bureau, access provider, platform or terminal maker. */
export async function createParty(deps: FlowDeps, actor: Actor, input: NewParty, options: FlowOptions = {}): Promise<{ partyId: string }> {
  if (actor.role !== 'ministry' && actor.role !== 'system') throw new BeianError('ACTION_NOT_PERMITTED', { details: { action: 'createParty', role: actor.role } });
  if (input.kind === 'bureau' && (!input.province || !deps.regions.byCode(input.province))) throw new BeianError('VALIDATION_FAILED', { path: 'province' });
  if (input.kind === 'distribution_platform' && !input.platformKind) throw new BeianError('VALIDATION_FAILED', { path: 'platformKind' });
  return runFlow(deps, actor, options, async ({ trx, record }) => {
    const clash = await trx
      .selectFrom('parties')
      .select('id')
      .where((eb) =>
        eb.or([
          ...(input.code ? [eb('code', '=', input.code)] : []),
          ...(input.kind === 'bureau' || input.kind === 'ministry'
            ? [eb.and([eb('kind', '=', input.kind), input.kind === 'bureau' ? eb('province_code', '=', input.province!) : eb.lit(true)])]
            : []),
        ]),
      )
      .executeTakeFirst();
    if (clash) throw new BeianError('PARTY_ALREADY_EXISTS', { path: input.code ? 'code' : 'province' });
    const row = await trx
      .insertInto('parties')
      .values({
        kind: input.kind,
        platform_kind: input.kind === 'distribution_platform' ? input.platformKind! : null,
        name: input.name,
        name_en: input.nameEn ?? null,
        province_code: input.kind === 'bureau' ? input.province! : null,
        code: input.code ?? (input.kind === 'bureau' ? `bureau-${input.province!}` : null),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await record({ entityType: 'party', entityId: row.id, action: 'createParty', fromState: null, toState: 'active', reason: null, data: { kind: input.kind } });
    return { partyId: row.id };
  });
}

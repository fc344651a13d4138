import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { BeianError } from '../domain/errors/beian-error.js';
import { appendHistory, type HistoryEntry } from '../store/history-chain.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './actor.js';
import type { FlowDeps } from './flow-deps.js';

export interface Idempotency {
  /** Who sent the request (user id or API key id): keys are scoped per principal. */
  principal: string;
  key: string;
  /** A fingerprint of the request, so a reused key with a different request is refused. */
  requestHash: string;
  /**
   * Builds the answer the caller gets (status and body) from the flow's result, inside the flow's transaction; it is
   * kept with the key, and a retry gets exactly this answer back, however much has changed since.
   */
  answer?: (trx: Transaction<Database>, result: unknown) => Promise<KeptAnswer>;
  /** Set by runFlow when `answer` is given: the answer kept with the key (built now, or the first time for a retry). */
  kept?: KeptAnswer;
}

export interface KeptAnswer {
  status: number;
  body: unknown;
}

export interface FlowOptions {
  idempotency?: Idempotency;
}

/** What a flow body gets: its transaction, the actor, one `now`, and a way to record history. */
export interface FlowScope {
  trx: Transaction<Database>;
  actor: Actor;
  now: Date;
  deps: FlowDeps;
  /** Appends a history row; `as` names another actor for a step taken on the actor's behalf (the system's own steps). */
  record(entry: Omit<HistoryEntry, 'at' | 'actorUserId' | 'actorRole' | 'actorPartyId'> & { at?: Date }, as?: Actor): Promise<void>;
}

export function requestFingerprint(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * Runs one action in one transaction: the body's writes, its history rows and outbox messages commit together or not
 * at all. With an idempotency key, a repeated request returns the first result instead of acting twice.
 * Results must be JSON (ids and small facts): callers load fresh state to present.
 */
export async function runFlow<T>(deps: FlowDeps, actor: Actor, options: FlowOptions, body: (scope: FlowScope) => Promise<T>): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.now();
    const idem = options.idempotency;
    if (idem) {
      const claimed = await trx
        .insertInto('idempotency_keys')
        .values({ principal: idem.principal, key: idem.key, request_hash: idem.requestHash, status_code: 0, response: 'null' })
        .onConflict((oc) => oc.doNothing())
        .returning('key')
        .executeTakeFirst();
      if (!claimed) {
        const previous = await trx
          .selectFrom('idempotency_keys')
          .select(['request_hash', 'response', 'status_code', 'answer'])
          .where('principal', '=', idem.principal)
          .where('key', '=', idem.key)
          .executeTakeFirstOrThrow();
        if (previous.request_hash !== idem.requestHash) throw new BeianError('IDEMPOTENCY_KEY_REUSED', { path: 'headers.idempotency-key' });
        if (idem.answer && previous.answer !== null) idem.kept = { status: previous.status_code, body: previous.answer };
        return previous.response as T;
      }
    }
    const scope: FlowScope = {
      trx,
      actor,
      now,
      deps,
      record: async (entry, as = actor) => {
        await appendHistory(trx, {
          ...entry,
          at: entry.at ?? now,
          actorUserId: as.userId,
          actorRole: as.role,
          actorPartyId: as.partyId,
        });
      },
    };
    const result = await body(scope);
    if (idem) {
      if (idem.answer) idem.kept = await idem.answer(trx, result);
      await trx
        .updateTable('idempotency_keys')
        .set({ status_code: idem.kept?.status ?? 200, response: JSON.stringify(result ?? null), answer: idem.kept ? JSON.stringify(idem.kept.body) : null })
        .where('principal', '=', idem.principal)
        .where('key', '=', idem.key)
        .execute();
    }
    return result;
  });
}

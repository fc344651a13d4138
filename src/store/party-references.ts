import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

const CODE = /^[a-z][a-z0-9-]{1,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Slot = { holder: Record<string, unknown>; key: string; code: string };

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The places an application body names a party: its channel, each service's access provider and host platform, the new access. */
function partySlots(body: Record<string, unknown>): Slot[] {
  const slots: Slot[] = [];
  const take = (holder: Record<string, unknown> | undefined, key: string) => {
    const value = holder?.[key];
    if (holder && typeof value === 'string' && CODE.test(value) && !UUID.test(value)) slots.push({ holder, key, code: value });
  };
  take(body, 'channelId');
  take(record(body.access), 'providerId');
  if (Array.isArray(body.services)) {
    for (const service of body.services.map(record)) {
      take(service, 'hostPlatformId');
      take(record(service?.access), 'providerId');
    }
  }
  return slots;
}

/**
 * An application body with party codes (`provider-example-cloud`) replaced by the parties' ids, so bodies can be
 * written against the codes GET /parties lists. Ids, unknown codes and anything else are left as they are (and are
 * judged where they are used). The input is not modified.
 */
export async function resolvePartyCodes<T>(db: Kysely<Database>, body: T): Promise<T> {
  const root = record(body);
  if (!root) return body;
  const copy = structuredClone(root);
  const slots = partySlots(copy);
  if (slots.length === 0) return body;
  const rows = await db.selectFrom('parties').select(['id', 'code']).where('code', 'in', [...new Set(slots.map((s) => s.code))]).execute();
  const ids = new Map(rows.map((r) => [r.code!, r.id]));
  for (const slot of slots) {
    const id = ids.get(slot.code);
    if (id) slot.holder[slot.key] = id;
  }
  return copy as T;
}

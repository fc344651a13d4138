import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase } from '../../test/support/test-database.js';
import type { OpenDatabase } from './open-database.js';
import { migrateToLatest } from './migrate.js';

describe('migrations', () => {
  let store: OpenDatabase;
  before(async () => {
    store = await openTestDatabase();
  });
  after(async () => store.close());

  it('leaves nothing pending after the test database is migrated', async () => {
    assert.deepEqual(await migrateToLatest(store.db as never), []);
  });

  it('refuses updates and deletes of history rows', async () => {
    await sql`insert into history (seq, at, actor_role, entity_type, entity_id, action, prev_hash, hash)
              values (1, now(), 'system', 'test', 'x', 'probe', 'a', 'b')`.execute(store.db);
    await assert.rejects(sql`update history set reason = 'tampered' where seq = 1`.execute(store.db), /append-only/);
    await assert.rejects(sql`delete from history where seq = 1`.execute(store.db), /append-only/);
  });

  it('allows one active bureau per province', async () => {
    await store.db.insertInto('parties').values({ kind: 'bureau', name: 'A', province_code: '110000', platform_kind: null, name_en: null }).execute();
    await assert.rejects(
      store.db.insertInto('parties').values({ kind: 'bureau', name: 'B', province_code: '110000', platform_kind: null, name_en: null }).execute(),
    );
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase } from '../../test/support/test-database.js';
import type { OpenDatabase } from './open-database.js';
import { rekeySubjects } from './rekey-subjects.js';
import { filedSubjectWithKey } from './subject-authority.js';
import { listSubjectDuplicates } from './subject-duplicates.js';

describe('re-keying subjects on the certificate number (migration 0002)', () => {
  let store: OpenDatabase;
  before(async () => {
    store = await openTestDatabase();
  });
  after(async () => store.close());

  const uscc = '91110108MA01ABCD1X';
  const subject = async (type: number, key: string, status: 'unfiled' | 'filed' | 'cancelled', number?: string, approvedAt?: string) => {
    const row = await store.db
      .insertInto('subjects')
      .values({ certificate_type: type, certificate_key: key, name: `主体${key}`, nature: 4, province_code: '110000', status, owner_user_id: null, data: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (number) {
      await store.db
        .insertInto('filings')
        .values({ kind: 'subject', subject_id: row.id, service_id: null, number, province_code: '110000', service_type: null, status: 'active', approved_at: approvedAt!, updated_at: approvedAt! })
        .execute();
    }
    return row.id;
  };

  it('keeps the earliest filed subject on the key and records the others as duplicates instead of failing', async () => {
    const later = await subject(49, `49:${uscc}`, 'filed', '京ICP备2025000002号', '2025-06-01T00:00:00Z');
    const earlier = await subject(1, `1:${uscc.toLowerCase()}`, 'filed', '京ICP备2024000001号', '2024-03-01T00:00:00Z');
    const draft = await subject(13, `13:${uscc}`, 'unfiled');
    const person = await subject(2, '2:11010119900307123X', 'filed', '京ICP备2024000003号', '2024-04-01T00:00:00Z');

    assert.equal(await rekeySubjects(store.db as never), 2);
    const keys = Object.fromEntries((await store.db.selectFrom('subjects').select(['id', 'certificate_key']).execute()).map((s) => [s.id, s.certificate_key]));
    assert.equal(keys[earlier], `ORG:${uscc}`);
    assert.equal(keys[later], `ORG:${uscc}#${later}`);
    assert.equal(keys[draft], `ORG:${uscc}#${draft}`);
    assert.equal(keys[person], 'ID:11010119900307123X');

    const [group, ...none] = await listSubjectDuplicates(store.db);
    assert.deepEqual(none, []);
    assert.equal(group!.certificateKey, `ORG:${uscc}`);
    assert.equal(group!.unresolved, true, 'two filed subjects for one USCC');
    assert.deepEqual(
      group!.subjects.map((s) => [s.subjectId, s.number, s.kept]),
      [
        [earlier, '京ICP备2024000001号', true],
        [later, '京ICP备2025000002号', false],
        [draft, null, false],
      ],
    );
    // The unfiled duplicate cannot be filed while another subject holds its number.
    assert.equal(await filedSubjectWithKey(store.db, keys[draft]!, draft), earlier);

    assert.equal(await rekeySubjects(store.db as never), 0, 'running again changes nothing');

    await store.db.updateTable('subjects').set({ status: 'cancelled' }).where('id', '=', later).execute();
    await store.db.updateTable('filings').set({ status: 'cancelled' }).where('subject_id', '=', later).execute();
    assert.equal((await listSubjectDuplicates(store.db))[0]!.unresolved, false, 'resolved once only one is filed');
  });
});

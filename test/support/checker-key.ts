import assert from 'node:assert/strict';
import { hashPassword } from '../../src/store/users.js';
import type { HttpHarness } from './http-harness.js';

/** A checker account (an app store's) with an API key. */
export async function checkerKey(h: HttpHarness, login = 'store-checker', key: { scopes?: string[]; rowsPerDay?: number } = {}): Promise<string> {
  const exists = await h.store.db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst();
  if (!exists) {
    await h.store.db
      .insertInto('users')
      .values({ login, password_hash: await hashPassword('test-password'), role: 'checker', party_id: h.parties.appStore, display_name: login })
      .execute();
  }
  const checker = await h.signIn(login);
  const created = await checker.request<{ key: string }>('POST', '/api/v1/api-keys', { label: 'store integration', scopes: key.scopes ?? ['lookup', 'check'], rowsPerDay: key.rowsPerDay ?? 1_000_000 });
  assert.equal(created.status, 201, created.text);
  return created.body.key;
}

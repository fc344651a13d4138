import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config/config.js';
import type { ErrorCode } from '../../src/domain/errors/catalogue.js';
import { isBeianError } from '../../src/domain/errors/beian-error.js';
import { applicationBody, type ApplicationBody, type ApplicationBodyInput } from '../../src/domain/form/application-body.js';
import type { Actor } from '../../src/flows/actor.js';
import type { FlowDeps } from '../../src/flows/flow-deps.js';
import { codeInSmsText } from '../../src/flows/sms/sms-text.js';
import type { OpenDatabase } from '../../src/store/open-database.js';
import { createFlowDeps } from '../../src/runtime/create-flow-deps.js';
import { uploadSampleMaterials } from '../../src/runtime/upload-sample-materials.js';
import { seedParties, type SeededParties } from '../../src/store/seed/seed-parties.js';
import { hashPassword } from '../../src/store/users.js';
import { openTestDatabase } from './test-database.js';

export interface FlowHarness {
  store: OpenDatabase;
  deps: FlowDeps;
  parties: SeededParties;
  clock: { now: Date };
  actors: {
    applicant: Actor;
    otherApplicant: Actor;
    provider: Actor;
    otherProvider: Actor;
    miniProgramPlatform: Actor;
    beijingBureau: Actor;
    shanghaiBureau: Actor;
    ministry: Actor;
  };
  close(): Promise<void>;
}

/** A migrated database with the standard parties, one user per role, and deps whose clock the test controls. */
export async function createFlowHarness(start = new Date('2026-03-02T02:00:00Z')): Promise<FlowHarness> {
  const store = await openTestDatabase();
  const parties = await seedParties(store.db);
  const clock = { now: start };
  // One real argon2id hash shared by the test users keeps set-up quick; sign-in still verifies it.
  const passwordHash = await hashPassword('test-password');
  const user = async (login: string, role: Actor['role'], partyId: string | null, provinceCode: string | null = null): Promise<Actor> => {
    const row = await store.db
      .insertInto('users')
      .values({ login, password_hash: passwordHash, role: role as never, party_id: partyId, display_name: login })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { userId: row.id, role, partyId, provinceCode };
  };
  const actors = {
    applicant: await user('applicant', 'applicant', null),
    otherApplicant: await user('other-applicant', 'applicant', null),
    provider: await user('provider', 'provider', parties.providers[0]),
    otherProvider: await user('other-provider', 'provider', parties.providers[1]),
    miniProgramPlatform: await user('mini-platform', 'provider', parties.miniProgramPlatform),
    beijingBureau: await user('bureau-bj', 'bureau', parties.bureaus['110000']!, '110000'),
    shanghaiBureau: await user('bureau-sh', 'bureau', parties.bureaus['310000']!, '310000'),
    ministry: await user('ministry', 'ministry', parties.ministry),
  };
  const deps = createFlowDeps(store.db, loadConfig({}), { now: () => clock.now });
  // Every account that files may reference the sample materials the sample filings list.
  for (const actor of [actors.applicant, actors.otherApplicant, actors.provider, actors.otherProvider, actors.miniProgramPlatform]) {
    await uploadSampleMaterials(deps, actor);
  }
  return { store, deps, parties, clock, actors, close: () => store.close() };
}

export function parseBody(input: ApplicationBodyInput): ApplicationBody {
  return applicationBody.parse(input);
}

/** Asserts that the promise fails with this catalogued error (and field path, when given). */
export async function assertRefused(promise: Promise<unknown>, code: ErrorCode, path?: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isBeianError(error), `expected BeianError ${code}, got ${String(error)}`);
    assert.equal(error.code, code);
    if (path !== undefined) assert.equal(error.path, path);
    return true;
  });
}

/** The SMS codes sent so far, newest last, by phone: read from the outbox as a delivery worker would. */
export async function sentSmsCodes(harness: FlowHarness): Promise<Map<string, string>> {
  const rows = await harness.store.db.selectFrom('outbox').select(['recipient', 'payload']).where('topic', '=', 'sms').orderBy('id').execute();
  const codes = new Map<string, string>();
  for (const row of rows) {
    const code = codeInSmsText(String((row.payload as { text?: string }).text));
    if (code) codes.set(row.recipient, code);
  }
  return codes;
}

import { Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations/index.js';

/** Applies pending migrations; returns the names applied. Throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  // Areas own numbered prefixes and land in whatever order they are finished, so a database may already hold a
  // later-numbered migration when an earlier-numbered one arrives: apply it rather than refuse to start.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${(error as Error).message}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

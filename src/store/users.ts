import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { Kysely } from 'kysely';
import type { Database, Role } from './schema.js';

/** argon2id with the library's defaults (64 MiB, t=3). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** A password for a new account, shown once: 24 characters from 144 random bits. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export const MIN_PASSWORD_LENGTH = 12;

export async function passwordMatches(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

export async function insertUser(
  db: Kysely<Database>,
  user: { login: string; password: string; role: Role; partyId: string | null; displayName: string },
): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      login: user.login,
      password_hash: await hashPassword(user.password),
      role: user.role,
      party_id: user.partyId,
      display_name: user.displayName,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

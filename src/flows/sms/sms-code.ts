import { randomInt } from 'node:crypto';
import argon2 from 'argon2';

/** Six random digits. */
export function newSmsCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

// Codes and certificate tails are short: argon2id makes an offline guess of every value in the table costly.
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashSecret(value: string): Promise<string> {
  return argon2.hash(value, options);
}

export async function secretMatches(hash: string, value: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, value);
  } catch {
    return false;
  }
}

/** How SMS codes and certificate tails are hashed and checked (a flow dependency, so the demo seed can use a quick one). */
export interface SecretHasher {
  hash(value: string): Promise<string>;
  matches(hash: string, value: string): Promise<boolean>;
}

/** argon2id: what every real code and certificate tail gets. */
export const argon2Secrets: SecretHasher = { hash: hashSecret, matches: secretMatches };

/** The last six characters of a certificate number, as the person types them to confirm. */
export function certificateTail(certificateNumber: string): string {
  return certificateNumber.replace(/\s+/g, '').toUpperCase().slice(-6);
}

/** A mobile number as 11 bare digits when it is a mainland mobile (+86, spaces and hyphens dropped). */
export function normalizeMobile(value: string): string {
  const compact = value.trim().replace(/[\s-]/g, '');
  return compact.replace(/^(\+86|0086|86(?=\d{11}$))/, '');
}

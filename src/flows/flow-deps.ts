import type { Kysely } from 'kysely';
import type { Config } from '../config/config.js';
import type { BureauPolicy } from '../domain/codes/bureau-policies.js';
import type { RegionLookup } from '../domain/regions/index.js';
import type { CalendarSource } from '../store/calendar-source.js';
import type { Database } from '../store/schema.js';
import type { Notifier } from './notifier.js';
import type { SecretHasher } from './sms/sms-code.js';

/** What every flow may use. `now` is the only clock. */
export interface FlowDeps {
  db: Kysely<Database>;
  policy: Config['policy'];
  regions: RegionLookup;
  notifier: Notifier;
  filingTlds: ReadonlySet<string>;
  /** Bureau policy differences by province (shipped table, or the administrator's file laid over it). */
  bureauPolicies: Readonly<Record<string, Partial<BureauPolicy>>>;
  /** Where people reach this deployment (links in SMS and e-mail). */
  publicUrl: string;
  /** The working-day calendar (official schedule plus overrides), cached briefly. */
  calendar: CalendarSource;
  /** Hashes SMS codes and certificate tails (argon2id). */
  secrets: SecretHasher;
  now(): Date;
}

import type { Kysely } from 'kysely';
import type { Config } from '../config/config.js';
import { loadFilingTlds } from './load-filing-tlds.js';
import type { FlowDeps } from '../flows/flow-deps.js';
import { outboxNotifier } from '../flows/notifier.js';
import { argon2Secrets } from '../flows/sms/sms-code.js';
import { calendarSource } from '../store/calendar-source.js';
import type { Database } from '../store/schema.js';
import { loadBureauPolicies } from './load-bureau-policies.js';
import { loadRegionTable } from './load-region-table.js';

/** The one place the flows' dependencies are assembled from the configuration; `overrides` serve tests (a fixed clock). */
export function createFlowDeps(db: Kysely<Database>, config: Config, overrides: Partial<FlowDeps> = {}): FlowDeps {
  return {
    db,
    policy: config.policy,
    regions: loadRegionTable(config.regionsFile),
    notifier: outboxNotifier,
    filingTlds: loadFilingTlds(),
    bureauPolicies: loadBureauPolicies(config.bureauPoliciesFile),
    publicUrl: config.publicUrl,
    calendar: calendarSource(db, 10_000),
    secrets: argon2Secrets,
    now: () => new Date(),
    ...overrides,
  };
}

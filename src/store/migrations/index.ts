import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as historyEntityChains from './0008-history-entity-chains.js';
import * as rateLimitHits from './0008-rate-limit-hits.js';

/** Every migration in order. Names are permanent once released. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0008-history-entity-chains': historyEntityChains,
  '0008-rate-limit-hits': rateLimitHits,
};

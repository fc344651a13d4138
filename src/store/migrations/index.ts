import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as idempotentAnswers from './0006-idempotent-answers.js';
import * as partyCodes from './0006-party-codes.js';

/** Every migration in order. Names are permanent once released. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0006-idempotent-answers': idempotentAnswers,
  '0006-party-codes': partyCodes,
};

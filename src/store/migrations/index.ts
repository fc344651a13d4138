import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as smsVerificationGuards from './0003-sms-verification-guards.js';

/** Every migration in order. Names are permanent once released. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0003-sms-verification-guards': smsVerificationGuards,
};

import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as subjectIdentityAndOwners from './0002-subject-identity-and-owners.js';
import * as smsVerificationGuards from './0003-sms-verification-guards.js';
import * as materialUploads from './0004-material-uploads.js';
import * as notices from './0005-1-notices.js';
import * as idempotentAnswers from './0006-idempotent-answers.js';
import * as partyCodes from './0006-party-codes.js';
import * as rateLimitHits from './0008-rate-limit-hits.js';
import * as sealedHistoryEntityChains from './0008-sealed-history-entity-chains.js';
import * as packageReads from './0010-package-reads.js';
import * as statisticsIndexes from './0011-statistics-indexes.js';
import * as registryReadModel from './0012-registry-read-model.js';
import * as distributionReports from './0013-distribution-reports.js';
import * as apiKeyScopesAndQuotas from './0014-api-key-scopes-and-quotas.js';
import * as filingEvents from './0016-filing-events.js';
import * as webhooks from './0017-webhooks.js';
import * as registryGramsInline from './0020-1-registry-grams-inline.js';
import * as filingEventsPerStatement from './0020-filing-events-per-statement.js';
import * as registrySubjectNature from './0021-registry-subject-nature.js';

/** Every migration in order. Names are permanent once released. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-subject-identity-and-owners': subjectIdentityAndOwners,
  '0003-sms-verification-guards': smsVerificationGuards,
  '0004-material-uploads': materialUploads,
  '0005-1-notices': notices,
  '0006-idempotent-answers': idempotentAnswers,
  '0006-party-codes': partyCodes,
  '0008-rate-limit-hits': rateLimitHits,
  '0008-sealed-history-entity-chains': sealedHistoryEntityChains,
  '0010-package-reads': packageReads,
  '0011-statistics-indexes': statisticsIndexes,
  '0012-registry-read-model': registryReadModel,
  '0013-distribution-reports': distributionReports,
  '0014-api-key-scopes-and-quotas': apiKeyScopesAndQuotas,
  '0016-filing-events': filingEvents,
  '0017-webhooks': webhooks,
  '0020-1-registry-grams-inline': registryGramsInline,
  '0020-filing-events-per-statement': filingEventsPerStatement,
  '0021-registry-subject-nature': registrySubjectNature,
};

import { accountErrors } from './account-errors.js';
import { applicationErrors } from './application-errors.js';
import { appPackageErrors } from './app-package-errors.js';
import { calendarErrors } from './calendar-errors.js';
import { filingAuthorityErrors } from './filing-authority-errors.js';
import { generalErrors } from './general-errors.js';
import { importErrors } from './import-errors.js';
import { keyErrors } from './key-errors.js';
import { materialErrors } from './material-errors.js';
import { numberErrors } from './number-errors.js';
import { precheckErrors } from './precheck-errors.js';
import { requestErrors } from './request-errors.js';
import { statisticsErrors } from './statistics-errors.js';
import { webhookErrors } from './webhook-errors.js';
import { registryErrors } from './registry-errors.js';

/**
 * Every error Beian answers with. Each area keeps its entries in its own file; this merges them.
 * docs/errors.md is generated from this object and kept in sync by a test.
 */
export const catalogue = {
  ...generalErrors,
  ...accountErrors,
  ...requestErrors,
  ...applicationErrors,
  ...filingAuthorityErrors,
  ...calendarErrors,
  ...appPackageErrors,
  ...numberErrors,
  ...importErrors,
  ...precheckErrors,
  ...materialErrors,
  ...keyErrors,
  ...registryErrors,
  ...requestErrors,
  ...statisticsErrors,
  ...webhookErrors,
};

export type ErrorCode = keyof typeof catalogue;

import { BeianError } from '../domain/errors/beian-error.js';

type PackageErrorCode =
  | 'APP_PACKAGE_NOT_ZIP'
  | 'APP_PACKAGE_TRUNCATED'
  | 'APP_PACKAGE_CORRUPT'
  | 'APP_PACKAGE_ENCRYPTED'
  | 'APP_PACKAGE_BOMB'
  | 'APP_PACKAGE_UNSUPPORTED';

/** Builds the BeianError for an unusable package; `reason` says what exactly was wrong (English, for logs and --json). */
export function packageFailure(code: PackageErrorCode, reason: string): BeianError {
  return new BeianError(code, { details: { reason } });
}

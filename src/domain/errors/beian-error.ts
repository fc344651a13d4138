import { catalogue, type ErrorCode } from './catalogue.js';
import type { DetailsOf } from './error-details.js';

/** A failure the caller can act on. `path` names the offending input field (e.g. "subject.mainPerson.mobile"). */
export class BeianError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly path: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  /** `details` may carry only the fields documented for the code in error-details.ts (and so in docs/errors.md). */
  constructor(code: C, options: { path?: string | undefined; details?: DetailsOf<C>; message?: string } = {}) {
    const definition = catalogue[code];
    super(options.message ?? definition.en);
    this.name = 'BeianError';
    this.code = code;
    this.status = definition.status;
    this.path = options.path;
    this.details = options.details as Record<string, unknown> | undefined;
  }

  get messages(): { zh: string; en: string } {
    const definition = catalogue[this.code];
    return { zh: definition.zh, en: definition.en };
  }
}

export function isBeianError(error: unknown): error is BeianError {
  return error instanceof BeianError;
}

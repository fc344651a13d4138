import { catalogue, type ErrorCode } from './catalogue.js';

/** A failure the caller can act on. `path` names the offending input field (e.g. "subject.mainPerson.mobile"). */
export class BeianError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly path: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, options: { path?: string; details?: Record<string, unknown>; message?: string } = {}) {
    const definition = catalogue[code];
    super(options.message ?? definition.en);
    this.name = 'BeianError';
    this.code = code;
    this.status = definition.status;
    this.path = options.path;
    this.details = options.details;
  }

  get messages(): { zh: string; en: string } {
    const definition = catalogue[this.code];
    return { zh: definition.zh, en: definition.en };
  }
}

export function isBeianError(error: unknown): error is BeianError {
  return error instanceof BeianError;
}

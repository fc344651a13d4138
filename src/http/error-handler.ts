import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { catalogue, type ErrorCode } from '../domain/errors/catalogue.js';
import { isBeianError } from '../domain/errors/beian-error.js';
import { fieldPath } from '../domain/precheck/finding.js';

export interface ErrorBody {
  error: { code: string; message: { zh: string; en: string }; path?: string; details?: Record<string, unknown> };
}

export function errorBody(code: ErrorCode, extra: { path?: string | undefined; details?: Record<string, unknown> | undefined; en?: string } = {}): ErrorBody {
  const definition = catalogue[code];
  return {
    error: {
      code,
      message: { zh: definition.zh, en: extra.en ?? definition.en },
      ...(extra.path !== undefined ? { path: extra.path } : {}),
      ...(extra.details !== undefined ? { details: extra.details } : {}),
    },
  };
}

/** Every failure leaves as a catalogued error: `{ error: { code, message: { zh, en }, path?, details? } }`. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isBeianError(error)) {
      const en = error.message !== catalogue[error.code].en ? `${catalogue[error.code].en}: ${error.message}` : undefined;
      return reply.status(error.status).send(errorBody(error.code, { path: error.path, details: error.details, ...(en ? { en } : {}) }));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0]!;
      const where = error.validationContext ?? 'body';
      const segments: Array<string | number> = first.instancePath.split('/').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      // An unexpected field is named itself, not only the object holding it.
      const unexpected = first.keyword === 'unrecognized_keys' ? (first.params as { keys?: string[] }).keys?.[0] : undefined;
      if (unexpected !== undefined) segments.push(unexpected);
      const path = fieldPath(where, ...segments);
      // A malformed id names no possible resource: not found, exactly like a well-formed unknown one.
      if (where === 'params' && segments[0] === 'id') return reply.status(404).send(errorBody('NOT_FOUND', { path }));
      return reply.status(400).send(
        errorBody('VALIDATION_FAILED', {
          path,
          en: `The input is not valid: ${first.message}`,
          details: { issues: error.validation.slice(0, 20).map((v) => ({ path: v.instancePath, message: v.message })) },
        }),
      );
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send(errorBody('PAYLOAD_TOO_LARGE'));
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.status(415).send(errorBody('VALIDATION_FAILED', { path: 'headers.content-type', en: 'Unsupported content type' }));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(400).send(errorBody('VALIDATION_FAILED', { en: `The input is not valid: ${error.message}` }));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL'));
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send(errorBody('NOT_FOUND')));
}

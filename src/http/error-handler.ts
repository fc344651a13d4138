import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { catalogue, type ErrorCode } from '../domain/errors/catalogue.js';
import { isBeianError } from '../domain/errors/beian-error.js';
import { loggableError } from '../domain/errors/loggable-error.js';
import { unsafeTextCode } from '../domain/form/safe-text.js';
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

/** Framework and parser failures by status: answered from the catalogue, never with the framework's message (it echoes input). */
const byStatus: Record<number, ErrorCode> = {
  404: 'NOT_FOUND',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
};

function send(reply: FastifyReply, code: ErrorCode, extra: Parameters<typeof errorBody>[1] = {}) {
  return reply.status(catalogue[code].status).send(errorBody(code, extra));
}

interface ValidationItem {
  instancePath: string;
  message?: string | undefined;
  params?: { params?: { code?: unknown } } | Record<string, unknown>;
}

function isUnsafeText(item: ValidationItem): boolean {
  return (item.params as { params?: { code?: unknown } } | undefined)?.params?.code === unsafeTextCode;
}

function sendValidationFailure(reply: FastifyReply, items: ValidationItem[], where: string) {
  // A refused character is named first: it is the finding the sender most needs to see.
  const first = items.find(isUnsafeText) ?? items[0]!;
  const segments: Array<string | number> = first.instancePath.split('/').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  // An unexpected field is named itself, not only the object holding it.
  const unexpected = (first as { keyword?: string }).keyword === 'unrecognized_keys' ? (first.params as { keys?: string[] } | undefined)?.keys?.[0] : undefined;
  if (unexpected !== undefined) segments.push(unexpected);
  // A malformed id names no possible resource: not found, exactly like a well-formed unknown one.
  if (where === 'params' && segments[0] === 'id') return send(reply, 'NOT_FOUND', { path: fieldPath(where, ...segments) });
  return send(reply, isUnsafeText(first) ? 'TEXT_UNSAFE_CHARACTER' : 'VALIDATION_FAILED', {
    path: fieldPath(where, ...segments),
    en: `${isUnsafeText(first) ? catalogue.TEXT_UNSAFE_CHARACTER.en : 'The input is not valid'}: ${first.message ?? 'invalid'}`,
    details: { issues: items.slice(0, 20).map((v) => ({ path: v.instancePath, message: v.message })) },
  });
}

/** Logs a failure by its kind and codes and the route, never its message, parameters or the request's values. */
export function logFailure(request: FastifyRequest, error: unknown): void {
  request.log.error({ error: loggableError(error), method: request.method, route: request.routeOptions.url ?? null }, 'unhandled error');
}

/** Every failure leaves as a catalogued error: `{ error: { code, message: { zh, en }, path?, details? } }`. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isBeianError(error)) {
      const en = error.message !== catalogue[error.code].en ? `${catalogue[error.code].en}: ${error.message}` : undefined;
      return reply.status(error.status).send(errorBody(error.code, { path: error.path, details: error.details, ...(en ? { en } : {}) }));
    }
    if (hasZodFastifySchemaValidationErrors(error) || (Array.isArray(error.validation) && error.validation.length > 0)) {
      return sendValidationFailure(reply, error.validation as ValidationItem[], error.validationContext ?? 'body');
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send(reply, 'UNSUPPORTED_MEDIA_TYPE', { path: 'headers.content-type' });
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = byStatus[status] ?? 'MALFORMED_REQUEST';
      return send(reply, code, code === 'MALFORMED_REQUEST' && error.code?.startsWith('FST_ERR_CTP') ? { path: 'body' } : {});
    }
    logFailure(request, error);
    return send(reply, 'INTERNAL');
  });
  app.setNotFoundHandler((_request, reply) => send(reply, 'NOT_FOUND'));
}

import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { catalogue, type ErrorCode } from '../domain/errors/catalogue.js';
import { BeianError } from '../domain/errors/beian-error.js';
import { loggableError } from '../domain/errors/loggable-error.js';
import { errorBody } from './error-handler.js';

/** Headers every answer carries, also the ones written before a route is found. */
export const baselineSecurityHeaders = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'self'",
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer',
} as const;

/**
 * The router's own refusals — a URL whose percent-encoding does not decode, a path parameter over the length limit —
 * answered from the catalogue instead of Fastify's text, which echoes the URL back.
 */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const code: ErrorCode = error.code === 'FST_ERR_BAD_URL' ? 'MALFORMED_REQUEST' : error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'URI_TOO_LONG' : 'INTERNAL';
  void reply
    .headers(baselineSecurityHeaders)
    .status(catalogue[code].status)
    .send(errorBody(code, code === 'INTERNAL' ? {} : { path: 'url' }));
}

/** The longest path segment (a path parameter, as the router counts it) a request may carry. */
export const maxPathSegmentLength = 200;

/**
 * 414 URI_TOO_LONG for a path segment over the limit, before routing: the router answers that only where a route's
 * parameter would take it, and a catch-all route would otherwise make it a plain 404.
 */
export async function refuseLongPathSegments(request: FastifyRequest): Promise<void> {
  const path = request.url.split('?', 1)[0]!;
  if (path.length > maxPathSegmentLength && path.split('/').some((segment) => segment.length > maxPathSegmentLength)) {
    throw new BeianError('URI_TOO_LONG', { path: 'url' });
  }
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers over the size limit, broken framing, a
 * request that does not arrive in time): the catalogue's body, written on the socket; the raw bytes are never logged.
 */
export function clientErrorAnswerer(log: () => FastifyBaseLogger) {
  return (error: Error & { code?: string }, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const code: ErrorCode =
      error.code === 'HPE_HEADER_OVERFLOW' ? 'HEADERS_TOO_LARGE' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'REQUEST_TIMEOUT' : 'MALFORMED_REQUEST';
    log().debug({ error: loggableError(error) }, 'client error');
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const status = catalogue[code].status;
    const body = JSON.stringify(errorBody(code));
    const headers = Object.entries({ ...baselineSecurityHeaders, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers}\r\n${body}`);
  };
}

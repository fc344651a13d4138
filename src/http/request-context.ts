import type { FastifyRequest } from 'fastify';
import { BeianError } from '../domain/errors/beian-error.js';
import type { Actor } from '../flows/actor.js';
import type { FlowOptions } from '../flows/run-flow.js';
import { requestFingerprint } from '../flows/run-flow.js';
import type { Principal } from './auth/authenticate.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** The signed-in caller, or UNAUTHENTICATED. */
export function requirePrincipal(request: FastifyRequest, roles?: readonly Actor['role'][]): Principal {
  const principal = request.principal;
  if (!principal) throw new BeianError('UNAUTHENTICATED');
  if (roles && !roles.includes(principal.actor.role)) throw new BeianError('FORBIDDEN');
  return principal;
}

/**
 * Flow options from the request: an `Idempotency-Key` header (1–200 visible characters) makes a write safe to
 * retry; the key is scoped to the caller and bound to the method, URL and body.
 */
export function flowOptions(request: FastifyRequest, principal: Principal): FlowOptions {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return {};
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new BeianError('VALIDATION_FAILED', { path: 'headers.idempotency-key', message: 'an idempotency key is 1–200 visible ASCII characters' });
  }
  return {
    idempotency: {
      principal: principal.principalId,
      key,
      requestHash: requestFingerprint([request.method, request.routeOptions.url, request.params, request.body ?? null]),
    },
  };
}

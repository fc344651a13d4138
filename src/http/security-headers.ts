import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';

type Directives = Record<string, string[]>;

/**
 * The policy of every page Beian serves (the web portals' single-page app, the server-rendered public pages, the
 * developer inbox) and of the API's answers: scripts only from this origin; inline styles, which Ant Design's
 * CSS-in-JS writes; images from this origin, data: and blob: URLs; PDF previews in frames and objects from blob:
 * URLs; requests only to this origin; no framing by other sites.
 */
export const pageDirectives: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'frame-src': ["'self'", 'blob:'],
  'object-src': ["'self'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
};

/**
 * The API documentation (Swagger UI at /api/docs): its scripts and styles are served from this origin, its icons
 * are data: images and it renders with inline styles; it loads no frames or plugins and calls only this origin.
 */
export const docsDirectives: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
};

/** A policy as the header's text; `upgrade-insecure-requests` when the deployment is served over https. */
export function policyText(directives: Directives, https: boolean): string {
  const entries = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`);
  return [...entries, ...(https ? ['upgrade-insecure-requests'] : [])].join('; ');
}

/**
 * Security headers on every answer (helmet): nosniff, same-origin framing only, no referrer, the page policy above,
 * and HSTS when the public URL is https (over plain http it would lock a laptop's localhost out of http). Helmet's
 * middleware is built once and applied to each request's raw response, so the headers cost no work per request
 * beyond setting them (the Fastify plugin rebuilds the middleware, parsing the policy, for every request).
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const apply = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...pageDirectives, ...(options.https ? { 'upgrade-insecure-requests': [] } : {}) },
    },
    frameguard: { action: 'sameorigin' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => apply(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));
}

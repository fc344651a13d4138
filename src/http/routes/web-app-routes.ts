import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { BeianError } from '../../domain/errors/beian-error.js';
import { packageRoot } from '../../runtime/package-root.js';

/** The built web portals (web/dist) of the package that is running. */
export function defaultWebDistDir(): string {
  return join(packageRoot(), 'web', 'dist');
}

/** Paths the single-page app answers; anything else outside /api is the app's "not found" page, with status 404. */
const appPaths = /^\/(?:$|\?|(?:apply|review|bureau|ministry|sign-in)(?:[/?]|$))/;

const notBuilt =
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>Beian</title><h1>网页尚未构建 · The web portals are not built</h1><p>npm run build</p></html>';

/**
 * The web portals: hashed assets from web/dist (cached for a year, brotli- or gzip-compressed as the browser accepts),
 * and index.html for every page path (history
 * fallback) so the app's router takes over. Unknown /api paths stay catalogued JSON errors.
 */
export async function webAppRoutes(app: FastifyInstance, { distDir = defaultWebDistDir() }: { distDir?: string } = {}): Promise<void> {
  const indexPath = join(distDir, 'index.html');
  const built = existsSync(indexPath);
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      // The build writes .br and .gz beside each asset: sent to browsers that accept them, with Vary: Accept-Encoding.
      preCompressed: true,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.startsWith(join(distDir, 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const indexHtml = built ? readFileSync(indexPath, 'utf8') : notBuilt;
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url;
    if (path.startsWith('/api/') || path === '/api') throw new BeianError('NOT_FOUND');
    const status = !built ? 503 : appPaths.test(path) ? 200 : 404;
    return reply.status(status).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  });
}

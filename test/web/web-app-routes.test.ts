import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { precompress } from '../../scripts/build-web.mjs';
import { installErrorHandling } from '../../src/http/error-handler.js';
import { webAppRoutes } from '../../src/http/routes/web-app-routes.js';

/** A script like a built chunk: large and repetitive enough that compressing it pays. */
const script = Array.from({ length: 400 }, (_, i) => `export const label${i} = ${JSON.stringify(`备案 filing label ${i}`)};`).join('\n');

describe('serving the built portals', () => {
  let app: FastifyInstance;
  let dist: string;
  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'beian-web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'chunk-def456.js'), script);
    assert.equal(precompress(dist), 1, 'only the chunk is large enough to compress');
    app = Fastify();
    installErrorHandling(app);
    await app.register(webAppRoutes, { distDir: dist });
  });
  after(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers the portals’ paths with index.html (history fallback), not cached', async () => {
    for (const url of ['/', '/apply', '/review/applications/1?state=x', '/bureau', '/ministry', '/sign-in?next=/apply']) {
      const response = await app.inject({ url });
      assert.equal(response.statusCode, 200, url);
      assert.match(response.body, /id="root"/);
      assert.equal(response.headers['cache-control'], 'no-cache');
    }
  });

  it('answers other paths with the app and status 404, so it shows its not-found page', async () => {
    const response = await app.inject({ url: '/no/such/page' });
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /id="root"/);
  });

  it('serves hashed assets cacheable for a year', async () => {
    const response = await app.inject({ url: '/assets/index-abc123.js' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['cache-control']), /max-age=31536000, immutable/);
  });

  it('sends assets brotli- or gzip-compressed as the browser accepts, the same script either way, varying on Accept-Encoding', async () => {
    const url = '/assets/chunk-def456.js';
    const asked = async (acceptEncoding: string | undefined) => {
      const response = await app.inject({ url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });
      assert.equal(response.statusCode, 200, acceptEncoding);
      assert.match(String(response.headers['content-type']), /javascript/, acceptEncoding);
      assert.match(String(response.headers.vary), /accept-encoding/i, `${acceptEncoding}: caches keep the encodings apart`);
      assert.match(String(response.headers['cache-control']), /max-age=31536000, immutable/, acceptEncoding);
      return response;
    };
    const brotli = await asked('gzip, deflate, br, zstd');
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(brotli.rawPayload).toString(), script);
    assert.ok(brotli.rawPayload.length < script.length / 4, `brotli sends ${brotli.rawPayload.length} of ${script.length} bytes`);
    for (const acceptEncoding of ['gzip, deflate', 'br;q=0, gzip']) {
      const gzip = await asked(acceptEncoding);
      assert.equal(gzip.headers['content-encoding'], 'gzip', acceptEncoding);
      assert.equal(gunzipSync(gzip.rawPayload).toString(), script, acceptEncoding);
    }
    for (const acceptEncoding of [undefined, 'identity']) {
      const plain = await asked(acceptEncoding);
      assert.equal(plain.headers['content-encoding'], undefined, String(acceptEncoding));
      assert.equal(plain.body, script, String(acceptEncoding));
    }
  });

  it('keeps unknown API paths as catalogued JSON errors', async () => {
    const response = await app.inject({ url: '/api/v1/nothing-here' });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.code, 'NOT_FOUND');
  });

  it('says the portals are not built when web/dist is missing', async () => {
    const bare = Fastify();
    installErrorHandling(bare);
    await bare.register(webAppRoutes, { distDir: join(dist, 'missing') });
    const response = await bare.inject({ url: '/apply' });
    assert.equal(response.statusCode, 503);
    await bare.close();
  });
});

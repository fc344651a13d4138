import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';

/** A Content-Security-Policy header as directive → sources. */
function policy(header: string | null): Map<string, string[]> {
  assert.ok(header, 'no Content-Security-Policy');
  return new Map(
    header
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...sources] = d.split(/\s+/);
        return [name!, sources] as const;
      }),
  );
}

function assertBaseline(response: Response, what: string): void {
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `${what}: nosniff`);
  assert.ok(response.headers.get('content-security-policy')?.includes('frame-ancestors'), `${what}: frame-ancestors`);
  assert.ok(['no-referrer', null].includes(response.headers.get('referrer-policy')) && response.headers.get('referrer-policy') !== null, `${what}: referrer policy`);
}

describe('security headers on every answer', () => {
  let h: HttpHarness;
  before(async () => {
    h = await createHttpHarness();
  });
  after(async () => h.close());

  it('sends nosniff, frame protection and a referrer policy on JSON answers, errors and every GET route of the API', async () => {
    await h.app.ready();
    const paths = Object.entries((h.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths)
      .filter(([, methods]) => 'get' in methods)
      .map(([path]) => path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000'));
    assert.ok(paths.length > 5);
    for (const path of [...paths, '/api/v1/no-such-route', '/api/v1/public/filings/%E0%A4%A', `/api/v1/applications/${'a'.repeat(300)}`]) {
      const response = await fetch(`${h.baseUrl}${path}`);
      assertBaseline(response, path);
      assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN', path);
      assert.equal(response.headers.get('strict-transport-security'), null, `${path}: no HSTS over http`);
    }
  });

  it("gives every HTML page a policy: the portals' pages allow Ant Design's inline styles, data:/blob: images and blob: PDF previews, nothing inline for scripts", async () => {
    // The developer inbox, the SMS verification page, the server-rendered public query and the portals' app.
    for (const path of ['/dev/inbox', '/verify', '/verify?lang=en', '/filings', '/filings/%E4%BA%ACICP%E5%A4%872026000001%E5%8F%B7-1A', '/', '/apply', '/no-such-page']) {
      const response = await fetch(`${h.baseUrl}${path}`);
      // The portals answer 503 with a "not built" page until `npm run build` has built web/dist.
      assert.ok(response.status < 500 || response.status === 503, `${path}: ${response.status}`);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/, path);
      assertBaseline(response, path);
      const csp = policy(response.headers.get('content-security-policy'));
      assert.deepEqual(csp.get('script-src'), ["'self'"], path);
      assert.deepEqual(csp.get('style-src'), ["'self'", "'unsafe-inline'"], path);
      assert.deepEqual(csp.get('img-src'), ["'self'", 'data:', 'blob:'], path);
      assert.deepEqual(csp.get('frame-src'), ["'self'", 'blob:'], path);
      assert.deepEqual(csp.get('object-src'), ["'self'", 'blob:'], path);
      assert.deepEqual(csp.get('connect-src'), ["'self'"], path);
      assert.deepEqual(csp.get('frame-ancestors'), ["'self'"], path);
      assert.equal(csp.has('upgrade-insecure-requests'), false, `${path}: no upgrade over http`);
    }
  });

  it('gives the API documentation its own policy: its scripts from this origin, data: icons, no frames or plugins', async () => {
    for (const path of ['/api/docs', '/api/docs/static/swagger-initializer.js', '/api/docs/json']) {
      const response = await fetch(`${h.baseUrl}${path}`);
      assert.equal(response.status, 200, path);
      assertBaseline(response, path);
      const csp = policy(response.headers.get('content-security-policy'));
      assert.deepEqual(csp.get('script-src'), ["'self'"], path);
      assert.deepEqual(csp.get('img-src'), ["'self'", 'data:'], path);
      assert.deepEqual(csp.get('object-src'), ["'none'"], path);
      assert.deepEqual(csp.get('connect-src'), ["'self'"], path);
    }
    const page = await (await fetch(`${h.baseUrl}/api/docs`)).text();
    assert.ok(!/<script>[^<]/.test(page), 'the docs page has no inline script the policy would block');
  });

  it('adds HSTS and upgrade-insecure-requests only when the public URL is https', async () => {
    const secure = await createHttpHarness({ publicUrl: 'https://beian.example.cn' });
    try {
      for (const path of ['/api/v1/parties', '/dev/inbox', '/api/docs', '/api/v1/no-such-route']) {
        const response = await fetch(`${secure.baseUrl}${path}`);
        assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=31536000/, path);
        assert.ok(policy(response.headers.get('content-security-policy')).has('upgrade-insecure-requests'), path);
      }
    } finally {
      await secure.close();
    }
  });
});

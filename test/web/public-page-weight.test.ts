import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { buildWeb } from '../../scripts/build-web.mjs';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { fileSample } from '../support/lifecycle.js';

const limitBytes = 150 * 1024;
const dist = new URL('../../web/dist/', import.meta.url);

/** The JavaScript a page's HTML makes the browser fetch or run: external scripts, module preloads and inline scripts. */
function scriptsOf(html: string): { external: string[]; inline: string[] } {
  const external = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g), ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((body) => body.trim() !== '');
  return { external, inline };
}

/**
 * The public filing page (`/filings/{number}`, what millions of apps link to) stays under 150 KB of gzipped
 * JavaScript, counted on the files it references as built (web/dist) plus its inline scripts — never timed.
 */
describe('the weight of the public filing page', () => {
  let h: HttpHarness;
  let number: string;
  before(async () => {
    await buildWeb();
    h = await createHttpHarness();
    number = (await fileSample(h, 1)).serviceNumber;
  });
  after(async () => h.close());

  it('references at most 150 KB of gzipped JavaScript', async () => {
    const page = await h.anonymous.request('GET', `/filings/${encodeURIComponent(number)}`);
    assert.equal(page.status, 200);
    assert.ok(page.text.includes(number));
    const { external, inline } = scriptsOf(page.text);
    let bytes = inline.reduce((sum, body) => sum + gzipSync(body).length, 0);
    for (const src of external) {
      assert.match(src, /^\/assets\/[\w.-]+\.js$/, `${src} is one of the built portal files`);
      bytes += gzipSync(readFileSync(new URL(`.${src}`, dist))).length;
    }
    assert.ok(bytes <= limitBytes, `the filing page needs ${(bytes / 1024).toFixed(1)} KB of gzipped JavaScript, over ${limitBytes / 1024} KB`);
  });

  it('serves every built script and style sheet brotli-compressed to a browser that accepts it, smaller than gzip', async () => {
    const { external } = scriptsOf(readFileSync(new URL('index.html', dist), 'utf8'));
    const styles = [...readFileSync(new URL('index.html', dist), 'utf8').matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!);
    let plain = 0;
    let sent = 0;
    for (const src of [...external, ...styles]) {
      const body = readFileSync(new URL(`.${src}`, dist));
      const response = await h.app.inject({ url: src, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      assert.equal(response.statusCode, 200, src);
      plain += body.length;
      if (body.length < 512) continue;
      assert.equal(response.headers['content-encoding'], 'br', src);
      assert.ok(response.rawPayload.length < gzipSync(body).length, `${src}: brotli beats gzip`);
      sent += response.rawPayload.length;
    }
    assert.ok(sent > 0 && sent < plain / 3, `the home page's assets: ${sent} bytes sent for ${plain}`);
  });

  it('finds the scripts a built page names, as the count above relies on', () => {
    const { external, inline } = scriptsOf(readFileSync(new URL('index.html', dist), 'utf8'));
    assert.ok(external.some((src) => /^\/assets\/index-[\w-]+\.js$/.test(src)), 'the portals’ entry script');
    assert.ok(external.filter((src) => src.endsWith('.js')).length >= 2, 'its module preloads');
    assert.deepEqual(scriptsOf('<script>var a = 1;</script><script src="/assets/x.js"></script>'), { external: ['/assets/x.js'], inline: ['var a = 1;'] });
    assert.equal(inline.length, 0);
  });
});

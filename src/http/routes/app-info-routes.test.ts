import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { isBeianError } from '../../domain/errors/beian-error.js';
import { appInfoRoutes } from './app-info-routes.js';

const fixture = (path: string): Buffer => readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url));
const rsaMd5 = /\[rsa\][\s\S]*?cert_md5=(\w+)/.exec(fixture('apk/oracle/keys.txt').toString())![1]!;

function multipartBody(boundary: string, parts: Array<{ name: string; filename?: string; content: Buffer | string }>): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const type = part.filename ? 'Content-Type: application/vnd.android.package-archive\r\n' : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.from(part.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

describe('POST /api/v1/app-info', () => {
  let app: FastifyInstance;
  let spool: string;

  before(async () => {
    spool = mkdtempSync(join(tmpdir(), 'beian-route-test-'));
    app = Fastify();
    app.setErrorHandler((error, request, reply) => {
      if (isBeianError(error)) return reply.status(error.status).send({ error: { code: error.code, message: error.messages, path: error.path } });
      return reply.status(500).send({ error: { code: 'INTERNAL', message: { zh: '系统内部错误', en: String(error) } } });
    });
    await app.register(appInfoRoutes, { prefix: '/api/v1', maxBytes: 64 * 1024, tmpDir: spool });
    await app.ready();
  });

  after(async () => {
    await app.close();
    rmSync(spool, { recursive: true, force: true });
  });

  const spoolIsEmpty = (): void => assert.deepEqual(readdirSync(spool), [], 'the temporary file is removed');

  it('answers the app info of a raw application/octet-stream upload', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/app-info',
      headers: { 'content-type': 'application/octet-stream' },
      payload: fixture('apk/rotated-v1v2v3.apk'),
    });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.equal(body.packageName, 'cn.example.filinglab');
    assert.equal(body.signers.length, 2);
    assert.equal(body.lineage.length, 2);
    assert.ok(body.warnings.some((w: { code: string }) => w.code === 'KEY_ROTATION'));
    spoolIsEmpty();
  });

  it('verifies when asked with ?verify=true', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/app-info?verify=true',
      headers: { 'content-type': 'application/vnd.android.package-archive' },
      payload: fixture('apk/rsa-v2v3.apk'),
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().verification.v2, 'verified');
    spoolIsEmpty();
  });

  it('accepts the package as the file of a multipart form', async () => {
    const boundary = 'beianboundary42';
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/app-info',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipartBody(boundary, [
        { name: 'note', content: 'release build' },
        { name: 'file', filename: 'app.apk', content: fixture('apk/rsa-v1v2v3.apk') },
      ]),
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().filing.signatureMd5, rsaMd5);
    spoolIsEmpty();
  });

  it('answers PAYLOAD_TOO_LARGE (413) over the size limit, raw or multipart, and keeps nothing', async () => {
    const big = Buffer.concat([fixture('apk/rsa-v1v2v3.apk'), Buffer.alloc(70 * 1024)]);
    const raw = await app.inject({ method: 'POST', url: '/api/v1/app-info', headers: { 'content-type': 'application/octet-stream' }, payload: big });
    assert.equal(raw.statusCode, 413);
    assert.equal(raw.json().error.code, 'PAYLOAD_TOO_LARGE');
    const boundary = 'b0undary';
    const form = await app.inject({
      method: 'POST',
      url: '/api/v1/app-info',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
      payload: multipartBody(boundary, [{ name: 'file', filename: 'big.apk', content: big }]),
    });
    assert.equal(form.statusCode, 413, form.body);
    assert.equal(form.json().error.code, 'PAYLOAD_TOO_LARGE');
    spoolIsEmpty();
  });

  it('answers 422 with a catalogued code for an unusable package, and 400 without a file', async () => {
    const notZip = await app.inject({ method: 'POST', url: '/api/v1/app-info', headers: { 'content-type': 'application/octet-stream' }, payload: Buffer.from('hello') });
    assert.equal(notZip.statusCode, 422);
    assert.equal(notZip.json().error.code, 'APP_PACKAGE_NOT_ZIP');
    assert.ok(notZip.json().error.message.zh && notZip.json().error.message.en);
    const apk = fixture('apk/rsa-v1v2v3.apk');
    const cut = await app.inject({ method: 'POST', url: '/api/v1/app-info', headers: { 'content-type': 'application/octet-stream' }, payload: apk.subarray(0, 3000) });
    assert.equal(cut.json().error.code, 'APP_PACKAGE_TRUNCATED');
    const boundary = 'nofile';
    const empty = await app.inject({
      method: 'POST',
      url: '/api/v1/app-info',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipartBody(boundary, [{ name: 'note', content: 'no file here' }]),
    });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().error.code, 'APP_PACKAGE_UPLOAD_MISSING');
    spoolIsEmpty();
  });

  it('removes the temporary file when the client goes away mid-upload', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`POST /api/v1/app-info HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: 60000\r\n\r\n`);
    socket.write(fixture('apk/rsa-v1v2v3.apk').subarray(0, 4000));
    const until = async (condition: () => boolean) => {
      for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 25));
      return condition();
    };
    assert.ok(await until(() => readdirSync(spool).length > 0), 'the upload is being spooled');
    socket.destroy();
    assert.ok(await until(() => readdirSync(spool).length === 0), 'the temporary file is removed after the abort');
  });
});

describe('POST /api/v1/app-info limits', () => {
  let app: FastifyInstance;
  let spool: string;
  const build = async (options: { minFreeBytes?: number }) => {
    const instance = Fastify();
    instance.decorateRequest('principal', null);
    // Stands in for sign-in: the real authentication is exercised by the end-to-end tests.
    instance.addHook('onRequest', async (request) => {
      (request as unknown as { principal: unknown }).principal = request.headers['x-signed-in'] ? { principalId: 'user:1' } : null;
    });
    instance.setErrorHandler((error, _request, reply) =>
      reply.status(isBeianError(error) ? error.status : 500).send({ error: { code: isBeianError(error) ? error.code : String(error), details: isBeianError(error) ? error.details : undefined } }),
    );
    await instance.register(appInfoRoutes, { prefix: '/api/v1', maxBytes: 64 * 1024, anonymousMaxBytes: 8 * 1024, tmpDir: spool, ...options });
    await instance.ready();
    return instance;
  };
  before(async () => {
    spool = mkdtempSync(join(tmpdir(), 'beian-route-limits-'));
    app = await build({});
  });
  after(async () => {
    await app.close();
    rmSync(spool, { recursive: true, force: true });
  });

  it('takes a smaller package from anonymous callers than from signed-in ones', async () => {
    const apk = fixture('apk/rsa-v1v2v3.apk');
    assert.ok(apk.length > 8 * 1024 && apk.length < 64 * 1024);
    const post = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/v1/app-info', headers: { 'content-type': 'application/octet-stream', ...headers }, payload: apk });
    const anonymous = await post({});
    assert.equal(anonymous.statusCode, 413);
    assert.deepEqual(anonymous.json().error, { code: 'PAYLOAD_TOO_LARGE', details: { maxBytes: 8 * 1024 } });
    const chunked = await post({ 'transfer-encoding': 'chunked' });
    assert.equal(chunked.statusCode, 413, 'a body without a declared length is cut at the anonymous limit too');
    assert.equal((await post({ 'x-signed-in': '1' })).statusCode, 200);
    assert.deepEqual(readdirSync(spool), []);
  });

  it('refuses uploads with 507 UPLOAD_SPACE_LOW when the temporary directory is short of free space, writing nothing', async () => {
    const starved = await build({ minFreeBytes: Number.MAX_SAFE_INTEGER });
    try {
      const response = await starved.inject({ method: 'POST', url: '/api/v1/app-info', headers: { 'content-type': 'application/octet-stream', 'x-signed-in': '1' }, payload: fixture('apk/rsa-v1.apk') });
      assert.equal(response.statusCode, 507);
      assert.equal(response.json().error.code, 'UPLOAD_SPACE_LOW');
      assert.deepEqual(readdirSync(spool), []);
    } finally {
      await starved.close();
    }
    const roomy = await build({ minFreeBytes: 1 });
    try {
      const response = await roomy.inject({ method: 'POST', url: '/api/v1/app-info', headers: { 'content-type': 'application/octet-stream', 'x-signed-in': '1' }, payload: fixture('apk/rsa-v1.apk') });
      assert.equal(response.statusCode, 200, response.body);
    } finally {
      await roomy.close();
    }
  });
});

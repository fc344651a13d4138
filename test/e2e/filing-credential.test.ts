import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { memoryIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config/config.js';
import { buildApp } from '../../src/http/build-app.js';
import { beianBin } from '../support/cli-process.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { fileSample, type FiledSample } from '../support/lifecycle.js';

const run = promisify(execFile);

describe('the verifiable filing credential', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beian-credential-'));
  const keyFile = join(dir, 'keys', 'signing-keys.json');
  let h: HttpHarness;
  let filed: FiledSample;
  let restarted: FastifyInstance | undefined;
  before(async () => {
    h = await createHttpHarness({ publicUrl: 'https://beian.example.cn', credentials: { signingKeyFile: keyFile, validDays: 7 } });
    filed = await fileSample(h, 1);
  });
  after(async () => {
    await restarted?.close();
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const credential = async (baseUrl = h.baseUrl, number = filed.serviceNumber) => {
    const response = await fetch(`${baseUrl}/api/v1/public/filings/${encodeURIComponent(number)}/credential`);
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  };
  const jwks = async (baseUrl = h.baseUrl) => (await (await fetch(`${baseUrl}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string; x: string }> };

  it('signs the filing’s published facts with Ed25519, verifiable against the published keys', async () => {
    const answer = await credential();
    assert.equal(answer.status, 200);
    assert.match(answer.type, /^application\/jwt/);
    const header = decodeProtectedHeader(answer.text);
    assert.deepEqual({ alg: header.alg, typ: header.typ }, { alg: 'EdDSA', typ: 'beian-filing+jwt' });
    const keys = await jwks();
    assert.equal(keys.keys[0]!.kid, header.kid);
    const { payload } = await jwtVerify(answer.text, createLocalJWKSet(keys as never), { algorithms: ['EdDSA'], currentDate: h.clock.now });
    const service = filed.body.services![0]!;
    const android = service.featureInfo!.find((f) => f.platform === 'android')!;
    assert.equal(payload.iss, 'https://beian.example.cn');
    assert.equal(payload.sub, filed.serviceNumber);
    assert.equal(payload.exp! - payload.iat!, 7 * 86_400);
    assert.equal(payload.iat, Math.floor(h.clock.now.getTime() / 1000));
    const claim = payload.filing as Record<string, unknown> & { packages: Array<{ platform: string; packageName: string; signatureMd5: string }> };
    assert.equal(claim.number, filed.serviceNumber);
    assert.equal(claim.status, 'active');
    assert.equal(claim.subjectName, filed.body.subject!.name);
    assert.equal(claim.serviceName, service.name);
    assert.equal(claim.serviceType, 'app');
    assert.equal(claim.page, `https://beian.example.cn/filings/${encodeURIComponent(filed.serviceNumber)}`);
    assert.deepEqual(
      claim.packages.find((p) => p.platform === 'android'),
      { platform: 'android', packageName: android.packageName, signatureMd5: android.signatureMd5!.toLowerCase() },
    );
  });

  it('never carries personal data', async () => {
    const payload = JSON.stringify(decodeJwt((await credential()).text));
    const subject = filed.body.subject!;
    const people = [subject.mainPerson!, filed.body.services![0]!.responsiblePerson!];
    const secrets = [subject.certificate!.number!, ...people.flatMap((p) => [p.certificate!.number!, p.mobile!, p.email!, p.emergencyPhone!])];
    assert.equal(secrets.length, 9);
    for (const secret of secrets) assert.ok(!payload.includes(secret), 'no certificate number, phone or e-mail');
  });

  it('answers an unknown or malformed number with the catalogue’s 404', async () => {
    for (const number of ['京ICP备2026999999号-1A', 'nonsense']) {
      const answer = await credential(h.baseUrl, number);
      assert.equal(answer.status, 404);
      assert.equal((JSON.parse(answer.text) as { error: { code: string } }).error.code, 'NOT_FOUND');
    }
  });

  it('keeps its keys across a restart, in a file only its owner can read', async () => {
    const before = await jwks();
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
    restarted = await buildApp(h.deps, { ...loadConfig({ BEIAN_LOG_LEVEL: 'silent' }), publicUrl: 'https://beian.example.cn', credentials: { signingKeyFile: keyFile, validDays: 7 } });
    const url = await restarted.listen({ port: 0, host: '127.0.0.1' });
    assert.deepEqual(await jwks(url), before);
    assert.equal(decodeProtectedHeader((await credential(url)).text).kid, before.keys[0]!.kid);
  });

  it('rotates with `beian keys rotate`: the new key signs, the old one stays published and its credentials still verify', async () => {
    const old = (await credential()).text;
    const oldKid = decodeProtectedHeader(old).kid;
    const { stdout } = await run(beianBin, ['keys', 'rotate'], { env: { ...process.env, BEIAN_SIGNING_KEY_FILE: keyFile, BEIAN_LOG_LEVEL: 'silent' } });
    assert.match(stdout, /new signing key/);
    const keys = await jwks();
    assert.equal(keys.keys.length, 2);
    assert.equal(keys.keys[1]!.kid, oldKid, 'the old key is still published, after the new one');
    const fresh = (await credential()).text;
    assert.equal(decodeProtectedHeader(fresh).kid, keys.keys[0]!.kid);
    assert.notEqual(keys.keys[0]!.kid, oldKid);
    for (const token of [old, fresh]) await jwtVerify(token, createLocalJWKSet(keys as never), { currentDate: h.clock.now });
  });

  describe('beian verify-credential', () => {
    const jwksFile = join(dir, 'jwks.json');
    const tokenFile = join(dir, 'credential.jwt');
    let token: string;
    before(async () => {
      token = (await credential()).text;
      writeFileSync(jwksFile, JSON.stringify(await jwks()));
      writeFileSync(tokenFile, `${token}\n`);
    });
    const verify = async (...args: string[]) => {
      const io = memoryIo();
      const code = await main(['verify-credential', ...args], io);
      return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
    };
    const at = () => h.clock.now.toISOString();

    it('exits 0 for a valid credential against a key set file, naming the filing', async () => {
      const result = await verify(tokenFile, '--jwks', jwksFile, '--at', at());
      assert.equal(result.code, 0, result.err);
      assert.match(result.out, new RegExp(`VALID: ${filed.serviceNumber.replace(/[-]/g, '\\-')}`));
      const json = await verify(tokenFile, '--jwks', jwksFile, '--at', at(), '--json', '--issuer', 'https://beian.example.cn');
      assert.equal((JSON.parse(json.out) as { outcome: string; filing: { number: string } }).filing.number, filed.serviceNumber);
    });

    it('exits 0 against the key set fetched from the server’s URL', async () => {
      assert.equal((await verify(tokenFile, '--jwks', `${h.baseUrl}/.well-known/jwks.json`, '--at', at())).code, 0);
    });

    it('exits 1 for an altered credential, an expired one, another issuer and an unknown key', async () => {
      const [head, body, signature] = token.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as { filing: { status: string } };
      claims.filing.status = 'active';
      (claims.filing as { subjectName?: string }).subjectName = '冒名公司';
      const altered = join(dir, 'altered.jwt');
      writeFileSync(altered, `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`);
      const tampered = await verify(altered, '--jwks', jwksFile, '--at', at());
      assert.equal(tampered.code, 1);
      assert.match(tampered.out, /signature does not verify/);
      const later = new Date(h.clock.now.getTime() + 8 * 86_400_000).toISOString();
      const expired = await verify(tokenFile, '--jwks', jwksFile, '--at', later);
      assert.equal(expired.code, 1);
      assert.match(expired.out, /expired/);
      assert.equal((await verify(tokenFile, '--jwks', jwksFile, '--at', at(), '--issuer', 'https://elsewhere.example')).code, 1);
      const otherKeys = join(dir, 'other-jwks.json');
      writeFileSync(otherKeys, JSON.stringify({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: 'other', alg: 'EdDSA', use: 'sig' }] }));
      assert.equal((await verify(tokenFile, '--jwks', otherKeys, '--at', at())).code, 1);
    });

    it('exits 2 when the credential or the key set cannot be used', async () => {
      const garbage = join(dir, 'garbage.jwt');
      writeFileSync(garbage, 'not a credential');
      assert.equal((await verify(garbage, '--jwks', jwksFile)).code, 2);
      assert.equal((await verify(join(dir, 'missing.jwt'), '--jwks', jwksFile)).code, 2);
      assert.equal((await verify(tokenFile, '--jwks', join(dir, 'missing.json'))).code, 2);
      assert.equal((await verify(tokenFile, '--jwks', tokenFile)).code, 2);
      assert.equal((await verify(tokenFile)).code, 2);
    });

    it('runs as bin/beian with the documented exit codes', async () => {
      const ok = await run(beianBin, ['verify-credential', tokenFile, '--jwks', jwksFile, '--at', at()]);
      assert.match(ok.stdout, /VALID/);
      const laterThanExpiry = new Date(h.clock.now.getTime() + 8 * 86_400_000).toISOString();
      await assert.rejects(run(beianBin, ['verify-credential', tokenFile, '--jwks', jwksFile, '--at', laterThanExpiry]), (error: { code?: number; stdout?: string }) => error.code === 1 && /INVALID: expired/.test(error.stdout ?? ''));
      const garbage = join(dir, 'garbage-2.jwt');
      writeFileSync(garbage, '{}');
      await assert.rejects(run(beianBin, ['verify-credential', garbage, '--jwks', jwksFile]), (error: { code?: number }) => error.code === 2);
    });
  });
});

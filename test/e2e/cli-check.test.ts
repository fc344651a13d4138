import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openDatabase } from '../../src/store/open-database.js';
import { refreshRegistry } from '../../src/store/registry-sync.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { fileSample, type FiledSample } from '../support/lifecycle.js';
import { isolatedDatabaseEnv } from '../support/test-database.js';
import { checkerKey } from '../support/checker-key.js';

const bin = new URL('../../bin/beian', import.meta.url).pathname;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/beian without blocking this process (the server under test answers in it). */
function run(args: string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const results = (text: string) => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { row: number; verdict: string });

describe('beian check FILE against a server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beian-check-'));
  let h: HttpHarness;
  let key: string;
  let filed: FiledSample;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    h = await createHttpHarness();
    key = await checkerKey(h);
    filed = await fileSample(h, 21);
    const { DATABASE_URL: _omit, ...rest } = process.env;
    env = { ...rest, BEIAN_LOG_LEVEL: 'silent' };
  });
  after(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const feature = () => filed.body.services![0]!.featureInfo![0]!;

  it('prints one result per row, a summary by verdict on stderr, and exits 1 when a row is not filed', async () => {
    const file = join(dir, 'store.csv');
    writeFileSync(file, `platform,packageName,signatureMd5\nandroid,${feature().packageName},${feature().signatureMd5!.toUpperCase()}\nandroid,com.example.pirate,\nwindows,x.y,\n`);
    const out = await run(['check', file, '--server', h.baseUrl, '--key', key], env);
    assert.equal(out.status, 1, out.stderr);
    assert.deepEqual(results(out.stdout).map((r) => r.verdict), ['filed', 'not_filed', 'invalid']);
    assert.match(out.stderr, /3 rows checked/);
    assert.match(out.stderr, /not_filed\s+1/);
  });

  it('reads NDJSON from stdin, writes --out, and exits 0 when every row is filed', async () => {
    const target = join(dir, 'results.ndjson');
    const out = await run(['check', '-', '--server', h.baseUrl, '--key', key, '--out', target, '--json'], env, `${JSON.stringify({ platform: 'ios', packageName: feature().packageName })}\n`);
    assert.equal(out.status, 0, out.stderr);
    assert.equal(out.stdout, '');
    assert.deepEqual(results(readFileSync(target, 'utf8')).map((r) => r.verdict), ['filed']);
    assert.deepEqual(JSON.parse(out.stderr), { rows: 1, verdicts: { filed: 1 } });
  });

  it('exits 2 when the server refuses the key, or the file is missing or empty', async () => {
    const file = join(dir, 'one.csv');
    writeFileSync(file, `platform,packageName\nandroid,${feature().packageName}\n`);
    const refused = await run(['check', file, '--server', h.baseUrl, '--key', 'bk_wrong'], env);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /401 UNAUTHENTICATED/);
    assert.equal((await run(['check', join(dir, 'absent.csv')], env)).status, 2);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    assert.equal((await run(['check', empty, '--server', h.baseUrl, '--key', key], env)).status, 2);
    assert.equal((await run(['check', file, '--server', h.baseUrl], { ...env, BEIAN_API_KEY: '' })).status, 2, 'a server needs a key');
  });
});

describe('beian check FILE on the local database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beian-check-local-'));
  const dataDir = join(dir, 'data');
  let env: NodeJS.ProcessEnv;
  let cleanup: () => Promise<void>;
  before(async () => {
    const isolated = await isolatedDatabaseEnv(dataDir);
    cleanup = isolated.cleanup;
    const { DATABASE_URL: _omit, ...rest } = process.env;
    env = { ...rest, ...isolated.env, BEIAN_LOG_LEVEL: 'silent', BEIAN_DEMO: '0' };
    // One filed app, written as the registry of record holds it.
    const store = await openDatabase(isolated.env.DATABASE_URL ? { databaseUrl: isolated.env.DATABASE_URL } : { dataDir });
    await migrateToLatest(store.db as never);
    const db = store.db;
    const subject = await db
      .insertInto('subjects')
      .values({ certificate_type: 1, certificate_key: 'test-key', name: '北京本地核验科技有限公司', nature: 4, province_code: '110000', status: 'filed', owner_user_id: null, data: null, created_at: new Date(), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const service = await db
      .insertInto('services')
      .values({ subject_id: subject.id, type: 'app', name: '本地核验', status: 'filed', service_index: 1, platform_id: null, data: '{}', created_at: new Date(), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('service_features').values({ service_id: service.id, platform: 'android', package_name: 'cn.local.check', public_key: null, signature_md5: 'AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99' }).execute();
    const now = new Date();
    await db.insertInto('filings').values({ kind: 'subject', subject_id: subject.id, service_id: null, number: '京ICP备2026900001号', province_code: '110000', service_type: null, status: 'active', approved_at: now, updated_at: now }).execute();
    await db.insertInto('filings').values({ kind: 'service', subject_id: subject.id, service_id: service.id, number: '京ICP备2026900001号-1A', province_code: '110000', service_type: 'app', status: 'active', approved_at: now, updated_at: now }).execute();
    await refreshRegistry(db, [subject.id]);
    await store.close();
  });
  after(async () => {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks against the local database without a server', async () => {
    const file = join(dir, 'rows.ndjson');
    writeFileSync(file, [{ platform: 'android', packageName: 'cn.local.check', signatureMd5: 'aabbccddeeff00112233445566778899' }, { platform: 'android', packageName: 'cn.local.check', signatureMd5: '00000000000000000000000000000000' }].map((r) => JSON.stringify(r)).join('\n'));
    const out = await run(['check', file], env);
    assert.equal(out.status, 1, out.stderr);
    assert.deepEqual(results(out.stdout).map((r) => r.verdict), ['filed', 'signature_mismatch']);
  });
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { parseFilingNumber } from '../../src/domain/numbers/parse-filing-number.js';
import { openDatabase } from '../../src/store/open-database.js';
import { beianBin, isolatedCliEnv } from '../support/cli-process.js';

function run(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(beianBin, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('beian demo generate --filings N', () => {
  const cli = isolatedCliEnv('beian-generate-');

  it('refuses a missing or malformed count, and a database without an access provider', async () => {
    for (const args of [[], ['--filings', 'many'], ['--filings', '0'], ['--filings', '5', '--colour']]) {
      const result = await run(cli.env(), 'demo', 'generate', ...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /--filings N/);
    }
    const empty = await run(cli.env(), 'demo', 'generate', '--filings', '5');
    assert.equal(empty.status, 1);
    assert.match(empty.stderr, /demo seed/);
  });

  it('adds N service filings with their subjects, packages, domains and access, twice without a clash', async () => {
    assert.equal((await run(cli.env(), 'demo', 'seed')).status, 0);
    const first = await run(cli.env(), 'demo', 'generate', '--filings', '700');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Generated 700 service filings of \d+ subjects/);
    const second = await run(cli.env(), 'demo', 'generate', '--filings', '300', '--seed', '2');
    assert.equal(second.status, 0, second.stderr);

    const env = cli.env();
    const store = await openDatabase(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: cli.dataDir });
    try {
      const db = store.db;
      const synthetic = await db
        .selectFrom('filings')
        .innerJoin('subjects', 'subjects.id', 'filings.subject_id')
        .select(['filings.number', 'filings.kind', 'filings.service_type', 'filings.service_id', 'subjects.name', 'subjects.id as subject_id'])
        .where('subjects.certificate_key', 'like', 'SYN:%')
        .execute();
      const services = synthetic.filter((f) => f.kind === 'service');
      assert.equal(services.length, 1000);
      const subjects = new Set(synthetic.map((f) => f.subject_id));
      assert.equal(synthetic.filter((f) => f.kind === 'subject').length, subjects.size);
      assert.ok(subjects.size < 1000 && subjects.size >= 250, `several services per subject: ${subjects.size} subjects`);
      for (const filing of synthetic) {
        const parsed = parseFilingNumber(filing.number);
        assert.ok(parsed.valid, filing.number);
        assert.match(filing.name, /^\p{Script=Han}+有限公司$/u);
      }
      const apps = services.filter((s) => s.service_type === 'app').map((s) => s.service_id!);
      assert.ok(apps.length > 600);
      const features = await db.selectFrom('service_features').select(['package_name', 'signature_md5', 'platform']).where('service_id', 'in', apps).execute();
      assert.ok(features.length >= apps.length);
      assert.ok(features.every((f) => /^com\.[a-z0-9]+\.[a-z]+\d$/.test(f.package_name) && /^[0-9a-f]{32}$/.test(f.signature_md5!)));
      assert.equal(new Set(features.filter((f) => f.platform === 'android').map((f) => f.package_name)).size, apps.length, 'one Android package per app, none shared');
      const domains = await db.selectFrom('service_domains').select('domain').where('service_id', 'in', apps).execute();
      assert.equal(new Set(domains.map((d) => d.domain)).size, apps.length);
      const shells = await db.selectFrom('filings').select('number').where('shell', '=', true).where('service_id', 'in', apps).execute();
      assert.deepEqual(shells, [], 'every app has its access');

      const sequences = await db.selectFrom('number_sequences').select(['province_code', 'last_value']).execute();
      const highest = new Map<string, number>();
      for (const f of synthetic.filter((s) => s.kind === 'subject')) {
        const parsed = parseFilingNumber(f.number);
        if (!parsed.valid) continue;
        const province = parsed.number.province.code;
        highest.set(province, Math.max(highest.get(province) ?? 0, parsed.number.sequence!));
      }
      for (const [province, top] of highest) {
        assert.ok(sequences.some((s) => s.province_code === province && s.last_value >= top), `${province}'s sequence moved past ${top}`);
      }
      const registered = await db.selectFrom('registry_filings').select('number').where('number', 'in', synthetic.map((f) => f.number)).execute();
      assert.equal(registered.length, synthetic.length, 'the registry read model holds every synthetic filing');
      const packages = await db.selectFrom('registry_packages').select((eb) => eb.fn.countAll<number>().as('n')).where('package_name', 'in', features.map((f) => f.package_name)).executeTakeFirstOrThrow();
      assert.equal(Number(packages.n), features.length);
      const events = await db.selectFrom('filing_events').select((eb) => eb.fn.countAll<number>().as('n')).where('type', '=', 'approved').executeTakeFirstOrThrow();
      assert.ok(Number(events.n) >= synthetic.length, 'the change feed lists the synthetic approvals');
    } finally {
      await store.close();
    }
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openDatabase } from '../../src/store/open-database.js';
import { seedParties } from '../../src/store/seed/seed-parties.js';
import { sampleMobile, sampleResidentId, sampleUscc } from '../../src/store/seed/sample-filing.js';
import { isolatedDatabaseEnv } from '../support/test-database.js';

const bin = new URL('../../bin/beian', import.meta.url).pathname;

describe('beian import FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beian-import-'));
  const dataDir = join(dir, 'data');
  let env: NodeJS.ProcessEnv;
  let cleanup: () => Promise<void>;
  before(async () => {
    const isolated = await isolatedDatabaseEnv(dataDir);
    cleanup = isolated.cleanup;
    const { DATABASE_URL: _omit, ...rest } = process.env;
    env = { ...rest, ...isolated.env, BEIAN_LOG_LEVEL: 'silent', BEIAN_DEMO: '0' };
    // The parties every deployment has (the ministry imports).
    const store = await openDatabase(isolated.env.DATABASE_URL ? { databaseUrl: isolated.env.DATABASE_URL } : { dataDir });
    await migrateToLatest(store.db as never);
    await seedParties(store.db);
    await store.close();
  });
  after(async () => {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (...args: string[]) => spawnSync(bin, args, { env, encoding: 'utf8', timeout: 120_000 });
  const line = (n: number, websiteNumber: string) =>
    `京ICP备2020000${n}号,北京命令行导入有限公司${n},1,1,${sampleUscc('110000', n)},李导入,2,${sampleResidentId('110000', n)},${sampleMobile(n)},cli${n}@example.com,${websiteNumber},命令行网${n},cli-${n}.cn`;
  const header = 'subjectNumber,subjectName,subjectNature,certificateType,certificateNumber,mainPersonName,mainPersonCertificateType,mainPersonCertificateNumber,mainPersonMobile,mainPersonEmail,websiteNumber,websiteName,domain';

  it('imports a CSV file and reports the refused lines, exiting 1 when some were refused', () => {
    const file = join(dir, 'filings.csv');
    writeFileSync(file, `\uFEFF${header}\n${line(921, '京ICP备2020000921号-1')}\n${line(922, '京ICP备2020000999号-1')}\n`);
    const result = run('import', file);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /2 rows read: 1 subjects and 1 websites imported, 1 refused\./);
    assert.match(result.stdout, /line 2: IMPORT_ROW_INVALID at websiteNumber/);
    assert.equal(result.stderr, '', 'no progress bar when stderr is not a terminal');

    const again = run('import', file, '--json');
    const report = JSON.parse(again.stdout) as { imported: unknown; refused: { line: number; code: string }[] };
    assert.deepEqual(report.imported, { subjects: 0, websites: 0 });
    assert.deepEqual(report.refused.map((r) => [r.line, r.code]), [[1, 'IMPORT_NUMBER_TAKEN'], [2, 'IMPORT_ROW_INVALID']]);
  });

  it('refuses a file whose format it cannot tell, and a missing file', () => {
    const file = join(dir, 'filings.txt');
    writeFileSync(file, header);
    assert.equal(run('import', file).status, 2);
    assert.equal(run('import', join(dir, 'absent.csv')).status, 2);
  });
});

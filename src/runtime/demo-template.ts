import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../config/config.js';
import { migrations } from '../store/migrations/index.js';
import { openRuntime } from './open-runtime.js';
import { packageRoot } from './package-root.js';
import { seedDemo, type DemoLogin } from './seed-demo.js';

/**
 * The demo template: an embedded database (PGlite data directory) already initialised, migrated and loaded with the
 * demo, built once per installation (by `npm install`, or by the first demo start that finds none). A first start on
 * an empty data directory copies it instead of running the database's initdb, the migrations and the demo's flows,
 * which is most of a first start's time.
 *
 * It is rebuilt when the migrations change, when the format below changes, and when it is older than `maxAgeDays`
 * (the demo's filings are dated relative to the day it was built).
 */
const FORMAT = 1;
const maxAgeDays = 7;

export interface DemoTemplate {
  dir: string;
  logins: DemoLogin[];
  filings: number;
  builtAt: string;
}

interface Manifest {
  key: string;
  builtAt: string;
  logins: DemoLogin[];
  filings: number;
}

/** Where the template lives: `BEIAN_DEMO_TEMPLATE_DIR`, or dist/demo-template under the package root. */
export function demoTemplateDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.BEIAN_DEMO_TEMPLATE_DIR || join(packageRoot(), 'dist', 'demo-template'));
}

/** What the template must match: the migrations it holds and the template's format. */
export function templateKey(): string {
  return createHash('sha256').update(JSON.stringify([FORMAT, Object.keys(migrations).sort()])).digest('hex').slice(0, 16);
}

/** The template in `dir` when it is current (same migrations and format, young enough), else null. */
export function readTemplate(dir: string, now: Date): DemoTemplate | null {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'template.json'), 'utf8')) as Manifest;
    const age = now.getTime() - Date.parse(manifest.builtAt);
    if (manifest.key !== templateKey() || !(age >= 0 && age < maxAgeDays * 86_400_000)) return null;
    if (!existsSync(join(dir, 'pglite', 'PG_VERSION'))) return null;
    return { dir, logins: manifest.logins, filings: manifest.filings, builtAt: manifest.builtAt };
  } catch {
    return null;
  }
}

/**
 * Builds the template in a scratch directory beside `dir` and moves it into place. Unless told to replace it, a
 * process that finds a current template there once it is done (another process built it meanwhile) keeps that one.
 */
export async function buildDemoTemplate(config: Config, dir: string, { replace = false } = {}): Promise<DemoTemplate> {
  mkdirSync(dirname(dir), { recursive: true });
  const scratch = mkdtempSync(`${dir}.building-`);
  try {
    const runtime = await openRuntime({ ...config, databaseUrl: undefined, dataDir: scratch });
    let seeded: { logins: DemoLogin[]; filings: number };
    try {
      seeded = await seedDemo(runtime.deps);
    } finally {
      await runtime.close();
    }
    const manifest: Manifest = { key: templateKey(), builtAt: new Date().toISOString(), ...seeded };
    writeFileSync(join(scratch, 'template.json'), JSON.stringify(manifest, null, 2));
    const current = replace ? null : readTemplate(dir, new Date());
    if (current) return current; // another process built it meanwhile
    if (existsSync(dir)) {
      const old = `${dir}.old-${process.pid}`;
      renameSync(dir, old);
      rmSync(old, { recursive: true, force: true });
    }
    try {
      renameSync(scratch, dir);
    } catch {
      // another process put its template in place first
    }
    return readTemplate(dir, new Date()) ?? { dir, builtAt: manifest.builtAt, logins: seeded.logins, filings: seeded.filings };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** True when `dataDir` holds no embedded database yet. */
export function isEmptyDataDir(dataDir: string): boolean {
  return !existsSync(join(resolve(dataDir), 'pglite', 'PG_VERSION'));
}

/**
 * Gives an empty embedded data directory its demo database from the template (building the template first when
 * there is no current one). Returns the demo's accounts and filings for the start-up message.
 */
export async function startFromDemoTemplate(config: Config, now: Date): Promise<DemoTemplate> {
  const dir = demoTemplateDir();
  const template = readTemplate(dir, now) ?? (await buildDemoTemplate(config, dir));
  const target = join(resolve(config.dataDir), 'pglite');
  mkdirSync(resolve(config.dataDir), { recursive: true });
  cpSync(join(template.dir, 'pglite'), target, { recursive: true });
  return template;
}

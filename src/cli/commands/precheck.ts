import { readFile } from 'node:fs/promises';
import type { CliIo } from '../cli-io.js';
import { loadFilingTlds } from '../../runtime/load-filing-tlds.js';
import { memoryPrecheckContext } from '../../domain/precheck/memory-precheck-context.js';
import { precheckApplication } from '../../domain/precheck/precheck-application.js';
import { shanghaiToday } from './validate.js';

const USAGE = 'usage: beian precheck FILE.json [--json] [--today YYYY-MM-DD] [--bureau PROVINCE]';

function option(args: string[], name: string): string | undefined | null {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  return args[i + 1] ?? null;
}

/**
 * `beian precheck FILE.json`: runs every pre-check rule on an application body (the POST /api/v1/applications body).
 * Rules that need the registry (mobile numbers and domains of other subjects, applications in flight) see an empty
 * registry here. Exit 0 without errors (warnings allowed), 1 with errors, 2 when the input cannot be used.
 */
export async function precheck(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const today = option(args, '--today');
  const bureau = option(args, '--bureau');
  const valued = new Set(['--today', '--bureau']);
  const files = args.filter((a, i) => a !== '--json' && !valued.has(a) && !valued.has(args[i - 1] ?? ''));
  if (files.length !== 1 || today === null || bureau === null || (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today))) {
    io.err(USAGE);
    return 2;
  }
  const file = files[0]!;
  let body: unknown;
  try {
    body = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    io.err(`beian precheck: cannot read ${file}: ${reason}`);
    return 2;
  }
  let tlds: Set<string>;
  try {
    tlds = loadFilingTlds();
  } catch (error) {
    io.err(`beian precheck: cannot read the filing TLD list: ${(error as Error).message}`);
    return 2;
  }
  const findings = await precheckApplication(body, memoryPrecheckContext({ filingTlds: tlds }), {
    today: today ?? shanghaiToday(),
    ...(bureau ? { bureauProvince: bureau } : {}),
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (json) {
    io.out(JSON.stringify({ ok: errors === 0, errors, warnings, findings }, null, 2));
  } else {
    for (const f of findings) {
      io.out(`${f.severity === 'error' ? 'ERROR  ' : 'WARNING'} ${f.code} at ${f.path || '(application)'}`);
      io.out(`        ${f.message.zh} / ${f.message.en}`);
      io.out(`        fix: ${f.fix.zh} / ${f.fix.en}`);
    }
    io.out(`${errors} error(s), ${warnings} warning(s)${errors === 0 ? ' — ready to submit' : ''}`);
  }
  return errors === 0 ? 0 : 1;
}

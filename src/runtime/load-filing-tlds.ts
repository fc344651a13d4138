import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFilingTlds } from '../domain/codes/filing-tlds.js';
import { packageRoot } from './package-root.js';

/** The shipped list, in the sources of the package that is running (bundled or not). */
export function defaultFilingTldPath(): string {
  return join(packageRoot(), 'src', 'domain', 'codes', 'filing-tlds.txt');
}

let cached: { path: string; tlds: Set<string> } | undefined;

/** The TLDs usable for filing, from env BEIAN_TLD_FILE or the shipped list; read once per path. */
export function loadFilingTlds(path: string = process.env.BEIAN_TLD_FILE || defaultFilingTldPath()): Set<string> {
  if (cached?.path !== path) cached = { path, tlds: parseFilingTlds(readFileSync(path, 'utf8')) };
  return cached.tlds;
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { domainToASCII } from 'node:url';

/** Reads a TLD list (one a line, "#" comments, Unicode or punycode) into the set of A-label TLDs. */
export function parseFilingTlds(text: string): Set<string> {
  const tlds = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim().replace(/^\./, '');
    if (line === '') continue;
    const ascii = domainToASCII(line);
    if (ascii === '' || ascii.includes('.')) throw new Error(`filing TLD list: not a top-level domain: "${line}"`);
    tlds.add(ascii);
  }
  return tlds;
}

const fileName = join('src', 'domain', 'codes', 'filing-tlds.txt');

/** The shipped list: beside this module in the sources, or in the package root's sources when running bundled. */
export function defaultFilingTldPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  const beside = join(dir, 'filing-tlds.txt');
  if (existsSync(beside)) return beside;
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, fileName);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return beside;
}

let cached: { path: string; tlds: Set<string> } | undefined;

/** The TLDs usable for filing, from env BEIAN_TLD_FILE or the shipped list; read once per path. */
export function loadFilingTlds(path: string = process.env.BEIAN_TLD_FILE || defaultFilingTldPath()): Set<string> {
  if (cached?.path !== path) cached = { path, tlds: parseFilingTlds(readFileSync(path, 'utf8')) };
  return cached.tlds;
}

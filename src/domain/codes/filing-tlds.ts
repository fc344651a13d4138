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

import { BeianError } from '../errors/beian-error.js';
import { defaultRegions } from './default-regions.js';
import type { Region } from './region.js';

/** Answers which province a GB/T 2260 code or a filing-number prefix (canonical or alias) belongs to. */
export interface RegionLookup {
  readonly regions: readonly Region[];
  byCode(code: string): Region | undefined;
  /** Finds the region whose canonical abbreviation or one of whose aliases is `prefix` (蜀 and 川 both give 四川). */
  byAbbreviation(prefix: string): Region | undefined;
}

const codePattern = /^[1-9]\d0000$/;
const prefixPattern = /^\p{Script=Han}{1,4}$/u;

function invalid(path: string, reason: string, value: unknown): BeianError {
  return new BeianError('VALIDATION_FAILED', { path, details: { reason, value } });
}

/**
 * Builds a lookup from a region table (the default one or an administrator's replacement). Refuses a table with a malformed
 * or repeated code, or a prefix that is malformed or claimed twice (as abbreviation or alias), naming the offending entry.
 */
export function createRegionLookup(table: readonly Region[]): RegionLookup {
  const byCode = new Map<string, Region>();
  const byPrefix = new Map<string, Region>();
  const regions = table.map((entry, index) => {
    const path = `regions[${index}]`;
    if (!codePattern.test(entry.code)) throw invalid(`${path}.code`, 'code must be a provincial GB/T 2260 code such as 110000', entry.code);
    if (byCode.has(entry.code)) throw invalid(`${path}.code`, 'code appears twice', entry.code);
    if (!entry.name.zh.trim() || !entry.name.en.trim()) throw invalid(`${path}.name`, 'name needs zh and en', entry.name);
    const region: Region = Object.freeze({
      code: entry.code,
      name: Object.freeze({ zh: entry.name.zh, en: entry.name.en }),
      abbreviation: entry.abbreviation,
      aliases: Object.freeze([...entry.aliases]),
    });
    const prefixes: Array<[string, string]> = [
      [`${path}.abbreviation`, entry.abbreviation],
      ...entry.aliases.map((alias, i): [string, string] => [`${path}.aliases[${i}]`, alias]),
    ];
    for (const [prefixPath, prefix] of prefixes) {
      if (!prefixPattern.test(prefix)) throw invalid(prefixPath, 'a prefix is one to four Chinese characters', prefix);
      if (byPrefix.has(prefix)) throw invalid(prefixPath, 'prefix is already used by another entry', prefix);
      byPrefix.set(prefix, region);
    }
    byCode.set(region.code, region);
    return region;
  });
  return {
    regions: Object.freeze(regions),
    byCode: (code) => byCode.get(code),
    byAbbreviation: (prefix) => byPrefix.get(prefix),
  };
}

/** The lookup over the built-in table of the 31 provincial-level divisions. */
export const defaultRegionLookup: RegionLookup = createRegionLookup(defaultRegions);

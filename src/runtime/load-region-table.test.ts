import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isBeianError } from '../domain/errors/beian-error.js';
import { defaultRegionLookup, defaultRegions } from '../domain/regions/index.js';
import { loadRegionTable } from './load-region-table.js';

const dir = mkdtempSync(join(tmpdir(), 'beian-regions-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('the province table an administrator can replace', () => {
  it('is the built-in table when no file is configured', () => {
    assert.equal(loadRegionTable(undefined), defaultRegionLookup);
  });

  it('takes abbreviations and aliases from the file', () => {
    const table = defaultRegions.map((r) => (r.code === '510000' ? { ...r, abbreviation: '川', aliases: ['蜀'] } : r));
    const lookup = loadRegionTable(file('swapped.json', table));
    assert.equal(lookup.byCode('510000')?.abbreviation, '川');
    assert.equal(lookup.byAbbreviation('蜀')?.code, '510000');
  });

  it('refuses a malformed file, naming the entry', () => {
    const refusal = (path: string) => {
      try {
        loadRegionTable(path);
      } catch (error) {
        return isBeianError(error) ? error.path : String(error);
      }
      return 'accepted';
    };
    assert.equal(refusal(file('broken.json', '[{')), 'env.BEIAN_REGIONS_FILE');
    assert.equal(refusal(file('no-name.json', [{ code: '110000', abbreviation: '京' }])), 'regions[0].name');
    assert.equal(refusal(file('twice.json', [defaultRegions[0], defaultRegions[0]])), 'regions[1].code');
  });
});

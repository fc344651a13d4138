import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BeianError } from '../domain/errors/beian-error.js';
import { createRegionLookup, defaultRegionLookup, type RegionLookup } from '../domain/regions/index.js';

const regionFile = z.array(
  z.strictObject({
    code: z.string(),
    name: z.strictObject({ zh: z.string(), en: z.string() }),
    abbreviation: z.string(),
    aliases: z.array(z.string()).default([]),
  }),
);

/**
 * The province table: the built-in one, or an administrator's JSON file (BEIAN_REGIONS_FILE) with the same fields —
 * code, name { zh, en }, the abbreviation new numbers get, and aliases older numbers carry. A bad file stops the start
 * with the offending entry named.
 */
export function loadRegionTable(path: string | undefined): RegionLookup {
  if (!path) return defaultRegionLookup;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BeianError('VALIDATION_FAILED', { path: 'env.BEIAN_REGIONS_FILE', message: `cannot read ${path}: ${(error as Error).message}` });
  }
  const parsed = regionFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BeianError('VALIDATION_FAILED', { path: `regions${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`, message: issue.message });
  }
  return createRegionLookup(parsed.data);
}

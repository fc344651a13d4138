import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { apiTypesPath, renderApiTypes } from '../../scripts/api-types.js';

describe('the web portals’ API types', () => {
  it('match the server’s OpenAPI document (run `npm run api-types` after changing a route)', async () => {
    assert.equal(readFileSync(apiTypesPath, 'utf8'), await renderApiTypes(), 'web/src/api/schema.d.ts is stale: run `npm run api-types`');
  });
});

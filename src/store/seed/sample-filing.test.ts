import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFilingTlds } from '../../runtime/load-filing-tlds.js';
import { precheckApplication, memoryPrecheckContext } from '../../domain/precheck/index.js';
import { defaultRegions } from '../../domain/regions/index.js';
import { sampleFirstFiling } from './sample-filing.js';

describe('sample filings used by the demo data and tests', () => {
  const context = memoryPrecheckContext({ filingTlds: loadFilingTlds() });
  for (const region of defaultRegions) {
    it(`pass the pre-check without errors in ${region.name.en}`, async () => {
      for (const n of [0, 7, 31]) {
        for (const serviceType of ['app', 'mini_program'] as const) {
          const findings = await precheckApplication(sampleFirstFiling({ n, provinceCode: region.code, channelId: 'p', serviceType }), context, { today: '2026-03-02' });
          const errors = findings.filter((f) => f.severity === 'error');
          assert.deepEqual(errors.map((f) => `${f.code}@${f.path}`), []);
        }
      }
    });
  }
});

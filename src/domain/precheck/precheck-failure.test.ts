import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isBeianError } from '../errors/beian-error.js';
import { assertPrecheckPasses } from './precheck-failure.js';
import type { Finding } from './finding.js';

const finding = (severity: Finding['severity']): Finding => ({
  code: severity === 'error' ? 'SIGNATURE_MISSING' : 'IOS_SIGNATURE_IS_MD5',
  path: 'services[0].featureInfo[0].signatureMd5',
  severity,
  message: { zh: 'm', en: 'm' },
  fix: { zh: 'f', en: 'f' },
});

describe('assertPrecheckPasses', () => {
  it('lets warnings through', () => {
    assert.doesNotThrow(() => assertPrecheckPasses([finding('warning')]));
  });

  it('throws PRECHECK_FAILED (422) with all findings when one is an error', () => {
    const findings = [finding('warning'), finding('error')];
    assert.throws(
      () => assertPrecheckPasses(findings),
      (error) => isBeianError(error) && error.code === 'PRECHECK_FAILED' && error.status === 422 && error.details?.findings === findings,
    );
  });
});

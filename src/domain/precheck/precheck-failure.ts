import { BeianError } from '../errors/beian-error.js';
import type { Finding } from './finding.js';

/** For the submit flow: throws PRECHECK_FAILED (422) carrying every finding when any is an error. */
export function assertPrecheckPasses(findings: readonly Finding[]): void {
  if (findings.some((f) => f.severity === 'error')) throw new BeianError('PRECHECK_FAILED', { details: { findings } });
}

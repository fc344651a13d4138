import type { ServiceType } from '../form/service-form.js';
import { maxServiceIndex } from './number-limits.js';
import { serviceSuffixes } from './service-suffix.js';

/** Subject numbers a service number can hang off: ICP备 (10 or 8 digits), an ICP证 licence, or a B2 licence. */
const subjectNumberPattern = /^\p{Script=Han}{1,4}(?:ICP备(?:\d{10}|\d{8})号|ICP证\d{6,8}号|B2-\d{8})$/u;

/**
 * The service number `<subject number>-<index><suffix>`, e.g. 京ICP备2023012345号-1A. Services of one subject share one
 * index sequence whatever their type; the suffix is '' for a website, A for an APP, X for a mini-program, K for a quick app.
 * A malformed argument is a programming error (RangeError).
 */
export function formatServiceNumber(subjectNumber: string, serviceIndex: number, serviceType: ServiceType): string {
  if (!subjectNumberPattern.test(subjectNumber)) throw new RangeError(`Not a subject number: ${JSON.stringify(subjectNumber)}`);
  if (!Number.isInteger(serviceIndex) || serviceIndex < 1 || serviceIndex > maxServiceIndex) {
    throw new RangeError(`Service index must be an integer from 1 to ${maxServiceIndex}: ${serviceIndex}`);
  }
  const suffix = serviceSuffixes[serviceType];
  if (suffix === undefined) throw new RangeError(`Unknown service type: ${JSON.stringify(serviceType)}`);
  return `${subjectNumber}-${serviceIndex}${suffix}`;
}

import { BeianError } from '../errors/beian-error.js';
import { maxSubjectSequence, maxSubjectYear, minSubjectYear } from './number-limits.js';

const prefixPattern = /^\p{Script=Han}{1,4}$/u;

/**
 * The subject (主体) number `<prefix>ICP备<YYYY><6-digit sequence>号`, e.g. 京ICP备2023012345号.
 * A sequence past 999999 cannot be written and raises FILING_NUMBER_SEQUENCE_EXHAUSTED; a malformed argument is a
 * programming error (RangeError).
 */
export function formatSubjectNumber(input: { abbreviation: string; year: number; sequence: number }): string {
  const { abbreviation, year, sequence } = input;
  if (!prefixPattern.test(abbreviation)) throw new RangeError(`Not a province abbreviation: ${JSON.stringify(abbreviation)}`);
  if (!Number.isInteger(year) || year < minSubjectYear || year > maxSubjectYear) {
    throw new RangeError(`Year must be an integer from ${minSubjectYear} to ${maxSubjectYear}: ${year}`);
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Sequence must be a positive integer: ${sequence}`);
  if (sequence > maxSubjectSequence) {
    throw new BeianError('FILING_NUMBER_SEQUENCE_EXHAUSTED', { details: { abbreviation, year, sequence } });
  }
  return `${abbreviation}ICP备${year}${String(sequence).padStart(6, '0')}号`;
}

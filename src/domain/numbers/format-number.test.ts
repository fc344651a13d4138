import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isBeianError } from '../errors/beian-error.js';
import { formatServiceNumber } from './format-service-number.js';
import { formatSubjectNumber } from './format-subject-number.js';

describe('formatSubjectNumber', () => {
  it('writes the province prefix, ICP备, the four-digit year and a six-digit zero-padded sequence', () => {
    assert.equal(formatSubjectNumber({ abbreviation: '京', year: 2023, sequence: 12345 }), '京ICP备2023012345号');
    assert.equal(formatSubjectNumber({ abbreviation: '蜀', year: 2026, sequence: 1 }), '蜀ICP备2026000001号');
    assert.equal(formatSubjectNumber({ abbreviation: '沪', year: 2025, sequence: 999999 }), '沪ICP备2025999999号');
  });

  it('raises FILING_NUMBER_SEQUENCE_EXHAUSTED past sequence 999999', () => {
    assert.throws(
      () => formatSubjectNumber({ abbreviation: '京', year: 2023, sequence: 1_000_000 }),
      (error) => isBeianError(error) && error.code === 'FILING_NUMBER_SEQUENCE_EXHAUSTED' && error.status === 409,
    );
  });

  it('refuses arguments no number can be made of', () => {
    for (const input of [
      { abbreviation: '京', year: 2023, sequence: 0 },
      { abbreviation: '京', year: 2023, sequence: 1.5 },
      { abbreviation: '京', year: 23, sequence: 1 },
      { abbreviation: '京', year: 10000, sequence: 1 },
      { abbreviation: 'BJ', year: 2023, sequence: 1 },
      { abbreviation: '', year: 2023, sequence: 1 },
    ]) {
      assert.throws(() => formatSubjectNumber(input), RangeError, JSON.stringify(input));
    }
  });
});

describe('formatServiceNumber', () => {
  const subject = '京ICP备2023012345号';

  it('appends the index and the suffix of the service type: website none, APP A, mini-program X, quick app K', () => {
    assert.equal(formatServiceNumber(subject, 1, 'website'), '京ICP备2023012345号-1');
    assert.equal(formatServiceNumber(subject, 2, 'app'), '京ICP备2023012345号-2A');
    assert.equal(formatServiceNumber(subject, 3, 'mini_program'), '京ICP备2023012345号-3X');
    assert.equal(formatServiceNumber(subject, 4, 'quick_app'), '京ICP备2023012345号-4K');
    assert.equal(formatServiceNumber(subject, 12, 'app'), '京ICP备2023012345号-12A');
  });

  it('hangs service numbers off legacy and licence-based subject numbers too', () => {
    assert.equal(formatServiceNumber('京ICP备16059763号', 5, 'app'), '京ICP备16059763号-5A');
    assert.equal(formatServiceNumber('粤B2-20090059', 1626, 'mini_program'), '粤B2-20090059-1626X');
  });

  it('refuses a service number as the subject, a non-positive index and an unknown type', () => {
    assert.throws(() => formatServiceNumber('京ICP备2023012345号-1A', 2, 'app'), RangeError);
    assert.throws(() => formatServiceNumber(subject, 0, 'app'), RangeError);
    assert.throws(() => formatServiceNumber(subject, 1_000_000, 'app'), RangeError);
    assert.throws(() => formatServiceNumber(subject, 1, 'game' as never), RangeError);
  });
});

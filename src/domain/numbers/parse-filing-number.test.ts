import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { serviceTypes } from '../form/service-form.js';
import { defaultRegions } from '../regions/default-regions.js';
import { createRegionLookup } from '../regions/region-lookup.js';
import { formatServiceNumber } from './format-service-number.js';
import { formatSubjectNumber } from './format-subject-number.js';
import { parseFilingNumber, type ParsedFilingNumber } from './parse-filing-number.js';

function parsed(text: string): ParsedFilingNumber {
  const result = parseFilingNumber(text);
  assert.ok(result.valid, `${text}: ${result.valid ? '' : result.reason.en}`);
  return result.number;
}

function refused(text: string): { zh: string; en: string } {
  const result = parseFilingNumber(text);
  assert.ok(!result.valid, `${text} should be refused`);
  return result.reason;
}

describe('parseFilingNumber: real numbers', () => {
  it('reads a current ten-digit subject number', () => {
    assert.deepEqual(parsed('沪ICP备2023014300号'), {
      kind: 'subject',
      scheme: 'icp',
      province: { code: '310000', abbreviation: '沪', canonicalAbbreviation: '沪' },
      year: 2023,
      sequence: 14300,
      subjectNumber: '沪ICP备2023014300号',
      text: '沪ICP备2023014300号',
    });
  });

  it('reads a legacy eight-digit number with its two-digit year', () => {
    const number = parsed('京ICP备16059763号');
    assert.equal(number.scheme, 'icp_legacy');
    assert.equal(number.year, 2016);
    assert.equal(number.sequence, 59763);
    const withService = parsed('蜀ICP备20016559号-9');
    assert.equal(withService.scheme, 'icp_legacy');
    assert.equal(withService.serviceIndex, 9);
    assert.equal(withService.serviceType, 'website');
    assert.equal(withService.subjectNumber, '蜀ICP备20016559号');
  });

  it('reads service suffixes, multi-digit indexes included', () => {
    const cases: Array<[string, number, string]> = [
      ['陕ICP备2024026116号-1', 1, 'website'],
      ['辽ICP备2023009191号-2A', 2, 'app'],
      ['滇ICP备2026011700号-7X', 7, 'mini_program'],
      ['京ICP备2023012345号-4K', 4, 'quick_app'],
      ['浙ICP备2024071295号-12A', 12, 'app'],
    ];
    for (const [text, index, type] of cases) {
      const number = parsed(text);
      assert.equal(number.kind, 'service', text);
      assert.equal(number.serviceIndex, index, text);
      assert.equal(number.serviceType, type, text);
      assert.equal(number.subjectNumber, text.slice(0, text.indexOf('-')), text);
    }
  });

  it('reads alias prefixes as their province and keeps the prefix as written', () => {
    for (const [text, code, canonical] of [
      ['川ICP备2020036560号', '510000', '蜀'],
      ['蜀ICP备2020036560号', '510000', '蜀'],
      ['甘ICP备12000001号', '620000', '陇'],
      ['陇ICP备2021003158号-1', '620000', '陇'],
      ['贵ICP备2021004806号-1', '520000', '黔'],
      ['黔ICP备2021004806号', '520000', '黔'],
    ] as const) {
      const number = parsed(text);
      assert.equal(number.province.code, code, text);
      assert.equal(number.province.canonicalAbbreviation, canonical, text);
      assert.equal(number.province.abbreviation, text[0], text);
      assert.equal(number.subjectNumber[0], text[0], text);
    }
  });

  it('reads licence-based numbers and an ICP licence reference', () => {
    const subject = parsed('粤B2-20090059');
    assert.equal(subject.scheme, 'licence');
    assert.equal(subject.kind, 'subject');
    assert.equal(subject.licence, '粤B2-20090059');
    assert.equal(subject.year, undefined);
    const service = parsed('粤B2-20090059-1626X');
    assert.equal(service.kind, 'service');
    assert.equal(service.licence, '粤B2-20090059');
    assert.equal(service.subjectNumber, '粤B2-20090059');
    assert.equal(service.serviceIndex, 1626);
    assert.equal(service.serviceType, 'mini_program');
    const licence = parsed('京ICP证030173号');
    assert.equal(licence.scheme, 'licence');
    assert.equal(licence.kind, 'subject');
    assert.equal(licence.licence, '京ICP证030173号');
    assert.equal(licence.province.code, '110000');
  });

  it('tolerates whitespace, full-width characters, other dashes and lower case, and normalises them', () => {
    for (const text of [
      '  京ICP备2023012345号-1A\n',
      '京ＩＣＰ备２０２３０１２３４５号－１Ａ',
      '京ICP备 2023012345号 - 1A',
      '京ICP备2023012345号—1A',
      '\u3000京icp备2023012345号-1a',
    ]) {
      assert.equal(parsed(text).text, '京ICP备2023012345号-1A', JSON.stringify(text));
    }
  });

  it('reads numbers under an administrator prefix table', () => {
    const regions = createRegionLookup([
      { code: '510000', name: { zh: '四川省', en: 'Sichuan' }, abbreviation: '蜀', aliases: ['川', '巴'] },
    ]);
    const result = parseFilingNumber('巴ICP备2025000001号', regions);
    assert.ok(result.valid);
    assert.equal(result.number.province.code, '510000');
    assert.equal(parseFilingNumber('京ICP备2025000001号', regions).valid, false);
  });
});

describe('parseFilingNumber: refusals say why, in zh and en', () => {
  it('refuses unknown prefixes, wrong digit counts, bad suffixes and other text', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /empty/],
      ['   ', /empty/],
      ['港ICP备2023012345号', /prefix "港"/],
      ['京ICP备123456789号', /has 9/],
      ['京ICP备202301234567号', /has 12/],
      ['京ICP备1999012345号', /year 1999/],
      ['京ICP备2023012345', /followed by digits and "号"/],
      ['京ICP备2023012345号-', /Unrecognised ending/],
      ['京ICP备2023012345号-1B', /suffix "B"/],
      ['京ICP备2023012345号-0', /index "0"/],
      ['京ICP备2023012345号-01A', /index "01"/],
      ['京ICP备2023012345号-1A-2', /Unrecognised ending/],
      ['粤B2-2009005', /8 digits/],
      ['京ICP证0301号', /6 to 8 digits/],
      ['京公网安备11000002000001号', /Not a filing number/],
      ['ICP备2023012345号', /Not a filing number/],
      ['https://beian.miit.gov.cn', /Not a filing number/],
    ];
    for (const [text, pattern] of cases) {
      const reason = refused(text);
      assert.match(reason.en, pattern, text);
      assert.ok(reason.zh.length > 0, text);
    }
  });
});

describe('parseFilingNumber: properties', () => {
  const prefixes = defaultRegions.flatMap((region) => [region.abbreviation, ...region.aliases]);
  const subjectInput = fc.record({
    abbreviation: fc.constantFrom(...prefixes),
    year: fc.integer({ min: 2000, max: 9999 }),
    sequence: fc.integer({ min: 1, max: 999_999 }),
  });

  it('reads back every subject number formatSubjectNumber writes', () => {
    fc.assert(
      fc.property(subjectInput, (input) => {
        const text = formatSubjectNumber(input);
        const number = parsed(text);
        assert.equal(number.kind, 'subject');
        assert.equal(number.scheme, 'icp');
        assert.equal(number.year, input.year);
        assert.equal(number.sequence, input.sequence);
        assert.equal(number.province.abbreviation, input.abbreviation);
        assert.equal(number.province.code, defaultRegions.find((r) => r.abbreviation === number.province.canonicalAbbreviation)?.code);
        assert.equal(number.subjectNumber, text);
        assert.equal(number.text, text);
      }),
    );
  });

  it('reads back every service number formatServiceNumber writes', () => {
    fc.assert(
      fc.property(
        subjectInput,
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom(...serviceTypes),
        (input, index, type) => {
          const subject = formatSubjectNumber(input);
          const text = formatServiceNumber(subject, index, type);
          const number = parsed(text);
          assert.equal(number.kind, 'service');
          assert.equal(number.serviceIndex, index);
          assert.equal(number.serviceType, type);
          assert.equal(number.subjectNumber, subject);
          assert.equal(number.text, text);
          assert.equal(number.year, input.year);
          assert.equal(number.sequence, input.sequence);
        },
      ),
    );
  });

  it('parses its own normalised text to the same result', () => {
    const variants = fc
      .tuple(subjectInput, fc.option(fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...serviceTypes))))
      .map(([input, service]) => {
        const subject = formatSubjectNumber(input);
        return service ? formatServiceNumber(subject, service[0], service[1]) : subject;
      })
      .chain((text) =>
        fc.constantFrom(
          text,
          ` ${text}\t`,
          text.replace(/[0-9A-Z-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
          text.toLowerCase(),
        ),
      );
    fc.assert(
      fc.property(variants, (text) => {
        const first = parsed(text);
        assert.deepEqual(parsed(first.text), first);
      }),
    );
  });

  it('never throws on arbitrary text, and what it accepts round-trips through its normalised form', () => {
    const near = fc
      .tuple(fc.constantFrom('京ICP备', '蜀ICP备', '粤B2-', '京ICP证', '港ICP备', ''), fc.string({ unit: 'binary', maxLength: 30 }))
      .map(([head, rest]) => head + rest);
    const digitsAround = fc
      .tuple(fc.constantFrom('京ICP备', '粤B2-', '京ICP证'), fc.stringMatching(/^[0-9号\-AXKB ]{0,24}$/))
      .map(([head, rest]) => head + rest);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), near, digitsAround), (text) => {
        const result = parseFilingNumber(text);
        if (result.valid) assert.deepEqual(parseFilingNumber(result.number.text), result);
        else assert.ok(result.reason.zh && result.reason.en);
      }),
      { numRuns: 2000 },
    );
  });
});

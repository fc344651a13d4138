import type { ServiceType } from '../form/service-form.js';
import { defaultRegionLookup, type RegionLookup } from '../regions/region-lookup.js';
import { maxServiceIndex, minSubjectYear } from './number-limits.js';
import { serviceTypeForSuffix } from './service-suffix.js';

/** A filing number read apart. */
export interface ParsedFilingNumber {
  kind: 'subject' | 'service';
  /** icp: 10-digit subject number (YYYY + 6); icp_legacy: 8-digit (YY + 6); licence: off an ICP licence (B2-… or ICP证…). */
  scheme: 'icp' | 'icp_legacy' | 'licence';
  /** `abbreviation` is the prefix as written (川 stays 川); `canonicalAbbreviation` is the one new numbers get (蜀). */
  province: { code: string; abbreviation: string; canonicalAbbreviation: string };
  /** Four-digit year of an ICP备 number (a legacy two-digit year yy is read as 20yy). */
  year?: number;
  /** The six-digit sequence of an ICP备 number, as a number. */
  sequence?: number;
  /** The licence a licence-based number hangs off, normalised: 粤B2-20090059 or 京ICP证030173号. */
  licence?: string;
  serviceIndex?: number;
  serviceType?: ServiceType;
  /** The subject part, normalised, prefix kept as written: 京ICP备2023012345号, 粤B2-20090059. */
  subjectNumber: string;
  /** The whole number, normalised: 京ICP备2023012345号-1A. */
  text: string;
}

export type ParseFilingNumberResult =
  | { valid: true; number: ParsedFilingNumber }
  | { valid: false; reason: { zh: string; en: string } };

const maxInputLength = 100;

/**
 * Reads a filing number: 京ICP备2023012345号, legacy 京ICP备16059763号, service numbers with -1, -2A, -3X, -4K (any index),
 * licence-based 粤B2-20090059 / 粤B2-20090059-1626X, and a licence reference 京ICP证030173号. Prefixes are looked up in
 * `regions` (canonical abbreviations and aliases alike). Never throws.
 *
 * Tolerated, because numbers are copied from web pages and app screens: surrounding and inner whitespace (including the
 * ideographic space), full-width digits and letters (NFKC), other dashes (‐ – — − －) for the hyphen, lower-case
 * letters (icp, b2, a/x/k). The result's `text` is the normalised form.
 */
export function parseFilingNumber(text: string, regions: RegionLookup = defaultRegionLookup): ParseFilingNumberResult {
  if (typeof text !== 'string') return fail('备案号必须是文本', 'A filing number must be text');
  if (text.length > maxInputLength * 4) return fail('输入过长，不是备案号', 'Too long to be a filing number');
  const normalised = normalise(text);
  if (normalised === '') return fail('备案号为空', 'The filing number is empty');
  if (normalised.length > maxInputLength) return fail('输入过长，不是备案号', 'Too long to be a filing number');

  const head = /^(\p{Script=Han}+?)(ICP备|ICP证|B2-)(.*)$/u.exec(normalised);
  if (!head) {
    return fail(
      '不是备案号：应形如 京ICP备2023012345号、京ICP备2023012345号-1A 或 粤B2-20090059',
      'Not a filing number: expected a form such as 京ICP备2023012345号, 京ICP备2023012345号-1A or 粤B2-20090059',
    );
  }
  const [, prefix = '', marker = '', rest = ''] = head;
  const region = regions.byAbbreviation(prefix);
  if (!region) return fail(`未知的省份简称“${prefix}”`, `Unknown province prefix "${prefix}"`);
  const province = { code: region.code, abbreviation: prefix, canonicalAbbreviation: region.abbreviation };

  const body = marker === 'B2-' ? /^(\d+)(.*)$/.exec(rest) : /^(\d+)号(.*)$/.exec(rest);
  if (!body) {
    return marker === 'B2-'
      ? fail('许可证号应为“B2-”后接8位数字', 'A licence number is "B2-" followed by 8 digits')
      : fail(`“${marker}”后应为数字并以“号”结尾`, `"${marker}" must be followed by digits and "号"`);
  }
  const [, digits = '', tail = ''] = body;

  const service = parseServiceTail(tail);
  if ('reason' in service) return { valid: false, reason: service.reason };
  const suffixText = service.index === undefined ? '' : `-${service.index}${service.letter}`;

  if (marker === 'ICP备') {
    if (digits.length !== 10 && digits.length !== 8) {
      return fail(
        `主体备案号应为10位数字（旧号8位），此处为${digits.length}位`,
        `A subject number has 10 digits (8 on older numbers); this one has ${digits.length}`,
      );
    }
    const legacy = digits.length === 8;
    const year = legacy ? 2000 + Number(digits.slice(0, 2)) : Number(digits.slice(0, 4));
    if (!legacy && year < minSubjectYear) {
      return fail(`主体备案号的年份${year}无效`, `The year ${year} in the subject number is not valid`);
    }
    const subjectNumber = `${prefix}ICP备${digits}号`;
    return ok({
      scheme: legacy ? 'icp_legacy' : 'icp',
      province,
      year,
      sequence: Number(digits.slice(legacy ? 2 : 4)),
      subjectNumber,
      text: subjectNumber + suffixText,
      service,
    });
  }

  if (marker === 'ICP证') {
    if (digits.length < 6 || digits.length > 8) {
      return fail('ICP许可证号应为6至8位数字', 'An ICP licence number (ICP证) has 6 to 8 digits');
    }
    const licence = `${prefix}ICP证${digits}号`;
    return ok({ scheme: 'licence', province, licence, subjectNumber: licence, text: licence + suffixText, service });
  }

  if (digits.length !== 8) return fail('许可证号应为“B2-”后接8位数字', 'A licence number is "B2-" followed by 8 digits');
  const licence = `${prefix}B2-${digits}`;
  return ok({ scheme: 'licence', province, licence, subjectNumber: licence, text: licence + suffixText, service });
}

type ServiceTail = { index?: number; letter: string; type?: ServiceType } | { reason: { zh: string; en: string } };

function parseServiceTail(tail: string): ServiceTail {
  if (tail === '') return { letter: '' };
  const match = /^-(\d+)([A-Z]?)$/.exec(tail);
  if (!match) {
    return {
      reason: {
        zh: `无法识别的尾部“${tail}”：服务编号应形如 -1、-2A、-3X、-4K`,
        en: `Unrecognised ending "${tail}": a service suffix looks like -1, -2A, -3X or -4K`,
      },
    };
  }
  const [, indexText = '', letter = ''] = match;
  const index = Number(indexText);
  if (indexText.startsWith('0') || index < 1 || index > maxServiceIndex) {
    return {
      reason: {
        zh: `服务序号“${indexText}”无效：应为1至${maxServiceIndex}且无前导零`,
        en: `Service index "${indexText}" is not valid: 1 to ${maxServiceIndex} without leading zeros`,
      },
    };
  }
  const type = serviceTypeForSuffix(letter);
  if (!type) {
    return {
      reason: {
        zh: `未知的服务类型后缀“${letter}”：APP为A，小程序为X，快应用为K，网站无后缀`,
        en: `Unknown service suffix "${letter}": A for an APP, X for a mini-program, K for a quick app, none for a website`,
      },
    };
  }
  return { index, letter, type };
}

function ok(parts: {
  scheme: ParsedFilingNumber['scheme'];
  province: ParsedFilingNumber['province'];
  year?: number;
  sequence?: number;
  licence?: string;
  subjectNumber: string;
  text: string;
  service: { index?: number; type?: ServiceType };
}): ParseFilingNumberResult {
  const number: ParsedFilingNumber = {
    kind: parts.service.index === undefined ? 'subject' : 'service',
    scheme: parts.scheme,
    province: parts.province,
    subjectNumber: parts.subjectNumber,
    text: parts.text,
  };
  if (parts.year !== undefined) number.year = parts.year;
  if (parts.sequence !== undefined) number.sequence = parts.sequence;
  if (parts.licence !== undefined) number.licence = parts.licence;
  if (parts.service.index !== undefined) {
    number.serviceIndex = parts.service.index;
    number.serviceType = parts.service.type;
  }
  return { valid: true, number };
}

function fail(zh: string, en: string): ParseFilingNumberResult {
  return { valid: false, reason: { zh, en } };
}

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\s+/gu, '')
    .replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

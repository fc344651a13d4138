import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadFilingTlds } from '../../runtime/load-filing-tlds.js';
import { gb11643CheckDigit } from '../identity/gb11643-check-digit.js';
import { usccCheckCharacter } from '../identity/uscc.js';
import { memoryPrecheckContext, type MemorySubject } from './memory-precheck-context.js';
import { passesPrecheck, precheckApplication, type PrecheckOptions } from './precheck-application.js';
import { ruleCatalogue } from './rule-catalogue.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the cases edit a JSON body freely */
type Body = any;

const example: Body = JSON.parse(readFileSync(new URL('../../../docs/precheck-example.json', import.meta.url), 'utf8'));
const today = '2026-03-15';
const filingTlds = loadFilingTlds();
const id = (first17: string) => first17 + gb11643CheckDigit(first17);
const uscc = (first17: string) => first17 + usccCheckCharacter(first17);
const mainId = example.subject.mainPerson.certificate.number as string;
/** A well-formed material id (64 hex digits). */
const material = (n: number) => n.toString(16).padStart(64, '0');

async function run(body: Body, subjects: MemorySubject[] = [], options: Partial<PrecheckOptions> = {}, materials?: ReadonlySet<string>) {
  return precheckApplication(body, memoryPrecheckContext({ filingTlds, subjects, ...(materials ? { materials } : {}) }), { today, ...options });
}

function edit(change: (b: Body) => void): Body {
  const body = structuredClone(example);
  change(body);
  return body;
}

/** Turns the example into an individual's filing in `province` (six digits) with the given person certificate. */
function individual(b: Body, options: { province?: string; city?: string; district?: string; type?: number; number?: string } = {}) {
  const person = b.subject.mainPerson;
  if (options.type) person.certificate.type = options.type;
  if (options.number) person.certificate.number = options.number;
  b.subject.nature = 5;
  b.subject.name = person.name;
  b.subject.certificate = { type: person.certificate.type, number: person.certificate.number, validTo: person.certificate.validTo };
  b.subject.province = options.province ?? '350000';
  b.subject.city = options.city ?? '350100';
  b.subject.district = options.district ?? '350102';
  b.services[0].responsiblePerson = structuredClone(person);
  b.services[0].contentCategories = ['tools.office'];
  b.services[0].domains = ['api.minjiangcloud.com'];
}

function inProvince(b: Body, province: string, city: string, district: string) {
  Object.assign(b.subject, { province, city, district });
}

const service = (b: Body) => b.services[0];
const android = (b: Body) => b.services[0].featureInfo[0];
const ios = (b: Body) => b.services[0].featureInfo[1];
const servicePerson = (b: Body) => b.services[0].responsiblePerson;

interface Case {
  code: string;
  path: string;
  change: (b: Body) => void;
  subjects?: MemorySubject[];
  options?: Partial<PrecheckOptions>;
  /** Options under which the unchanged example must pass (default: `options`). */
  passOptions?: Partial<PrecheckOptions>;
  /** The material ids the caller may use (default: any). */
  materials?: string[];
}

/** The example's subject as filed (id subject-1), with one other service unless `services` is given. */
const filedSelf = (extra: Partial<MemorySubject> = {}): MemorySubject => ({
  id: 'subject-1',
  name: example.subject.name,
  nature: 4,
  province: '350000',
  certificateNumber: example.subject.certificate.number,
  mainPerson: structuredClone(example.subject.mainPerson),
  services: [{ id: 'service-0', type: 'website', name: '闽江云官网', number: '闽ICP备2026000001号-1', domains: ['www.minjiangcloud.com'] }],
  ...extra,
});

/** Turns the example into add_service for the filed subject-1. */
function asAddService(b: Body) {
  b.kind = 'add_service';
  delete b.subject;
  b.subjectId = 'subject-1';
}

/** Turns the example into change_service of service-1 (filed with the API domain only) of subject-1. */
function asChangeService(b: Body) {
  b.kind = 'change_service';
  delete b.subject;
  b.serviceId = 'service-1';
}
const filedApp = { id: 'service-1', type: 'app', name: '闽江记账', number: '闽ICP备2026000001号-2A', domains: ['api.minjiangcloud.com'] };

/** Turns the example's service into a website with one domain. */
function asWebsite(b: Body) {
  Object.assign(service(b), { type: 'website', name: '闽江云记账网', featureInfo: [], domains: ['www.minjiangcloud.com'] });
}

/** The same code with a wrong (but well-formed) check character. */
const wrongCheck = (code: string) => code.slice(0, 17) + (code[17] === '0' ? '1' : '0');

const otherSubject = (extra: Partial<MemorySubject>): MemorySubject => ({
  id: 'subject-2',
  name: '福州另一家公司',
  nature: 4,
  province: '350000',
  certificateNumber: uscc('91350100MA2XY1234'),
  ...extra,
});

const cases: Case[] = [
  // application
  { code: 'FORM_INVALID', path: 'subject.nature', change: (b) => (b.subject.nature = 'enterprise') },
  { code: 'APPLICATION_PART_MISSING', path: 'services', change: (b) => (b.services = []) },
  { code: 'APPLICATION_IN_FLIGHT', path: 'subject', change: () => {}, subjects: [otherSubject({ id: 's1', certificateNumber: '91350100M000100Y43', applicationInFlight: true })] },
  // subject
  { code: 'SUBJECT_NATURE_UNKNOWN', path: 'subject.nature', change: (b) => (b.subject.nature = 7) },
  { code: 'SUBJECT_CERTIFICATE_TYPE_MISMATCH', path: 'subject.certificate.type', change: (b) => (b.subject.certificate.type = 13) },
  { code: 'SUBJECT_NAME_NOT_LEGAL_NAME', path: 'subject.name', change: (b) => (b.subject.name = 'www.minjiangcloud.com') },
  { code: 'SUBJECT_INDIVIDUAL_NOT_MAIN_PERSON', path: 'subject.mainPerson', change: (b) => { individual(b); b.subject.name = '林晓锋'; } },
  { code: 'SUBJECT_PROVINCE_INVALID', path: 'subject.province', change: (b) => inProvince(b, '810000', '810100', '810101') },
  { code: 'SUBJECT_REGION_MISMATCH', path: 'subject.city', change: (b) => (b.subject.city = '440100') },
  { code: 'SUBJECT_CITY_UNKNOWN', path: 'subject.city', change: (b) => inProvince(b, '350000', '351000', '351002') },
  { code: 'SUBJECT_REGION_MISMATCH', path: 'subject.district', change: (b) => (b.subject.district = '350202') },
  { code: 'SUBJECT_DISTRICT_UNKNOWN', path: 'subject.district', change: (b) => (b.subject.district = '350199') },
  { code: 'SUBJECT_ADDRESS_INCOMPLETE', path: 'subject.address', change: (b) => (b.subject.address = '五四路环球广场') },
  { code: 'SUBJECT_ADDRESS_SPECIAL_CHARACTERS', path: 'subject.address', change: (b) => (b.subject.address = '五四路158号#2101') },
  { code: 'SUBJECT_ADDRESS_OUTSIDE_REGION', path: 'subject.address', change: (b) => (b.subject.address = '广东省深圳市南山区科技园1号') },
  { code: 'SUBJECT_ADDRESS_REPEATS_REGION', path: 'subject.address', change: (b) => (b.subject.address = '福建福州鼓楼区五四路158号') },
  { code: 'SUBJECT_PROVINCE_NOT_BUREAU', path: 'subject.province', change: () => {}, options: { bureauProvince: '44' }, passOptions: { bureauProvince: '350000' } },
  { code: 'SUBJECT_CERTIFICATE_OTHER_PROVINCE', path: 'subject.certificate.number', change: (b) => (b.subject.certificate.number = uscc('91440300M000100Y4')) },
  { code: 'NON_LOCAL_RESIDENT_REFUSED', path: 'subject.certificate.number', change: (b) => individual(b, { province: '140000', city: '140100', district: '140105' }) },
  { code: 'RESIDENCE_PERMIT_REQUIRED', path: 'subject.residencePermitMaterialId', change: (b) => individual(b, { province: '310000', city: '310100', district: '310104' }) },
  { code: 'FOREIGN_INDIVIDUAL_REFUSED', path: 'subject.certificate.type', change: (b) => individual(b, { province: '130000', city: '130100', district: '130102', type: 7, number: 'E12345678' }) },
  { code: 'LEGAL_REPRESENTATIVE_NOT_MAIN_PERSON', path: 'subject.mainPerson', change: (b) => (b.subject.legalRepresentative = { name: '王建国' }) },
  { code: 'AUTHORISATION_LETTER_MISSING', path: 'subject.materials', change: (b) => { inProvince(b, '340000', '340100', '340104'); b.subject.legalRepresentative = { name: '王建国' }; } },
  { code: 'AUTHORISED_MAIN_PERSON_NOT_SERVICE_PERSON', path: 'services[0].responsiblePerson', change: (b) => { inProvince(b, '340000', '340100', '340104'); b.subject.legalRepresentative = { name: '王建国' }; } },
  // certificates
  { code: 'CERTIFICATE_VALIDITY_TOO_SHORT', path: 'subject.mainPerson.certificate.validTo', change: (b) => (b.subject.mainPerson.certificate.validTo = '2026-06-01') },
  { code: 'CERTIFICATE_VALIDITY_MISSING', path: 'services[0].responsiblePerson.certificate.validTo', change: (b) => delete servicePerson(b).certificate.validTo },
  { code: 'CERTIFICATE_NOT_YET_VALID', path: 'subject.certificate.validFrom', change: (b) => (b.subject.certificate.validFrom = '2026-04-01') },
  // persons
  { code: 'PERSON_CERTIFICATE_TYPE_NOT_ALLOWED', path: 'services[0].responsiblePerson.certificate.type', change: (b) => (servicePerson(b).certificate.type = 1) },
  { code: 'EMERGENCY_PHONE_SAME_AS_MOBILE', path: 'subject.mainPerson.emergencyPhone', change: (b) => (b.subject.mainPerson.emergencyPhone = '+86 138-0591-0001') },
  { code: 'SAME_PERSON_CONTACTS_DIFFER', path: 'services[0].responsiblePerson', change: (b) => { b.services[0].responsiblePerson = { ...structuredClone(b.subject.mainPerson), email: 'lxf@minjiangcloud.com' }; } },
  { code: 'DIFFERENT_PERSONS_SHARE_CONTACTS', path: 'services[0].responsiblePerson.email', change: (b) => (servicePerson(b).email = 'LIN.XIAOFENG@minjiangcloud.com') },
  { code: 'MOBILE_USED_BY_OTHER_SUBJECT', path: 'services[0].responsiblePerson.mobile', change: () => {}, subjects: [otherSubject({ mobiles: ['13950010002'] })] },
  { code: 'PERSON_UNDER_MINIMUM_AGE', path: 'subject.mainPerson.certificate.number', change: (b) => individual(b, { number: id('35010220100101123') }) },
  // app names
  { code: 'APP_NAME_TOO_SHORT', path: 'services[0].name', change: (b) => (service(b).name = '账') },
  { code: 'APP_NAME_RESERVED_PREFIX', path: 'services[0].name', change: (b) => (service(b).name = '中国记账') },
  { code: 'APP_NAME_EMOJI', path: 'services[0].name', change: (b) => (service(b).name = '闽江记账😀') },
  { code: 'APP_NAME_SPECIAL_CHARACTERS', path: 'services[0].name', change: (b) => (service(b).name = '闽江记账★') },
  { code: 'APP_NAME_MARKETING_WORDS', path: 'services[0].name', change: (b) => (service(b).name = '免费记账王') },
  { code: 'APP_NAME_PLACEHOLDER', path: 'services[0].name', change: (b) => (service(b).name = '记账测试版') },
  { code: 'APP_NAME_GENERIC', path: 'services[0].name', change: (b) => (service(b).name = '计算器') },
  { code: 'APP_NAME_PLATFORM_SUFFIX', path: 'services[0].name', change: (b) => (service(b).name = '闽江记账（安卓版）') },
  { code: 'APP_NAME_NOT_FOR_INDIVIDUALS', path: 'services[0].name', change: (b) => { individual(b); service(b).name = '闽江记账社区'; } },
  { code: 'APP_NAME_DUPLICATE', path: 'services[1].name', change: (b) => { b.services.push(structuredClone(b.services[0])); b.services[1].domains = []; } },
  // service
  { code: 'SERVICE_REMARK_LENGTH', path: 'services[0].remark', change: (b) => (service(b).remark = '小微商户记账工具') },
  { code: 'SERVICE_CONTENT_MISSING', path: 'services[0].contentCategories', change: (b) => (service(b).contentCategories = []) },
  { code: 'SERVICE_CONTENT_UNKNOWN', path: 'services[0].contentCategories[0]', change: (b) => (service(b).contentCategories = ['finance']) },
  { code: 'SERVICE_CONTENT_NOT_FOR_INDIVIDUALS', path: 'services[0].contentCategories[0]', change: (b) => { individual(b); service(b).contentCategories = ['business.internal']; } },
  { code: 'SERVICE_LANGUAGE_UNKNOWN', path: 'services[0].languages[1]', change: (b) => (service(b).languages = ['zh_CN', 'klingon']) },
  { code: 'PRE_APPROVAL_REQUIRED', path: 'services[0].preApprovals', change: (b) => (service(b).contentCategories = ['finance.lending']) },
  { code: 'PRE_APPROVAL_SUGGESTED', path: 'services[0].preApprovals', change: (b) => (service(b).remark += '后续提供理财产品推荐。') },
  { code: 'PRE_APPROVAL_CATEGORY_UNKNOWN', path: 'services[0].preApprovals[0].category', change: (b) => (service(b).preApprovals = [{ category: 'lottery', approvalNumber: 'X-1', materialId: material(1) }]) },
  { code: 'PRE_APPROVAL_DUPLICATE', path: 'services[0].preApprovals[1].category', change: (b) => (service(b).preApprovals = [{ category: 'finance', approvalNumber: 'J-1', materialId: material(1) }, { category: 'finance', approvalNumber: 'J-2', materialId: material(2) }]) },
  { code: 'PRE_APPROVAL_DOCUMENT_MISSING', path: 'services[0].preApprovals[0].materialId', change: (b) => (service(b).preApprovals = [{ category: 'finance', approvalNumber: 'J-1' }]) },
  // network
  { code: 'DOMAIN_DUPLICATE', path: 'services[0].domains[2]', change: (b) => service(b).domains.push('API.minjiangcloud.com') },
  { code: 'DOMAIN_USED_BY_OTHER_SUBJECT', path: 'services[0].domains[1]', change: () => {}, subjects: [otherSubject({ domains: ['static.minjiangcloud.com'] })] },
  { code: 'DOMAIN_QUOTA_EXCEEDED', path: 'services', change: (b) => inProvince(b, '430000', '430100', '430102') },
  { code: 'DOMAIN_PUBLIC_BODY_TLD', path: 'services[0].domains[0]', change: (b) => { inProvince(b, '310000', '310100', '310104'); b.subject.nature = 3; b.subject.certificate.type = 15; } },
  { code: 'ACCESS_MISSING', path: 'services[0].access', change: (b) => delete service(b).access },
  { code: 'ACCESS_NOT_NEEDED', path: 'services[0].access', change: (b) => Object.assign(service(b), { type: 'mini_program', hostPlatformId: 'wechat', platformAppId: 'wx1234567890abcdef', featureInfo: [] }) },
  { code: 'CONNECTION_METHOD_UNKNOWN', path: 'services[0].access.connectionMethods[0]', change: (b) => (service(b).access.connectionMethods = ['fibre']) },
  { code: 'SERVER_LOCATION_INVALID', path: 'services[0].access.serverLocations[0]', change: (b) => (service(b).access.serverLocations = ['810000']) },
  { code: 'IP_LIST_EMPTY', path: 'services[0].access.ips', change: (b) => (service(b).access.ips = []) },
  { code: 'IPV6_FLAG_MISMATCH', path: 'services[0].access.supportsIpv6', change: (b) => (service(b).access.supportsIpv6 = false) },
  { code: 'WEBSITE_ONE_DOMAIN', path: 'services[0].domains', change: (b) => { asWebsite(b); service(b).domains.push('blog.minjiangcloud.com'); } },
  { code: 'DOMAIN_ADDED_ON_CHANGE', path: 'services[0].domains[1]', change: asChangeService, subjects: [filedSelf({ services: [filedApp] })] },
  // website names and individual websites
  { code: 'WEBSITE_NAME_TOO_SHORT', path: 'services[0].name', change: (b) => { asWebsite(b); service(b).name = '闽江'; } },
  { code: 'WEBSITE_NAME_LATIN_OR_DIGITS_ONLY', path: 'services[0].name', change: (b) => { asWebsite(b); service(b).name = 'Minjiang Ledger'; } },
  { code: 'INDIVIDUAL_WEBSITE_CONTENT', path: 'services[0].contentCategories[0]', change: (b) => { individual(b); asWebsite(b); service(b).name = '林晓峰的记账心得'; } },
  // the registry: one APP one filing, shell subjects
  { code: 'SERVICE_ALREADY_FILED', path: 'services[0].name', change: asAddService, subjects: [filedSelf({ services: [filedApp] })] },
  {
    code: 'PACKAGE_FILED_BY_OTHER_SUBJECT',
    path: 'services[0].featureInfo[0].packageName',
    change: () => {},
    subjects: [otherSubject({ services: [{ id: 'service-9', type: 'app', name: '另一个记账', number: '闽ICP备2026000009号-1A', packages: [{ platform: 'android', packageName: 'com.minjiangcloud.ledger' }] }] })],
  },
  {
    code: 'PACKAGE_SIGNING_KEYS_DIFFER',
    path: 'services[0].featureInfo[0].signatureMd5',
    change: asChangeService,
    subjects: [filedSelf({ services: [{ ...filedApp, domains: ['api.minjiangcloud.com', 'static.minjiangcloud.com'], packages: [{ platform: 'android', packageName: 'com.minjiangcloud.ledger', publicKey: example.services[0].featureInfo[0].publicKey, signatureMd5: '00112233445566778899aabbccddeeff' }] }] })],
  },
  { code: 'SHELL_SUBJECT_MUST_CANCEL', path: 'subjectId', change: asAddService, subjects: [filedSelf({ services: [] })] },
  // materials
  { code: 'MATERIAL_NOT_AVAILABLE', path: 'subject.materials[0].materialId', change: () => {}, materials: example.subject.materials.slice(1).map((m: { materialId: string }) => m.materialId) },
  { code: 'MATERIAL_KIND_UNKNOWN', path: 'subject.materials[3].kind', change: (b) => b.subject.materials.push({ kind: 'business_licence', materialId: material(5) }) },
  { code: 'MATERIAL_REQUIRED', path: 'subject.materials', change: (b) => (b.subject.materials = b.subject.materials.filter((m: { kind: string }) => m.kind !== 'commitment_letter')) },
  // feature info
  { code: 'FEATURE_INFO_MISSING', path: 'services[0].featureInfo', change: (b) => (service(b).featureInfo = []) },
  { code: 'FEATURE_INFO_PLATFORM_DUPLICATE', path: 'services[0].featureInfo[2].platform', change: (b) => service(b).featureInfo.push(structuredClone(android(b))) },
  { code: 'SIGNATURE_MISSING', path: 'services[0].featureInfo[0].signatureMd5', change: (b) => delete android(b).signatureMd5 },
  { code: 'SIGNATURE_MD5_FORMAT', path: 'services[0].featureInfo[0].signatureMd5', change: (b) => (android(b).signatureMd5 = ios(b).signatureMd5) },
  { code: 'IOS_SIGNATURE_SHA1_FORMAT', path: 'services[0].featureInfo[1].signatureMd5', change: (b) => (ios(b).signatureMd5 = 'SHA1:9F8E7D') },
  { code: 'IOS_SIGNATURE_IS_MD5', path: 'services[0].featureInfo[1].signatureMd5', change: (b) => (ios(b).signatureMd5 = android(b).signatureMd5) },
  { code: 'PUBLIC_KEY_MISSING', path: 'services[0].featureInfo[1].publicKey', change: (b) => delete ios(b).publicKey },
  { code: 'PLATFORM_APP_ID_MISSING', path: 'services[0].hostPlatformId', change: (b) => Object.assign(service(b), { type: 'quick_app', featureInfo: [], domains: [], access: undefined }) },
  // identity validators inside the application
  { code: 'RESIDENT_ID_FORMAT', path: 'subject.mainPerson.certificate.number', change: (b) => (b.subject.mainPerson.certificate.number = mainId.slice(0, 16)) },
  { code: 'RESIDENT_ID_CHECK_DIGIT', path: 'subject.mainPerson.certificate.number', change: (b) => (b.subject.mainPerson.certificate.number = mainId.slice(0, 17) + '1') },
  { code: 'RESIDENT_ID_REGION_UNKNOWN', path: 'services[0].responsiblePerson.certificate.number', change: (b) => (servicePerson(b).certificate.number = id('35990319900215204')) },
  { code: 'BIRTH_DATE_INVALID', path: 'services[0].responsiblePerson.certificate.number', change: (b) => (servicePerson(b).certificate.number = id('35010319900230204')) },
  { code: 'BIRTH_DATE_IN_FUTURE', path: 'services[0].responsiblePerson.certificate.number', change: (b) => (servicePerson(b).certificate.number = id('35010320270101204')) },
  { code: 'USCC_FORMAT', path: 'subject.certificate.number', change: (b) => (b.subject.certificate.number = '91350100M000100Y4') },
  { code: 'USCC_CHECK_CHARACTER', path: 'subject.certificate.number', change: (b) => (b.subject.certificate.number = '91350100M000101Y43') },
  { code: 'USCC_CHECK_CHARACTER_GB32100', path: 'subject.certificate.number', change: (b) => (b.subject.certificate.number = wrongCheck(uscc('91350100MA2XY1234'))) },
  { code: 'USCC_PILOT_CHECK_CHARACTER', path: 'subject.certificate.number', change: (b) => (b.subject.certificate.number = '91350100M000100Y44') },
  { code: 'HK_MACAU_PERMIT_FORMAT', path: 'services[0].responsiblePerson.certificate.number', change: (b) => (servicePerson(b).certificate = { type: 14, number: 'X1234567', validTo: '2030-01-01' }) },
  { code: 'TAIWAN_PERMIT_FORMAT', path: 'services[0].responsiblePerson.certificate.number', change: (b) => (servicePerson(b).certificate = { type: 11, number: 'T123', validTo: '2030-01-01' }) },
  { code: 'RESIDENCE_PERMIT_FORMAT', path: 'services[0].responsiblePerson.certificate.number', change: (b) => (servicePerson(b).certificate = { type: 41, number: id('83000019900101001'), validTo: '2030-01-01' }) },
  { code: 'RESIDENCE_PERMIT_CHECK_DIGIT', path: 'services[0].responsiblePerson.certificate.number', change: (b) => (servicePerson(b).certificate = { type: 42, number: id('83000019900101001').slice(0, 17) + (id('83000019900101001').endsWith('0') ? '1' : '0'), validTo: '2030-01-01' }) },
  { code: 'FOREIGN_PERMANENT_ID_FORMAT', path: 'services[0].responsiblePerson.certificate.number', change: (b) => (servicePerson(b).certificate = { type: 30, number: 'US123', validTo: '2030-01-01' }) },
  { code: 'FOREIGN_PERMANENT_ID_CHECK_DIGIT', path: 'services[0].responsiblePerson.certificate.number', change: (b) => (servicePerson(b).certificate = { type: 30, number: id('93184019900101001').slice(0, 17) + (id('93184019900101001').endsWith('0') ? '1' : '0'), validTo: '2030-01-01' }) },
  { code: 'PROVINCE_CODE_UNKNOWN', path: 'services[0].responsiblePerson.certificate.number', change: (b) => (servicePerson(b).certificate = { type: 30, number: id('99984019900101001'), validTo: '2030-01-01' }) },
  { code: 'PASSPORT_FORMAT', path: 'services[0].responsiblePerson.certificate.number', change: (b) => (servicePerson(b).certificate = { type: 7, number: 'ABC', validTo: '2030-01-01' }) },
  { code: 'MOBILE_FORMAT', path: 'subject.mainPerson.mobile', change: (b) => (b.subject.mainPerson.mobile = '1380591000') },
  { code: 'PHONE_FORMAT', path: 'subject.mainPerson.emergencyPhone', change: (b) => (b.subject.mainPerson.emergencyPhone = '87654321') },
  { code: 'EMAIL_FORMAT', path: 'services[0].responsiblePerson.email', change: (b) => (servicePerson(b).email = 'chen.yuting') },
  { code: 'DOMAIN_FORMAT', path: 'services[0].domains[0]', change: (b) => (service(b).domains[0] = 'api_v2.minjiangcloud.com') },
  { code: 'DOMAIN_IS_URL', path: 'services[0].domains[0]', change: (b) => (service(b).domains[0] = 'https://api.minjiangcloud.com/v1') },
  { code: 'DOMAIN_WILDCARD', path: 'services[0].domains[0]', change: (b) => (service(b).domains[0] = '*.minjiangcloud.com') },
  { code: 'DOMAIN_TOO_MANY_LEVELS', path: 'services[0].domains[0]', change: (b) => (service(b).domains[0] = 'a.b.api.minjiangcloud.com') },
  { code: 'DOMAIN_TLD_NOT_FILABLE', path: 'services[0].domains[0]', change: (b) => (service(b).domains[0] = 'minjiangcloud.io') },
  { code: 'IP_FORMAT', path: 'services[0].access.ips[0]', change: (b) => (service(b).access.ips[0] = '47.96.120') },
  { code: 'IP_RANGE_ORDER', path: 'services[0].access.ips[1]', change: (b) => (service(b).access.ips[1] = '47.96.120.23-47.96.120.20') },
  { code: 'IP_NOT_PUBLIC', path: 'services[0].access.ips[0]', change: (b) => (service(b).access.ips[0] = '192.168.10.15') },
  { code: 'ANDROID_PACKAGE_FORMAT', path: 'services[0].featureInfo[0].packageName', change: (b) => (android(b).packageName = 'ledger') },
  { code: 'IOS_BUNDLE_ID_FORMAT', path: 'services[0].featureInfo[1].packageName', change: (b) => (ios(b).packageName = 'com.minjiang_cloud.ledger') },
  { code: 'IOS_BUNDLE_ID_SINGLE_SEGMENT', path: 'services[0].featureInfo[1].packageName', change: (b) => (ios(b).packageName = 'ledger') },
  { code: 'HARMONY_BUNDLE_NAME_FORMAT', path: 'services[0].featureInfo[2].packageName', change: (b) => service(b).featureInfo.push({ ...structuredClone(android(b)), platform: 'harmonyos', packageName: 'com.ab' }) },
];

describe('precheckApplication', () => {
  it('passes the documented example without findings', async () => {
    const findings = await run(example);
    assert.deepEqual(findings, []);
    assert.equal(passesPrecheck(findings), true);
  });

  it('has a failing case for every catalogued rule', () => {
    const covered = new Set(cases.map((c) => c.code));
    assert.deepEqual(ruleCatalogue.map((r) => r.code).filter((code) => !covered.has(code)), []);
  });

  const baseline = new Map<string, Promise<Awaited<ReturnType<typeof run>>>>();
  const exampleFindings = (options: Partial<PrecheckOptions> = {}) => {
    const key = JSON.stringify(options);
    if (!baseline.has(key)) baseline.set(key, run(example, [], options));
    return baseline.get(key)!;
  };

  for (const c of cases) {
    it(`reports ${c.code} at ${c.path}`, async () => {
      const before = await exampleFindings(c.passOptions ?? c.options);
      assert.ok(!before.some((f) => f.code === c.code), 'the example passes this rule');
      const findings = await run(edit(c.change), c.subjects, c.options, c.materials ? new Set(c.materials) : undefined);
      const hit = findings.find((f) => f.code === c.code);
      assert.ok(hit, `expected ${c.code}; got ${findings.map((f) => `${f.code}@${f.path}`).join(', ')}`);
      assert.equal(hit.path, c.path);
      const rule = ruleCatalogue.find((r) => r.code === c.code)!;
      assert.equal(hit.severity, rule.severity);
      assert.equal(passesPrecheck(findings), !findings.some((f) => f.severity === 'error'));
    });
  }

  it('accepts an individual in a province that takes residence permits once the permit is attached', async () => {
    const body = edit((b) => {
      individual(b, { province: '310000', city: '310100', district: '310104' });
      b.subject.residencePermitMaterialId = material(3);
    });
    assert.deepEqual((await run(body)).filter((f) => f.severity === 'error'), []);
  });

  it('accepts an authorised main person in Anhui with a letter who is also the service person', async () => {
    const body = edit((b) => {
      inProvince(b, '340000', '340100', '340104');
      b.subject.certificate.number = uscc('91340100M000100Y4');
      b.subject.legalRepresentative = { name: '王建国' };
      b.subject.materials.push({ kind: 'authorization_letter', materialId: material(4) });
      b.services[0].responsiblePerson = structuredClone(b.subject.mainPerson);
    });
    assert.deepEqual(await run(body), []);
  });

  it('takes a prefecture-level city without counties (Dongguan) as its own district, and no other city', async () => {
    const codes = (findings: Awaited<ReturnType<typeof run>>) => findings.filter((f) => f.path.startsWith('subject.city') || f.path.startsWith('subject.district')).map((f) => f.code);
    const dongguan = edit((b) => inProvince(b, '440000', '441900', '441900'));
    assert.deepEqual(codes(await run(dongguan, [], { bureauProvince: '440000' })), []);
    const guangzhou = edit((b) => inProvince(b, '440000', '440100', '440100'));
    assert.deepEqual(codes(await run(guangzhou, [], { bureauProvince: '440000' })), ['SUBJECT_REGION_MISMATCH']);
  });

  it('lets a 17-year-old file in Shandong but not in Fujian', async () => {
    const minor = id('37010220090101123');
    const shandong = edit((b) => individual(b, { province: '370000', city: '370100', district: '370102', number: minor }));
    const fujian = edit((b) => individual(b, { number: minor }));
    const codes = async (body: Body) => (await run(body)).map((f) => f.code);
    assert.ok(!(await codes(shandong)).includes('PERSON_UNDER_MINIMUM_AGE'));
    assert.ok((await codes(fujian)).includes('PERSON_UNDER_MINIMUM_AGE'));
  });

  it('does not take real names for placeholders or marketing', async () => {
    for (const name of ['性格测试', 'Speed Test', 'Todo List', 'FreeNote']) {
      const findings = await run(edit((b) => (service(b).name = name)));
      assert.deepEqual(findings.filter((f) => f.path === 'services[0].name'), [], name);
    }
  });

  it('reads the subject of add_service from the context', async () => {
    const body = edit((b) => {
      b.kind = 'add_service';
      delete b.subject;
      b.subjectId = 'subject-9';
      service(b).name = '闽江记账社区';
    });
    const filed: MemorySubject = { id: 'subject-9', name: '林晓峰', nature: 5, province: '350000', certificateNumber: mainId };
    const codes = (await run(body, [filed])).map((f) => f.code);
    assert.ok(codes.includes('APP_NAME_NOT_FOR_INDIVIDUALS'));
    assert.ok(!codes.includes('APPLICATION_PART_MISSING'));
  });

  it('answers only FORM_INVALID for a body the schema rejects, with the Zod path', async () => {
    const findings = await run({ kind: 'first_filing', services: [{ type: 'app' }] });
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.code === 'FORM_INVALID' && f.severity === 'error'));
    assert.ok(findings.some((f) => f.path === 'channelId'));
    assert.ok(findings.some((f) => f.path === 'services[0].name'));
  });

  it('says in the reader\'s language that a missing field is required, without the schema library\'s English', async () => {
    const findings = await run({ kind: 'first_filing', services: [{ type: 'app', name: 'x'.repeat(300) }] });
    const missing = findings.find((f) => f.path === 'channelId')!;
    assert.equal(missing.message.zh, '字段缺失或格式不符合申请表要求：此项必填');
    assert.equal(missing.message.en, 'A field is missing or does not fit the application form: this field is required');
    const tooLong = findings.find((f) => f.path === 'services[0].name')!;
    assert.match(tooLong.message.zh, /长度/);
    for (const finding of findings) assert.doesNotMatch(finding.message.zh, /[A-Za-z]/, finding.message.zh);
  });
});

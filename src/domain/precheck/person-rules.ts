import { personCertificateTypeCodes } from '../codes/certificate-types.js';
import { individualNature } from '../codes/subject-natures.js';
import { ageOn } from '../identity/calendar-date.js';
import { checkEmailAddress } from '../identity/email-address.js';
import { checkFixedLineNumber } from '../identity/fixed-line-number.js';
import type { IdentityCheck } from '../identity/identity-issue.js';
import { checkMobileNumber } from '../identity/mobile-number.js';
import type { PersonForm } from '../form/index.js';
import { certificateFindings } from './certificate-rules.js';
import { defineRules, findingsOf, fieldPath, type Finding } from './finding.js';
import { checkCertificateNumber, identityFindings } from './identity-rules.js';
import type { RuleInput } from './rule-input.js';

const personPath = 'subject.mainPerson, services[].responsiblePerson';

export const personRules = defineRules({
  PERSON_CERTIFICATE_TYPE_NOT_ALLOWED: {
    severity: 'error',
    path: 'subject.mainPerson.certificate.type, services[].responsiblePerson.certificate.type',
    message: { zh: '负责人证件类型只能是居民身份证、护照、台胞证、港澳通行证、外国人永久居留身份证或港澳台居民居住证', en: 'A responsible person identifies with an identity card, passport, Taiwan or Hong Kong/Macau travel permit, permanent residence ID or a Hong Kong/Macau/Taiwan residence permit' },
    fix: { zh: '选择负责人本人的有效身份证件', en: 'Pick the person\'s own identity document' },
  },
  EMERGENCY_PHONE_SAME_AS_MOBILE: {
    severity: 'error',
    path: `${personPath.replace(/(mainPerson|responsiblePerson)/g, '$1.emergencyPhone')}`,
    message: { zh: '应急联系电话不能与本人手机号码相同', en: 'The emergency phone is not the person\'s own mobile number' },
    fix: { zh: '填写另一个可联系到负责人的号码（如办公电话或家人手机）', en: 'Enter another number that reaches the person (office line, a relative\'s mobile)' },
  },
  SAME_PERSON_CONTACTS_DIFFER: {
    severity: 'error',
    path: 'services[].responsiblePerson',
    message: { zh: '主体负责人与服务负责人为同一人时，姓名、手机、应急电话和邮箱须完全一致', en: 'When the main and the service responsible person are one person, name, mobile, emergency phone and e-mail are identical' },
    fix: { zh: '按主体负责人信息填写服务负责人', en: 'Copy the main responsible person\'s details into the service responsible person' },
  },
  DIFFERENT_PERSONS_SHARE_CONTACTS: {
    severity: 'error',
    path: 'services[].responsiblePerson.mobile, services[].responsiblePerson.emergencyPhone, services[].responsiblePerson.email',
    message: { zh: '主体负责人与服务负责人不是同一人时，手机号码、应急电话和电子邮箱都不能相同', en: 'When the main and the service responsible person differ, their mobiles, emergency phones and e-mails all differ' },
    fix: { zh: '填写服务负责人本人的联系方式', en: 'Enter the service responsible person\'s own contact details' },
  },
  MOBILE_USED_BY_OTHER_SUBJECT: {
    severity: 'error',
    path: 'subject.mainPerson.mobile, services[].responsiblePerson.mobile',
    message: { zh: '该手机号码已被其他主办者的负责人使用', en: 'This mobile number is already used by a responsible person of another subject' },
    fix: { zh: '填写负责人本人实名登记的手机号码；号码变更的，先在原备案中变更', en: 'Enter the person\'s own registered mobile; if the number moved, change the other filing first' },
  },
  PERSON_UNDER_MINIMUM_AGE: {
    severity: 'error',
    path: `${personPath.replace(/(mainPerson|responsiblePerson)/g, '$1.certificate.number')}`,
    message: { zh: '个人备案者未达到所在省通信管理局要求的年龄（通常为18周岁）', en: 'The individual is younger than the bureau\'s minimum age (usually 18)' },
    fix: { zh: '由成年监护人或单位主体备案', en: 'Let an adult guardian or an organisation file instead' },
  },
});

const find = findingsOf(personRules);

/** Emergency and office phones may be fixed lines or mobiles. */
function checkAnyPhone(value: string): IdentityCheck {
  const mobile = checkMobileNumber(value);
  return mobile.valid ? mobile : checkFixedLineNumber(value);
}

const normalizedMobile = (value: string) => checkMobileNumber(value).normalized;
const normalizedPhone = (value: string) => checkAnyPhone(value).normalized;
const sameText = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

function onePersonFindings(person: PersonForm, path: string, input: RuleInput, individual: boolean): Finding[] {
  const findings: Finding[] = [];
  if (!personCertificateTypeCodes.includes(person.certificate.type)) {
    findings.push(find('PERSON_CERTIFICATE_TYPE_NOT_ALLOWED', fieldPath(path, 'certificate', 'type')));
  } else {
    findings.push(...certificateFindings(person.certificate, fieldPath(path, 'certificate'), input.today, true));
  }
  findings.push(...identityFindings(checkMobileNumber(person.mobile), fieldPath(path, 'mobile')));
  findings.push(...identityFindings(checkAnyPhone(person.emergencyPhone), fieldPath(path, 'emergencyPhone')));
  if (person.officePhone) findings.push(...identityFindings(checkAnyPhone(person.officePhone), fieldPath(path, 'officePhone')));
  findings.push(...identityFindings(checkEmailAddress(person.email), fieldPath(path, 'email')));
  if (normalizedPhone(person.emergencyPhone) === normalizedMobile(person.mobile)) {
    findings.push(find('EMERGENCY_PHONE_SAME_AS_MOBILE', fieldPath(path, 'emergencyPhone')));
  }
  if (individual && input.policy) {
    const birthDate = checkCertificateNumber(person.certificate.type, person.certificate.number, input.today)?.birthDate;
    if (birthDate && ageOn(birthDate, input.today) < input.policy.minimumAge) {
      findings.push(find('PERSON_UNDER_MINIMUM_AGE', fieldPath(path, 'certificate', 'number')));
    }
  }
  return findings;
}

/** What the pairing rules compare: the body's or the filed main person, and a service person. */
type ComparedPerson = Pick<PersonForm, 'name' | 'mobile' | 'emergencyPhone' | 'email'> & { certificate: { type: number; number: string } };

function pairFindings(main: ComparedPerson, service: ComparedPerson, path: string): Finding[] {
  const samePerson = main.certificate.type === service.certificate.type && sameText(main.certificate.number, service.certificate.number);
  if (samePerson) {
    const identical =
      main.name.trim() === service.name.trim() &&
      normalizedMobile(main.mobile) === normalizedMobile(service.mobile) &&
      normalizedPhone(main.emergencyPhone) === normalizedPhone(service.emergencyPhone) &&
      sameText(main.email, service.email);
    return identical ? [] : [find('SAME_PERSON_CONTACTS_DIFFER', path)];
  }
  const findings: Finding[] = [];
  const mainPhones = new Set([normalizedMobile(main.mobile), normalizedPhone(main.emergencyPhone)]);
  if (mainPhones.has(normalizedMobile(service.mobile))) findings.push(find('DIFFERENT_PERSONS_SHARE_CONTACTS', fieldPath(path, 'mobile')));
  if (mainPhones.has(normalizedPhone(service.emergencyPhone))) findings.push(find('DIFFERENT_PERSONS_SHARE_CONTACTS', fieldPath(path, 'emergencyPhone')));
  if (sameText(main.email, service.email)) findings.push(find('DIFFERENT_PERSONS_SHARE_CONTACTS', fieldPath(path, 'email')));
  return findings;
}

/** Rules on the main responsible person and every service responsible person. */
export async function personFindings(input: RuleInput): Promise<Finding[]> {
  const individual = input.subject.nature === individualNature;
  const main = input.subject.form?.mainPerson;
  const people: Array<[PersonForm, string]> = [];
  if (main) people.push([main, 'subject.mainPerson']);
  input.body.services.forEach((service, i) => people.push([service.responsiblePerson, fieldPath('services', i, 'responsiblePerson')]));
  const findings: Finding[] = [];
  for (const [person, path] of people) findings.push(...onePersonFindings(person, path, input, individual));
  // add_service and change_service carry no subject: their service persons are compared with the filed main person.
  const compared: ComparedPerson | undefined = main ?? input.subject.filed?.mainPerson;
  if (compared) input.body.services.forEach((service, i) => findings.push(...pairFindings(compared, service.responsiblePerson, fieldPath('services', i, 'responsiblePerson'))));
  const asked = new Set<string>();
  for (const [person, path] of people) {
    const mobile = checkMobileNumber(person.mobile);
    if (!mobile.valid || asked.has(mobile.normalized)) continue;
    asked.add(mobile.normalized);
    if (await input.context.mobileOwnedByOtherSubject(mobile.normalized, input.subject.ref)) findings.push(find('MOBILE_USED_BY_OTHER_SUBJECT', fieldPath(path, 'mobile')));
  }
  return findings;
}

import { certificateType } from '../codes/certificate-types.js';
import { isKnownPrefecture, provinceOf, provinces } from '../codes/regions.js';
import { individualNature, subjectNature } from '../codes/subject-natures.js';
import { countiesOf } from '../regions/divisions.js';
import { certificateFindings } from './certificate-rules.js';
import { defineRules, findingsOf, type Finding } from './finding.js';
import type { RuleInput } from './rule-input.js';

export const subjectRules = defineRules({
  SUBJECT_NATURE_UNKNOWN: {
    severity: 'error',
    path: 'subject.nature',
    message: { zh: '主办单位性质代码不存在', en: 'Unknown subject nature code' },
    fix: { zh: '从主办单位性质列表中选择', en: 'Pick a nature from the list of subject natures' },
  },
  SUBJECT_CERTIFICATE_TYPE_MISMATCH: {
    severity: 'error',
    path: 'subject.certificate.type',
    message: { zh: '证件类型与主办单位性质不符', en: 'The certificate type does not belong to the subject nature' },
    fix: { zh: '选择与单位性质相符的证件类型，例如企业用营业执照、个人用居民身份证', en: 'Pick a certificate type of that nature, e.g. a business licence for an enterprise, an identity card for an individual' },
  },
  SUBJECT_NAME_NOT_LEGAL_NAME: {
    severity: 'error',
    path: 'subject.name',
    message: { zh: '主办单位名称应为证件上的完整名称，不能含网址或域名，也不能只有数字', en: 'The subject name is the full legal name on the certificate, without URLs or domains, and not digits only' },
    fix: { zh: '按证件原样填写全称；个人填写本人姓名', en: 'Enter the full name as on the certificate; an individual enters their own name' },
  },
  SUBJECT_INDIVIDUAL_NOT_MAIN_PERSON: {
    severity: 'error',
    path: 'subject.mainPerson',
    message: { zh: '个人备案时，主办者姓名和证件应与主体负责人一致', en: 'For an individual, the subject\'s name and certificate are the main responsible person\'s' },
    fix: { zh: '主体负责人填写备案人本人', en: 'Enter the filing individual as the main responsible person' },
  },
  SUBJECT_PROVINCE_INVALID: {
    severity: 'error',
    path: 'subject.province',
    message: { zh: '住所所在省份应为内地31个省、自治区、直辖市之一', en: 'The province of residence is one of the 31 mainland provinces, regions and municipalities' },
    fix: { zh: '选择证件住所所在的省级行政区', en: 'Pick the province of the address on the certificate' },
  },
  SUBJECT_REGION_MISMATCH: {
    severity: 'error',
    path: 'subject.city, subject.district',
    message: { zh: '所选城市不属于所选省份，或所选区县不属于所选城市', en: 'The city is not in the province, or the district is not in the city' },
    fix: { zh: '依次重新选择省、市、区县', en: 'Pick province, city and district again, in that order' },
  },
  SUBJECT_CITY_UNKNOWN: {
    severity: 'warning',
    path: 'subject.city',
    message: { zh: '所选城市不是现行地级行政区划代码', en: 'The city is not a current prefecture-level code' },
    fix: { zh: '从当前行政区划列表中重新选择', en: 'Pick the city again from the current list' },
  },
  SUBJECT_DISTRICT_UNKNOWN: {
    severity: 'warning',
    path: 'subject.district',
    message: { zh: '所选区县不是所选城市现行的县级行政区划代码', en: 'The district is not a current county-level code of the city' },
    fix: { zh: '从所选城市的区县列表中重新选择', en: 'Pick the district again from the city\'s list' },
  },
  SUBJECT_ADDRESS_INCOMPLETE: {
    severity: 'error',
    path: 'subject.address',
    message: { zh: '通讯地址应详细到门牌号（农村到村、学校到院系）', en: 'The address goes down to the door number (villages: the village; schools: the department)' },
    fix: { zh: '补充路名、门牌号、楼栋和房号；确无门牌号时在末尾注明“（已为最详细的地址）”', en: 'Add road, number, building and room; where there is no number, end with "（已为最详细的地址）"' },
  },
  SUBJECT_ADDRESS_SPECIAL_CHARACTERS: {
    severity: 'error',
    path: 'subject.address',
    message: { zh: '通讯地址含有特殊字符', en: 'The address contains special characters' },
    fix: { zh: '删除 #、@、*、~ 等符号，用“号”“室”等文字表示', en: 'Remove symbols such as #, @, *, ~ and write 号/室 instead' },
  },
  SUBJECT_ADDRESS_OUTSIDE_REGION: {
    severity: 'error',
    path: 'subject.address',
    message: { zh: '通讯地址中出现了其他省份，地址应位于所选省、市、区县内', en: 'The address names another province; it must lie inside the chosen province, city and district' },
    fix: { zh: '填写所选区县内的地址，或改选正确的省市区', en: 'Enter an address inside the chosen district, or pick the right province, city and district' },
  },
  SUBJECT_ADDRESS_REPEATS_REGION: {
    severity: 'warning',
    path: 'subject.address',
    message: { zh: '通讯地址以省份名称开头；省、市、区县已由所选代码确定', en: 'The address starts with the province name; province, city and district come from the chosen codes' },
    fix: { zh: '只填写区县以下的部分（路、门牌号、楼栋、房号）', en: 'Enter only what follows the district (road, number, building, room)' },
  },
  SUBJECT_PROVINCE_NOT_BUREAU: {
    severity: 'error',
    path: 'subject.province',
    message: { zh: '主办者住所所在省份与受理的通信管理局不一致，备案不能跨省提交', en: 'The subject\'s province is not the bureau\'s; filings cannot be submitted across provinces' },
    fix: { zh: '向住所所在地的通信管理局提交备案', en: 'File with the bureau of the province of residence' },
  },
  SUBJECT_CERTIFICATE_OTHER_PROVINCE: {
    severity: 'warning',
    path: 'subject.certificate.number',
    message: { zh: '统一社会信用代码中的登记地与所选省份不同', en: 'The unified social credit code was registered in another province than the one chosen' },
    fix: { zh: '确认住所所在省份；住所已迁移的请附证明材料', en: 'Check the province of residence; attach proof if the seat has moved' },
  },
  NON_LOCAL_RESIDENT_REFUSED: {
    severity: 'error',
    path: 'subject.certificate.number',
    message: { zh: '该省通信管理局不受理外省身份证件的个人备案', en: 'This bureau does not accept individuals with an identity card from another province' },
    fix: { zh: '由住所在本省的主体备案，或在身份证签发省份备案', en: 'File through a subject resident here, or in the province that issued the card' },
  },
  RESIDENCE_PERMIT_REQUIRED: {
    severity: 'error',
    path: 'subject.residencePermitMaterialId',
    message: { zh: '身份证件非本省签发的个人需提供本省居住证', en: 'An individual whose identity card is from another province provides a local residence permit' },
    fix: { zh: '上传居住证（或当地认可的暂住证、社保证明、房产证）', en: 'Upload the residence permit (or the temporary residence, social insurance or property certificate accepted locally)' },
  },
  FOREIGN_INDIVIDUAL_REFUSED: {
    severity: 'error',
    path: 'subject.certificate.type',
    message: { zh: '该省通信管理局不受理外籍个人备案', en: 'This bureau does not accept foreign individuals' },
    fix: { zh: '以在华设立的单位主体备案', en: 'File through an organisation established in China' },
  },
  LEGAL_REPRESENTATIVE_NOT_MAIN_PERSON: {
    severity: 'error',
    path: 'subject.mainPerson',
    message: { zh: '该省要求主体负责人为法定代表人', en: 'This bureau requires the legal representative as the main responsible person' },
    fix: { zh: '将主体负责人改为法定代表人', en: 'Make the legal representative the main responsible person' },
  },
  AUTHORISATION_LETTER_MISSING: {
    severity: 'error',
    path: 'subject.materials',
    message: { zh: '主体负责人不是法定代表人时需上传法人授权书', en: 'A main responsible person who is not the legal representative needs a letter of authorisation' },
    fix: { zh: '上传法定代表人签字并加盖公章的授权书（材料类型 authorization_letter）', en: 'Upload the authorisation signed by the legal representative and sealed (material kind authorization_letter)' },
  },
  AUTHORISED_MAIN_PERSON_NOT_SERVICE_PERSON: {
    severity: 'error',
    path: 'services[].responsiblePerson',
    message: { zh: '该省要求：主体负责人经授权担任时，须同时担任服务负责人', en: 'This bureau requires an authorised main responsible person to be the service responsible person too' },
    fix: { zh: '将服务负责人改为主体负责人，或由法定代表人担任主体负责人', en: 'Make the main responsible person the service responsible person, or make the legal representative the main person' },
  },
});

const find = findingsOf(subjectRules);

const doorNumber = /(号|室|栋|幢|楼|层|村|组|院|系|座|单元|弄|巷|\d+[-—]\d+|已为最详细的地址)/;
const specialCharacters = /[#@*~$%^&=+<>{}[\]|\\/!！?？;；'"“”‘’`]/;
const state = (name: string) => name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, '');

function addressFindings(input: RuleInput): Finding[] {
  const subject = input.subject.form!;
  const findings: Finding[] = [];
  const address = subject.address;
  if (specialCharacters.test(address)) findings.push(find('SUBJECT_ADDRESS_SPECIAL_CHARACTERS', 'subject.address'));
  if (!doorNumber.test(address) || address.length < 5) findings.push(find('SUBJECT_ADDRESS_INCOMPLETE', 'subject.address'));
  const chosen = provinceOf(subject.province);
  const other = provinces.find((p) => p.code !== chosen?.code && address.includes(p.zh));
  if (other) findings.push(find('SUBJECT_ADDRESS_OUTSIDE_REGION', 'subject.address'));
  else if (chosen && address.startsWith(state(chosen.zh))) findings.push(find('SUBJECT_ADDRESS_REPEATS_REGION', 'subject.address'));
  return findings;
}

function regionFindings(input: RuleInput): Finding[] {
  const { province, city, district } = input.subject.form!;
  const findings: Finding[] = [];
  if (!province.endsWith('0000') || !provinceOf(province)?.mainland) return [find('SUBJECT_PROVINCE_INVALID', 'subject.province')];
  if (city.slice(0, 2) !== province.slice(0, 2) || !city.endsWith('00') || city === province) findings.push(find('SUBJECT_REGION_MISMATCH', 'subject.city'));
  else if (!isKnownPrefecture(city)) findings.push(find('SUBJECT_CITY_UNKNOWN', 'subject.city'));
  const counties = countiesOf(city);
  // A prefecture-level city without counties (东莞, 中山, 儋州, 嘉峪关) is its own district.
  const cityIsDistrict = district === city && isKnownPrefecture(city) && counties.length === 0;
  if (district.slice(0, 4) !== city.slice(0, 4) || (district === city && !cityIsDistrict)) findings.push(find('SUBJECT_REGION_MISMATCH', 'subject.district'));
  else if (!cityIsDistrict && !counties.some((county) => county.code === district)) findings.push(find('SUBJECT_DISTRICT_UNKNOWN', 'subject.district'));
  if (input.bureauProvince && input.bureauProvince.slice(0, 2) !== province.slice(0, 2)) findings.push(find('SUBJECT_PROVINCE_NOT_BUREAU', 'subject.province'));
  return findings;
}

function residencyFindings(input: RuleInput): Finding[] {
  const subject = input.subject.form!;
  const policy = input.policy;
  if (subject.nature !== individualNature || !policy) return [];
  const findings: Finding[] = [];
  const type = subject.certificate.type;
  if ((type === 7 || type === 30) && policy.foreignIndividualsRefused) findings.push(find('FOREIGN_INDIVIDUAL_REFUSED', 'subject.certificate.type'));
  if (type === 2 && /^\d{2}/.test(subject.certificate.number) && subject.certificate.number.slice(0, 2) !== subject.province.slice(0, 2)) {
    if (policy.nonLocalResidents === 'refused') findings.push(find('NON_LOCAL_RESIDENT_REFUSED', 'subject.certificate.number'));
    else if (!subject.residencePermitMaterialId) findings.push(find('RESIDENCE_PERMIT_REQUIRED', 'subject.residencePermitMaterialId'));
  }
  return findings;
}

function legalRepresentativeFindings(input: RuleInput): Finding[] {
  const subject = input.subject.form!;
  const representative = subject.legalRepresentative;
  const policy = input.policy;
  if (subject.nature === individualNature || !representative || !policy) return [];
  const same =
    representative.name === subject.mainPerson.name &&
    (!representative.certificateNumber || representative.certificateNumber.toUpperCase() === subject.mainPerson.certificate.number.toUpperCase());
  if (same) return [];
  if (policy.legalRepresentativeMustBeMainPerson) return [find('LEGAL_REPRESENTATIVE_NOT_MAIN_PERSON', 'subject.mainPerson')];
  const findings: Finding[] = [];
  if (!subject.materials.some((m) => m.kind === 'authorization_letter')) findings.push(find('AUTHORISATION_LETTER_MISSING', 'subject.materials'));
  if (policy.authorisedMainPersonMustBeServicePerson) {
    const main = subject.mainPerson.certificate.number.toUpperCase();
    input.body.services.forEach((service, i) => {
      if (service.responsiblePerson.certificate.number.toUpperCase() !== main) {
        findings.push(find('AUTHORISED_MAIN_PERSON_NOT_SERVICE_PERSON', `services[${i}].responsiblePerson`));
      }
    });
  }
  return findings;
}

/** Rules on the subject as the body gives it (first_filing, change_subject). */
export function subjectFindings(input: RuleInput): Finding[] {
  const subject = input.subject.form;
  if (!subject) return [];
  const findings: Finding[] = [];
  const nature = subjectNature(subject.nature);
  if (!nature) findings.push(find('SUBJECT_NATURE_UNKNOWN', 'subject.nature'));
  else if (!certificateType(subject.certificate.type)?.natures.includes(subject.nature)) {
    findings.push(find('SUBJECT_CERTIFICATE_TYPE_MISMATCH', 'subject.certificate.type'));
  }
  const name = subject.name;
  if (/^\d+$/.test(name) || /https?:|www\.|\.(com|cn|net|org)\b/i.test(name) || [...name].length < 2) {
    findings.push(find('SUBJECT_NAME_NOT_LEGAL_NAME', 'subject.name'));
  }
  if (
    subject.nature === individualNature &&
    (name !== subject.mainPerson.name || subject.certificate.number.toUpperCase() !== subject.mainPerson.certificate.number.toUpperCase())
  ) {
    findings.push(find('SUBJECT_INDIVIDUAL_NOT_MAIN_PERSON', 'subject.mainPerson'));
  }
  findings.push(...certificateFindings(subject.certificate, 'subject.certificate', input.today, false));
  const number = subject.certificate.number.trim().toUpperCase();
  if (certificateType(subject.certificate.type)?.format === 'uscc' && /^[0-9A-Z]{2}\d{6}/.test(number)) {
    const registered = number.slice(2, 4);
    if (registered !== '10' && provinceOf(registered) && registered !== subject.province.slice(0, 2)) {
      findings.push(find('SUBJECT_CERTIFICATE_OTHER_PROVINCE', 'subject.certificate.number'));
    }
  }
  findings.push(...regionFindings(input), ...addressFindings(input), ...residencyFindings(input), ...legalRepresentativeFindings(input));
  return findings;
}

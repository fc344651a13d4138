import { language } from '../codes/languages.js';
import { preApprovalCategory, signalledPreApprovals } from '../codes/pre-approval-categories.js';
import { individualWebsiteContent, serviceContentEntry } from '../codes/service-content-catalogue.js';
import { individualNature } from '../codes/subject-natures.js';
import type { ServiceForm } from '../form/index.js';
import { defineRules, findingsOf, fieldPath, type Finding } from './finding.js';
import type { RuleInput } from './rule-input.js';

export const serviceRules = defineRules({
  SERVICE_REMARK_LENGTH: {
    severity: 'error',
    path: 'services[].remark',
    message: { zh: '备注应为20–200个字符，说明实际业务和主要服务', en: 'The remark has 20–200 characters describing the actual business and main services' },
    fix: { zh: '用一两句话写明服务对象、主要功能和盈利方式', en: 'Say in a sentence or two whom the service is for, what it does and how it earns' },
  },
  SERVICE_CONTENT_MISSING: {
    severity: 'error',
    path: 'services[].contentCategories',
    message: { zh: '未选择服务内容', en: 'No service content selected' },
    fix: { zh: '从服务内容目录中选择1–5个二级类目', en: 'Pick 1–5 second-level entries of the service content catalogue' },
  },
  SERVICE_CONTENT_UNKNOWN: {
    severity: 'error',
    path: 'services[].contentCategories[]',
    message: { zh: '服务内容不是目录中的二级类目', en: 'Not a second-level entry of the service content catalogue' },
    fix: { zh: '从服务内容目录中重新选择', en: 'Pick again from the catalogue' },
  },
  SERVICE_CONTENT_NOT_FOR_INDIVIDUALS: {
    severity: 'error',
    path: 'services[].contentCategories[]',
    message: { zh: '个人不能备案企业类或互动社区类服务内容', en: 'Individuals may not file enterprise-style or interactive-community services' },
    fix: { zh: '选择适合个人的服务内容，或以单位主体备案', en: 'Pick content suitable for an individual, or file as an organisation' },
  },
  INDIVIDUAL_WEBSITE_CONTENT: {
    severity: 'error',
    path: 'services[].contentCategories[]',
    message: { zh: '个人网站的服务内容只能是“博客/个人空间”或“其他”', en: 'An individual\'s website may only carry "blog / personal space" or "other" content' },
    fix: { zh: '选择 reading.blog 或 other.other，或以单位主体备案', en: 'Pick reading.blog or other.other, or file as an organisation' },
  },
  SERVICE_LANGUAGE_UNKNOWN: {
    severity: 'error',
    path: 'services[].languages[]',
    message: { zh: '语种代码不存在', en: 'Unknown language code' },
    fix: { zh: '从语种列表中选择（如 zh_CN、en）', en: 'Pick from the language list (e.g. zh_CN, en)' },
  },
  PRE_APPROVAL_REQUIRED: {
    severity: 'error',
    path: 'services[].preApprovals',
    message: { zh: '名称或服务内容涉及需前置审批的行业，但未提供该类前置审批', en: 'The name or service content points to an industry that needs a pre-approval, and none of that category is given' },
    fix: { zh: '添加相应类别的前置审批文件（审批号和扫描件）；确不涉及的，修改名称或服务内容', en: 'Add the pre-approval of that category (number and scan); if the service does not do this, change the name or content' },
  },
  PRE_APPROVAL_SUGGESTED: {
    severity: 'warning',
    path: 'services[].preApprovals',
    message: { zh: '备注提到了需前置审批的业务，但未提供该类前置审批', en: 'The remark mentions a business that needs a pre-approval, and none of that category is given' },
    fix: { zh: '如提供该业务，添加前置审批；如不提供，修改备注避免误解', en: 'If the service does this, add the pre-approval; otherwise reword the remark' },
  },
  PRE_APPROVAL_CATEGORY_UNKNOWN: {
    severity: 'error',
    path: 'services[].preApprovals[].category',
    message: { zh: '前置审批类别不存在', en: 'Unknown pre-approval category' },
    fix: { zh: '从前置审批类别列表中选择', en: 'Pick from the list of pre-approval categories' },
  },
  PRE_APPROVAL_DUPLICATE: {
    severity: 'error',
    path: 'services[].preApprovals[].category',
    message: { zh: '同一前置审批类别填写了多次', en: 'The same pre-approval category is listed twice' },
    fix: { zh: '每个类别只保留一条', en: 'Keep one entry per category' },
  },
  PRE_APPROVAL_DOCUMENT_MISSING: {
    severity: 'error',
    path: 'services[].preApprovals[].materialId',
    message: { zh: '前置审批缺少审批文件', en: 'The pre-approval has no document' },
    fix: { zh: '上传审批文件的彩色扫描件', en: 'Upload a colour scan of the approval' },
  },
});

const find = findingsOf(serviceRules);

function preApprovalFindings(service: ServiceForm, i: number): Finding[] {
  const findings: Finding[] = [];
  const given = new Set<string>();
  service.preApprovals.forEach((approval, k) => {
    const path = fieldPath('services', i, 'preApprovals', k);
    if (!preApprovalCategory(approval.category)) findings.push(find('PRE_APPROVAL_CATEGORY_UNKNOWN', fieldPath(path, 'category')));
    else if (given.has(approval.category)) findings.push(find('PRE_APPROVAL_DUPLICATE', fieldPath(path, 'category')));
    given.add(approval.category);
    if (!approval.materialId) findings.push(find('PRE_APPROVAL_DOCUMENT_MISSING', fieldPath(path, 'materialId')));
  });
  const required = new Set<string>([
    ...signalledPreApprovals(service.name).map((c) => c.code),
    ...service.contentCategories.flatMap((code) => serviceContentEntry(code)?.preApprovals ?? []),
  ]);
  const suggested = signalledPreApprovals(service.remark).map((c) => c.code).filter((c) => !required.has(c));
  const path = fieldPath('services', i, 'preApprovals');
  for (const category of required) if (!given.has(category)) findings.push(naming(find('PRE_APPROVAL_REQUIRED', path), category));
  for (const category of suggested) if (!given.has(category)) findings.push(naming(find('PRE_APPROVAL_SUGGESTED', path), category));
  return findings;
}

/** Names the category after the catalogued message. */
function naming(finding: Finding, categoryCode: string): Finding {
  const category = preApprovalCategory(categoryCode)!;
  return { ...finding, message: { zh: `${finding.message.zh}：${category.zh}`, en: `${finding.message.en}: ${category.en}` } };
}

/** Remark, service content, languages and pre-approvals of each service. */
export function serviceFindings(input: RuleInput): Finding[] {
  const individual = input.subject.nature === individualNature;
  const findings: Finding[] = [];
  input.body.services.forEach((service, i) => {
    const remarkLength = [...service.remark.trim()].length;
    if (remarkLength < 20 || remarkLength > 200) findings.push(find('SERVICE_REMARK_LENGTH', fieldPath('services', i, 'remark')));
    if (service.contentCategories.length === 0) findings.push(find('SERVICE_CONTENT_MISSING', fieldPath('services', i, 'contentCategories')));
    service.contentCategories.forEach((code, k) => {
      const entry = serviceContentEntry(code);
      const path = fieldPath('services', i, 'contentCategories', k);
      if (!entry) findings.push(find('SERVICE_CONTENT_UNKNOWN', path));
      else if (individual && !entry.individualAllowed) findings.push(find('SERVICE_CONTENT_NOT_FOR_INDIVIDUALS', path));
      else if (individual && service.type === 'website' && !individualWebsiteContent.has(code)) findings.push(find('INDIVIDUAL_WEBSITE_CONTENT', path));
    });
    service.languages.forEach((code, k) => {
      if (!language(code)) findings.push(find('SERVICE_LANGUAGE_UNKNOWN', fieldPath('services', i, 'languages', k)));
    });
    findings.push(...preApprovalFindings(service, i));
  });
  return findings;
}

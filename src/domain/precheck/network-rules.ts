import { connectionMethod } from '../codes/connection-methods.js';
import { serverLocation } from '../codes/server-locations.js';
import { individualNature } from '../codes/subject-natures.js';
import { checkDomainName } from '../identity/domain-name.js';
import { identityIssue } from '../identity/identity-issues.js';
import { checkIpEntry } from '../identity/ip-address.js';
import type { AccessForm } from '../form/index.js';
import { defineRules, findingsOf, fieldPath, type Finding } from './finding.js';
import { identityFindings } from './identity-rules.js';
import type { RuleInput } from './rule-input.js';

export const networkRules = defineRules({
  DOMAIN_DUPLICATE: {
    severity: 'error',
    path: 'services[].domains[]',
    message: { zh: '同一域名在本次申请的同类服务中填写了多次', en: 'The domain appears more than once among services of one type in this application' },
    fix: { zh: '每个域名只填写一次', en: 'List each domain once' },
  },
  DOMAIN_USED_BY_OTHER_SUBJECT: {
    severity: 'error',
    path: 'services[].domains[]',
    message: { zh: '该域名已由其他主办者备案或正在备案', en: 'Another subject has filed, or is filing, this domain' },
    fix: { zh: '确认域名持有者为本主办者；已转让的域名需原主办者先注销或变更', en: 'Make sure the domain holder is this subject; a transferred domain must first be removed from the other filing' },
  },
  DOMAIN_QUOTA_EXCEEDED: {
    severity: 'error',
    path: 'services',
    message: { zh: '本次申请的新增域名数量超过该省通信管理局的限额', en: 'The application adds more domains than the bureau allows in one order' },
    fix: { zh: '分多次申请，每次不超过限额', en: 'Split the domains over several applications within the quota' },
  },
  WEBSITE_ONE_DOMAIN: {
    severity: 'error',
    path: 'services[].domains',
    message: { zh: '新增网站只能填写一个域名（一个域名对应一个备案编号）', en: 'A new website carries exactly one domain (one domain, one filing number)' },
    fix: { zh: '每个域名作为一个网站分别备案', en: 'File each domain as a website of its own' },
  },
  DOMAIN_ADDED_ON_CHANGE: {
    severity: 'error',
    path: 'services[].domains[]',
    message: { zh: '变更时只能保留或减少已备案的域名，不能新增域名', en: 'A change may keep or drop filed domains, not add new ones' },
    fix: { zh: '删除该域名；新域名作为新增网站（或新增APP的域名）另行备案', en: 'Remove the domain; file a new domain as a new website (or with a new service)' },
  },
  DOMAIN_PUBLIC_BODY_TLD: {
    severity: 'error',
    path: 'services[].domains[]',
    message: { zh: '该省要求事业单位只使用 .cn/.公益 域名，党政机关只使用 .gov.cn/.政务 域名', en: 'This bureau requires public institutions to use .cn/.公益 domains and party and government bodies .gov.cn/.政务' },
    fix: { zh: '改用相应后缀的域名', en: 'Use a domain with the required suffix' },
  },
  ACCESS_MISSING: {
    severity: 'error',
    path: 'services[].access',
    message: { zh: 'APP和网站需填写网络接入信息', en: 'APPs and websites need access information' },
    fix: { zh: '填写接入服务商、接入方式、服务器放置地和IP地址', en: 'Enter the access provider, connection method, server location and IP addresses' },
  },
  ACCESS_NOT_NEEDED: {
    severity: 'warning',
    path: 'services[].access, services[].domains',
    message: { zh: '小程序和快应用无需填写域名和网络接入信息', en: 'Mini-programs and quick apps need neither domains nor access information' },
    fix: { zh: '删除这些内容', en: 'Remove them' },
  },
  CONNECTION_METHOD_UNKNOWN: {
    severity: 'error',
    path: 'services[].access.connectionMethods[], access.connectionMethods[]',
    message: { zh: '接入方式代码不存在', en: 'Unknown connection method' },
    fix: { zh: '选择专线、主机托管、虚拟主机、云接入或其他', en: 'Pick dedicated line, colocation, virtual hosting, cloud or other' },
  },
  SERVER_LOCATION_INVALID: {
    severity: 'error',
    path: 'services[].access.serverLocations[], access.serverLocations[]',
    message: { zh: '服务器放置地应为内地省级行政区（六位代码，如 440000）', en: 'The server location is a mainland province (six-digit code such as 440000)' },
    fix: { zh: '选择服务器所在省份；境外服务器不能备案', en: 'Pick the province of the servers; servers abroad cannot be filed' },
  },
  IP_LIST_EMPTY: {
    severity: 'error',
    path: 'services[].access.ips, access.ips',
    message: { zh: '未填写服务器IP地址', en: 'No server IP address given' },
    fix: { zh: '填写服务使用的公网IP地址或地址段', en: 'Enter the public IP addresses or ranges the service uses' },
  },
  IPV6_FLAG_MISMATCH: {
    severity: 'warning',
    path: 'services[].access.supportsIpv6, access.supportsIpv6',
    message: { zh: '“支持IPv6”的选择与所填IP地址不一致', en: '"Supports IPv6" does not match the addresses given' },
    fix: { zh: '支持IPv6时填写IPv6地址；否则取消勾选', en: 'Add the IPv6 addresses, or clear the flag' },
  },
});

const find = findingsOf(networkRules);

const publicInstitutionTlds = new Set(['cn', 'xn--55qw42g']); // .cn, .公益
const governmentSuffixes = ['.gov.cn', '.xn--zfr164b']; // .gov.cn, .政务

function accessFindings(access: AccessForm, path: string): Finding[] {
  const findings: Finding[] = [];
  access.connectionMethods.forEach((code, k) => {
    if (!connectionMethod(code)) findings.push(find('CONNECTION_METHOD_UNKNOWN', fieldPath(path, 'connectionMethods', k)));
  });
  access.serverLocations.forEach((code, k) => {
    if (!serverLocation(code)) findings.push(find('SERVER_LOCATION_INVALID', fieldPath(path, 'serverLocations', k)));
  });
  if (access.ips.length === 0) findings.push(find('IP_LIST_EMPTY', fieldPath(path, 'ips')));
  let hasIpv6 = false;
  access.ips.forEach((entry, k) => {
    const check = checkIpEntry(entry);
    if (check.family === 6) hasIpv6 = true;
    findings.push(...identityFindings(check, fieldPath(path, 'ips', k)));
  });
  if (access.ips.length > 0 && access.supportsIpv6 !== hasIpv6) findings.push(find('IPV6_FLAG_MISMATCH', fieldPath(path, 'supportsIpv6')));
  return findings;
}

/** Domains, access information and IP addresses of every service, and of the body's own access (add_access). */
export async function networkFindings(input: RuleInput): Promise<Finding[]> {
  const { body, context, policy } = input;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const newDomains = new Set<string>();
  const filedDomains = input.subject.service ? new Set(input.subject.service.domains) : undefined;
  for (const [i, service] of body.services.entries()) {
    const needsAccess = service.type === 'app' || service.type === 'website';
    if (needsAccess && !service.access) findings.push(find('ACCESS_MISSING', fieldPath('services', i, 'access')));
    if (!needsAccess && (service.access || service.domains.length > 0)) {
      findings.push(find('ACCESS_NOT_NEEDED', fieldPath('services', i, service.access ? 'access' : 'domains')));
    }
    if (service.access) findings.push(...accessFindings(service.access, fieldPath('services', i, 'access')));
    if (service.type === 'website' && (body.kind === 'first_filing' || body.kind === 'add_service') && service.domains.length !== 1) {
      findings.push(find('WEBSITE_ONE_DOMAIN', fieldPath('services', i, 'domains')));
    }
    for (const [k, value] of service.domains.entries()) {
      const path = fieldPath('services', i, 'domains', k);
      const check = checkDomainName(value);
      findings.push(...identityFindings(check, path));
      if (check.ascii === '') continue;
      if (!context.filingTlds.has(check.tld)) findings.push(...identityFindings({ valid: false, normalized: check.ascii, issues: [identityIssue('DOMAIN_TLD_NOT_FILABLE')] }, path));
      if (body.kind === 'change_service' && filedDomains && !filedDomains.has(check.ascii)) findings.push(find('DOMAIN_ADDED_ON_CHANGE', path));
      if (policy?.publicBodyDomainsRestricted) {
        const ok = input.subject.nature === 3 ? publicInstitutionTlds.has(check.tld) : input.subject.nature === 2 ? governmentSuffixes.some((s) => check.ascii.endsWith(s)) : true;
        if (!ok) findings.push(find('DOMAIN_PUBLIC_BODY_TLD', path));
      }
      const key = `${service.type}\u0000${check.ascii}`;
      if (seen.has(key)) findings.push(find('DOMAIN_DUPLICATE', path));
      else if (!newDomains.has(check.ascii) && (await context.domainUsedByOtherSubject(check.ascii, input.subject.ref))) {
        findings.push(find('DOMAIN_USED_BY_OTHER_SUBJECT', path));
      }
      seen.add(key);
      newDomains.add(check.ascii);
    }
  }
  if (body.access) findings.push(...accessFindings(body.access, 'access'));
  if (policy) {
    const quota = policy.domainQuota;
    const individual = input.subject.nature === individualNature;
    const limits = [
      quota.perOrder,
      individual ? undefined : quota.perOrderOrganisation,
      individual && body.kind === 'first_filing' ? quota.individualFirstFiling : undefined,
    ].filter((n): n is number => n !== undefined);
    if (limits.length > 0 && newDomains.size > Math.min(...limits)) findings.push(find('DOMAIN_QUOTA_EXCEEDED', 'services'));
  }
  return findings;
}

import { defineRules, findingsOf, fieldPath, type Finding } from './finding.js';
import type { RuleInput } from './rule-input.js';

export const registryRules = defineRules({
  SERVICE_ALREADY_FILED: {
    severity: 'error',
    path: 'services[].name',
    message: { zh: '该主办者已备案同名的同类服务；同一APP只备案一次，新增平台属于变更原备案', en: 'This subject has already filed a service of this type under this name; an APP is filed once, and adding a platform is a change of that filing' },
    fix: { zh: '对已备案的服务提交“变更APP”申请，在特征信息中增加新平台', en: 'File a change_service application for the filed service and add the new platform to its feature info' },
  },
  PACKAGE_FILED_BY_OTHER_SUBJECT: {
    severity: 'error',
    path: 'services[].featureInfo[].packageName',
    message: { zh: '该包名或 Bundle ID 已由其他主办者备案', en: 'Another subject has filed this package name or bundle ID' },
    fix: { zh: '核对包名；APP确已转让的，由原主办者先注销或迁移原备案', en: 'Check the package name; if the APP changed hands, the other subject first cancels or migrates its filing' },
  },
  PACKAGE_SIGNING_KEYS_DIFFER: {
    severity: 'warning',
    path: 'services[].featureInfo[].publicKey, services[].featureInfo[].signatureMd5',
    message: { zh: '该包名已备案，但所填公钥或签名值与已备案的不同', en: 'This package name is filed with a different public key or signature' },
    fix: { zh: '确认已更换签名证书；若未更换，按已备案的签名信息填写', en: 'Make sure the signing certificate really changed; otherwise enter the filed key and signature' },
  },
  SHELL_SUBJECT_MUST_CANCEL: {
    severity: 'error',
    path: 'subjectId',
    message: { zh: '该主办者已无有效服务（空壳主体），所在省通信管理局不允许空壳主体新增服务', en: 'This subject has no active service left (a shell subject), and its bureau does not let shell subjects add services' },
    fix: { zh: '先注销该主体，再以首次备案重新办理', en: 'Cancel the subject first, then file again as a first filing' },
  },
});

const find = findingsOf(registryRules);

/** Signing values compared without case, spaces or colons (the spellings tools print). */
const signingValue = (value: string | null | undefined) => (value ?? '').replace(/[\s:]/g, '').toLowerCase();

/** Names the other filing after the catalogued message. */
function naming(finding: Finding, number: string): Finding {
  return { ...finding, message: { zh: `${finding.message.zh}：${number}`, en: `${finding.message.en}: ${number}` } };
}

function sameNameFindings(input: RuleInput): Finding[] {
  const { body, subject } = input;
  const filed = subject.filed?.services;
  if (!filed || (body.kind !== 'add_service' && body.kind !== 'change_service')) return [];
  const findings: Finding[] = [];
  body.services.forEach((service, i) => {
    const name = service.name.trim().toLowerCase();
    const clash = filed.some((f) => f.type === service.type && f.name.trim().toLowerCase() === name && f.id !== subject.service?.id);
    if (clash) findings.push(find('SERVICE_ALREADY_FILED', fieldPath('services', i, 'name')));
  });
  return findings;
}

async function packageFindings(input: RuleInput): Promise<Finding[]> {
  const { body, context, subject } = input;
  if (body.kind !== 'first_filing' && body.kind !== 'add_service' && body.kind !== 'change_service') return [];
  const findings: Finding[] = [];
  for (const [i, service] of body.services.entries()) {
    for (const [k, feature] of service.featureInfo.entries()) {
      if (feature.platform === 'other') continue;
      const path = fieldPath('services', i, 'featureInfo', k);
      const filed = await context.filedPackages(feature.platform, feature.packageName.trim(), subject.ref);
      const other = filed.find((f) => !f.ownSubject);
      if (other) {
        findings.push(naming(find('PACKAGE_FILED_BY_OTHER_SUBJECT', fieldPath(path, 'packageName')), other.number));
        continue;
      }
      const differing = filed.find(
        (f) =>
          (feature.publicKey !== undefined && f.publicKey !== null && signingValue(f.publicKey) !== signingValue(feature.publicKey)) ||
          (feature.signatureMd5 !== undefined && f.signatureMd5 !== null && signingValue(f.signatureMd5) !== signingValue(feature.signatureMd5)),
      );
      if (differing) {
        const field = feature.publicKey !== undefined && signingValue(differing.publicKey) !== signingValue(feature.publicKey) ? 'publicKey' : 'signatureMd5';
        findings.push(naming(find('PACKAGE_SIGNING_KEYS_DIFFER', fieldPath(path, field)), differing.number));
      }
    }
  }
  return findings;
}

function shellFindings(input: RuleInput): Finding[] {
  const { body, subject, policy } = input;
  if (body.kind !== 'add_service' || !policy || !subject.filed?.services) return [];
  return subject.filed.services.length === 0 && !policy.shellSubjectMayAddServices ? [find('SHELL_SUBJECT_MUST_CANCEL', 'subjectId')] : [];
}

/**
 * Rules against the registry of filed services: one APP one filing (the same name again, a package name another
 * subject filed, other signing keys for a filed package) and shell subjects adding services (domain.md §4, §5.4).
 */
export async function registryFindings(input: RuleInput): Promise<Finding[]> {
  return [...sameNameFindings(input), ...(await packageFindings(input)), ...shellFindings(input)];
}

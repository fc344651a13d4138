import { materialKind } from '../codes/material-kinds.js';
import { requiredMaterials } from '../codes/required-materials.js';
import { materialReferences } from '../form/material-references.js';
import { defineRules, findingsOf, fieldPath, type Finding } from './finding.js';
import type { RuleInput } from './rule-input.js';

export const materialRules = defineRules({
  MATERIAL_NOT_AVAILABLE: {
    severity: 'error',
    path: 'subject.materials[].materialId, subject.residencePermitMaterialId, services[].materials[].materialId, services[].preApprovals[].materialId',
    message: { zh: '材料不存在，或不是由您所在单位（或主办者本人）上传的', en: 'The material does not exist, or was not uploaded by your organisation (or the subject\'s owner)' },
    fix: { zh: '通过 POST /api/v1/materials 上传文件，填写返回的 id', en: 'Upload the file with POST /api/v1/materials and enter the id it returns' },
  },
  MATERIAL_KIND_UNKNOWN: {
    severity: 'error',
    path: 'subject.materials[].kind, services[].materials[].kind',
    message: { zh: '材料类型代码不存在', en: 'Unknown material kind' },
    fix: { zh: '从材料类型列表中选择（如 commitment_letter、subject_certificate）', en: 'Pick from the material kinds (such as commitment_letter, subject_certificate)' },
  },
  MATERIAL_REQUIRED: {
    severity: 'error',
    path: 'subject.materials, services[].materials',
    message: { zh: '缺少该类申请所需的材料', en: 'A material this kind of application needs is missing' },
    fix: { zh: '上传该材料并在此列出（类型和 id）', en: 'Upload the material and list it here (kind and id)' },
  },
});

const find = findingsOf(materialRules);

/** Names the material kind after the catalogued message. */
function naming(finding: Finding, code: string): Finding {
  const kind = materialKind(code)!;
  return { ...finding, message: { zh: `${finding.message.zh}：${kind.zh}（${code}）`, en: `${finding.message.en}: ${kind.en} (${code})` } };
}

/**
 * Materials: every referenced id exists and may be used by the caller; every listed kind is known; each part carries
 * the materials its kind, nature and province require (src/domain/codes/required-materials.ts).
 */
export async function materialFindings(input: RuleInput): Promise<Finding[]> {
  const { body, context, subject } = input;
  const findings: Finding[] = [];
  const asked = new Map<string, boolean>();
  for (const ref of materialReferences(body)) {
    if (!asked.has(ref.materialId)) asked.set(ref.materialId, (await context.materialStatus(ref.materialId)) === 'usable');
    if (!asked.get(ref.materialId)) findings.push(find('MATERIAL_NOT_AVAILABLE', ref.path));
  }
  const facts = { ...(subject.nature !== undefined ? { nature: subject.nature } : {}), ...(subject.province ? { province: subject.province } : {}) };
  const check = (listed: ReadonlyArray<{ kind: string }>, part: 'subject' | 'service', path: string) => {
    listed.forEach((m, k) => {
      if (!materialKind(m.kind)) findings.push(find('MATERIAL_KIND_UNKNOWN', fieldPath(path, k, 'kind')));
    });
    for (const code of requiredMaterials(part, body.kind, facts)) {
      if (!listed.some((m) => m.kind === code)) findings.push(naming(find('MATERIAL_REQUIRED', path), code));
    }
  };
  if (body.subject) check(body.subject.materials, 'subject', 'subject.materials');
  body.services.forEach((service, i) => check(service.materials, 'service', fieldPath('services', i, 'materials')));
  return findings;
}

import type { DraftApplicationBody } from './draft-application-body.js';

/** Every material id an application body names, with the field path that names it. */
export function materialReferences(body: DraftApplicationBody): Array<{ path: string; materialId: string }> {
  const refs: Array<{ path: string; materialId: string }> = [];
  const subject = body.subject;
  if (subject) {
    if (subject.residencePermitMaterialId) refs.push({ path: 'subject.residencePermitMaterialId', materialId: subject.residencePermitMaterialId });
    (subject.materials ?? []).forEach((m, k) => refs.push({ path: `subject.materials[${k}].materialId`, materialId: m.materialId }));
  }
  body.services.forEach((service, i) => {
    (service.preApprovals ?? []).forEach((p, k) => {
      if (p.materialId) refs.push({ path: `services[${i}].preApprovals[${k}].materialId`, materialId: p.materialId });
    });
    (service.materials ?? []).forEach((m, k) => refs.push({ path: `services[${i}].materials[${k}].materialId`, materialId: m.materialId }));
  });
  return refs;
}

import type { ApplicationBodyInput } from '../../src/domain/form/application-body.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';

const materialId = 'a'.repeat(64);

/**
 * A sample application with every optional text field of the form filled in, so that tests can reach each field.
 * (Not a meaningful filing: it mixes parts of several kinds; the form's schema accepts it, the flows would not.)
 */
export function fullApplicationBody(channelId: string): ApplicationBodyInput {
  const body = sampleFirstFiling({ n: 7, provinceCode: '110000', channelId });
  const subject = body.subject!;
  const service = body.services![0]!;
  const access = service.access!;
  return {
    ...body,
    subjectId: 'subject-id',
    serviceId: 'service-id',
    reason: '业务调整，不再运营',
    access: structuredClone(access),
    subject: {
      ...subject,
      certificate: { ...subject.certificate, address: '北京市朝阳区建设路1号' },
      remark: '主体备注',
      legalRepresentative: { name: '张三', certificateNumber: '110101199001011237' },
      residencePermitMaterialId: materialId,
      materials: [{ kind: 'certificate_scan', materialId }],
      mainPerson: { ...subject.mainPerson, officePhone: '010-61234567', certificate: { ...subject.mainPerson.certificate, address: '北京市东城区东四大街1号' } },
    },
    services: [
      {
        ...service,
        contentCategories: ['tools.office'],
        preApprovals: [{ category: 'news', approvalNumber: '京新审字123号', materialId }],
        sdks: [{ vendor: '示例科技', name: '推送', purpose: '消息推送' }],
        materials: [{ kind: 'commitment_letter', materialId }],
        hostPlatformId: channelId,
        platformAppId: 'wx0000000000000007',
        responsiblePerson: {
          ...service.responsiblePerson,
          officePhone: '010-61234568',
          certificate: { ...service.responsiblePerson.certificate, address: '北京市西城区西单北大街2号' },
        },
      },
    ],
  };
}

/** Every string in a JSON value with its path as segments (array indices as numbers). */
export function stringLeaves(value: unknown, path: Array<string | number> = []): Array<{ path: Array<string | number>; value: string }> {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

/** A deep copy of `value` with the string at `path` replaced. */
export function withStringAt<T>(value: T, path: Array<string | number>, replacement: string): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy as T;
}

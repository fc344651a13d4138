import { z } from 'zod';
import { safeText } from './safe-text.js';
import { materialId } from './material-id.js';
import { materialReference } from './material-reference.js';
import { certificateForm, personForm } from './person-form.js';

const regionCode = z.string().regex(/^\d{6}$/, 'expected a 6-digit GB/T 2260 region code');

/** The host (主办者): organisation or individual, with its main responsible person (主体负责人). */
export const subjectForm = z.strictObject({
  /** Full legal name; for an individual, the person's name. */
  name: safeText({ min: 1, max: 128 }),
  /** 主办单位性质 code (domain.md §2.3): 4 企业, 5 个人, … */
  nature: z.number().int().positive(),
  certificate: certificateForm,
  /** Residence province (住所所在地); decides the reviewing bureau. */
  province: regionCode,
  city: regionCode,
  district: regionCode,
  /** 通讯地址 below the district: road, building, door number. */
  address: safeText({ min: 1, max: 256 }),
  /** 投资者或上级主管单位. */
  superior: safeText({ max: 128 }).optional(),
  remark: safeText({ max: 500, multiline: true }).optional(),
  mainPerson: personForm,
  /**
   * Organisations whose main responsible person is not the legal representative (法定代表人): who the legal
   * representative is. Absent means the main person is the legal representative.
   */
  legalRepresentative: z
    .strictObject({ name: safeText({ min: 1, max: 64 }), certificateNumber: safeText({ max: 64 }).optional() })
    .optional(),
  /** For individuals filing outside the province of their identity card: the residence permit material. */
  residencePermitMaterialId: materialId.optional(),
  /** Material ids: certificate scan, commitment letter, authorisation letter… */
  materials: z.array(materialReference).max(20).default([]),
});

export type SubjectForm = z.infer<typeof subjectForm>;

import { z } from 'zod';
import { safeText } from './safe-text.js';
import { isoDate } from './iso-date.js';


/** An identity document: type code from the certificate-type table (domain.md §2.4), number, validity. */
export const certificateForm = z.strictObject({
  type: z.number().int().positive(),
  number: safeText({ min: 1, max: 64 }),
  validFrom: isoDate.optional(),
  /** Last day of validity, or "long_term" (长期). */
  validTo: z.union([isoDate, z.literal('long_term')]).optional(),
  /** 证件住所 as printed on the document. */
  address: safeText({ max: 256 }).optional(),
});

/** A responsible person (主体负责人 or 服务负责人). */
export const personForm = z.strictObject({
  name: safeText({ min: 1, max: 64 }),
  certificate: certificateForm,
  mobile: safeText({ min: 1, max: 32 }),
  emergencyPhone: safeText({ min: 1, max: 32 }),
  email: safeText({ min: 1, max: 128 }),
  officePhone: safeText({ max: 32 }).optional(),
});

export type CertificateForm = z.infer<typeof certificateForm>;
export type PersonForm = z.infer<typeof personForm>;

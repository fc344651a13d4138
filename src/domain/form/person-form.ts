import { z } from 'zod';

/** YYYY-MM-DD calendar date. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** An identity document: type code from the certificate-type table (domain.md §2.4), number, validity. */
export const certificateForm = z.strictObject({
  type: z.number().int().positive(),
  number: z.string().trim().min(1).max(64),
  validFrom: isoDate.optional(),
  /** Last day of validity, or "long_term" (长期). */
  validTo: z.union([isoDate, z.literal('long_term')]).optional(),
  /** 证件住所 as printed on the document. */
  address: z.string().trim().max(256).optional(),
});

/** A responsible person (主体负责人 or 服务负责人). */
export const personForm = z.strictObject({
  name: z.string().trim().min(1).max(64),
  certificate: certificateForm,
  mobile: z.string().trim().min(1).max(32),
  emergencyPhone: z.string().trim().min(1).max(32),
  email: z.string().trim().min(1).max(128),
  officePhone: z.string().trim().max(32).optional(),
});

export type CertificateForm = z.infer<typeof certificateForm>;
export type PersonForm = z.infer<typeof personForm>;

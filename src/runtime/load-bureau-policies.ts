import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { bureauPolicyOverrides, type BureauPolicy } from '../domain/codes/bureau-policies.js';
import { BeianError } from '../domain/errors/beian-error.js';

const count = z.number().int().positive();
const policyFile = z.record(
  z.string().regex(/^\d{2}(\d{4})?$/, 'expected a two- or six-digit province code'),
  z.strictObject({
    legalRepresentativeMustBeMainPerson: z.boolean().optional(),
    authorisedMainPersonMustBeServicePerson: z.boolean().optional(),
    minimumAge: z.number().int().min(0).max(100).optional(),
    nonLocalResidents: z.enum(['accepted_with_permit', 'refused', 'unspecified']).optional(),
    foreignIndividualsRefused: z.boolean().optional(),
    publicBodyDomainsRestricted: z.boolean().optional(),
    shellSubjectMayAddServices: z.boolean().optional(),
    domainQuota: z
      .strictObject({ perOrder: count.optional(), perOrderOrganisation: count.optional(), individualFirstFiling: count.optional() })
      .optional(),
  }),
);

/**
 * The bureaus' policies: the shipped table, with an administrator's JSON file (BEIAN_BUREAU_POLICIES_FILE) laid over
 * it province by province — `{ "44": { "shellSubjectMayAddServices": true } }` changes one field of Guangdong's policy
 * and leaves the rest. A bad file stops the start with the offending entry named.
 */
export function loadBureauPolicies(path: string | undefined): Readonly<Record<string, Partial<BureauPolicy>>> {
  if (!path) return bureauPolicyOverrides;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BeianError('VALIDATION_FAILED', { path: 'env.BEIAN_BUREAU_POLICIES_FILE', message: `cannot read ${path}: ${(error as Error).message}` });
  }
  const parsed = policyFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BeianError('VALIDATION_FAILED', { path: `bureauPolicies${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`, message: issue.message });
  }
  const merged: Record<string, Partial<BureauPolicy>> = { ...bureauPolicyOverrides };
  for (const [code, override] of Object.entries(parsed.data)) {
    const province = code.slice(0, 2);
    const shipped = merged[province] ?? {};
    const { domainQuota, ...fields } = override;
    merged[province] = {
      ...shipped,
      ...(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<BureauPolicy>),
      ...(domainQuota ? { domainQuota: { ...shipped.domainQuota, ...domainQuota } } : {}),
    };
  }
  return merged;
}

import { registryStatus, type RegistryStatus } from './public-status.js';
import type { CheckRow } from './check-row.js';

export const checkVerdicts = [
  'filed',
  'not_filed',
  'cancelled',
  'revoked',
  'access_limited',
  'signature_mismatch',
  'name_mismatch',
  'subject_mismatch',
  'invalid',
] as const;
export type CheckVerdict = (typeof checkVerdicts)[number];

/** A filing that carries a checked package (one row of the registry read model per filing and package). */
export interface PackageFiling {
  number: string;
  subjectNumber: string;
  subjectName: string;
  serviceName: string | null;
  status: 'active' | 'cancelled' | 'revoked';
  shell: boolean;
  accessLimited: boolean;
  approvedAt: Date;
  signatureDigest: string | null;
}

export interface Verdict {
  verdict: Exclude<CheckVerdict, 'invalid'>;
  number?: string;
  filed?: { subjectName: string; serviceName: string | null; status: RegistryStatus };
  details?: { reason: string };
}

const rank = (f: PackageFiling) => (f.status === 'active' ? 0 : f.status === 'revoked' ? 1 : 2);

/** The filing a row is judged against: an active one first, then a revoked one, then the latest cancelled one. */
function pick(filings: readonly PackageFiling[]): PackageFiling | undefined {
  return [...filings].sort((a, b) => rank(a) - rank(b) || b.approvedAt.getTime() - a.approvedAt.getTime())[0];
}

/**
 * Judges one checked row against the filings that carry its platform and package name. Status comes first (a
 * cancelled filing is `cancelled` whatever the signature), then the signature (the counterfeit signal), the app name
 * and the subject name. A row naming a number is judged against that number (service or subject number) only.
 */
export function judgeCheckRow(row: CheckRow, filings: readonly PackageFiling[]): Verdict {
  const candidates = row.number ? filings.filter((f) => f.number === row.number || f.subjectNumber === row.number) : filings;
  const filing = pick(candidates);
  if (!filing) {
    return filings.length > 0 ? { verdict: 'not_filed', details: { reason: 'the package is not filed under this number' } } : { verdict: 'not_filed' };
  }
  const status = registryStatus({ status: filing.status, access_limited: filing.accessLimited, shell: filing.shell });
  const answer = (verdict: Verdict['verdict'], reason?: string): Verdict => ({
    verdict,
    number: filing.number,
    filed: { subjectName: filing.subjectName, serviceName: filing.serviceName, status },
    ...(reason ? { details: { reason } } : {}),
  });
  if (filing.status === 'revoked') return answer('revoked');
  if (filing.status === 'cancelled') return answer('cancelled');
  if (filing.accessLimited) return answer('access_limited');
  if (row.signatureDigest) {
    const filed = candidates.filter((f) => f.status === 'active' && f.signatureDigest !== null).map((f) => f.signatureDigest);
    if (filed.length > 0 && !filed.includes(row.signatureDigest)) return answer('signature_mismatch', 'the package is filed under other signing keys');
  }
  if (row.appName && filing.serviceName !== null && row.appName !== filing.serviceName) return answer('name_mismatch', 'the package is filed under another app name');
  if (row.subjectName && row.subjectName !== filing.subjectName) return answer('subject_mismatch', 'the package is filed by another subject');
  return answer('filed');
}

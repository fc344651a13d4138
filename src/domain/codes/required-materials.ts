import type { ApplicationKind } from '../form/application-body.js';
import type { MaterialKindCode } from './material-kinds.js';
import { individualNature } from './subject-natures.js';

/**
 * Which materials each kind of application needs, by subject nature and province (domain.md §2.1 附件 有效证件、承诺书;
 * §5.4 materials by change kind; §5.5 核验单 and signed letters, Guangdong's extra commitment). Pre-approval documents
 * are required per pre-approval entry (PRE_APPROVAL_DOCUMENT_MISSING); the authorisation letter and the residence
 * permit by their own rules.
 */
export interface MaterialRequirement {
  material: MaterialKindCode;
  /** Where it is listed: `subject.materials` or each new or changed service's `materials`. */
  part: 'subject' | 'service';
  kinds: readonly ApplicationKind[];
  /** Only for organisations or only for individuals; absent: both. */
  natures?: 'organisation' | 'individual';
  /** Only in these provinces (two-digit codes); absent: everywhere. */
  provinces?: readonly string[];
}

export const materialRequirements: readonly MaterialRequirement[] = [
  { material: 'subject_certificate', part: 'subject', kinds: ['first_filing', 'change_subject'], natures: 'organisation' },
  { material: 'main_person_certificate', part: 'subject', kinds: ['first_filing', 'change_subject'] },
  { material: 'commitment_letter', part: 'subject', kinds: ['first_filing'] },
  { material: 'commitment_letter', part: 'service', kinds: ['add_service'] },
  { material: 'service_person_certificate', part: 'service', kinds: ['first_filing', 'add_service', 'change_service'] },
  { material: 'verification_sheet', part: 'service', kinds: ['first_filing', 'add_service'] },
  { material: 'service_commitment_letter', part: 'service', kinds: ['first_filing', 'add_service'], natures: 'organisation', provinces: ['44'] },
];

/** The requirements that apply to one application part. `nature` and `province` undefined: not known, rules needing them skip. */
export function requiredMaterials(
  part: MaterialRequirement['part'],
  kind: ApplicationKind,
  subject: { nature?: number; province?: string },
  requirements: readonly MaterialRequirement[] = materialRequirements,
): MaterialKindCode[] {
  return requirements
    .filter((r) => r.part === part && r.kinds.includes(kind))
    .filter((r) => r.natures === undefined || (subject.nature !== undefined && (r.natures === 'individual') === (subject.nature === individualNature)))
    .filter((r) => r.provinces === undefined || (subject.province !== undefined && r.provinces.includes(subject.province.slice(0, 2))))
    .map((r) => r.material);
}

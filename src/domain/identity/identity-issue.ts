/** Text shown to people, in zh-CN and English. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Severity = 'error' | 'warning';

/** One problem a validator found in a value: errors make the value invalid, warnings do not. */
export interface IdentityIssue {
  code: string;
  severity: Severity;
  message: LocalizedText;
  fix: LocalizedText;
}

/** What a validator answers: `valid` is false when any issue is an error; `normalized` is the canonical form. */
export interface IdentityCheck {
  valid: boolean;
  normalized: string;
  issues: IdentityIssue[];
}

/** A resolved check of a document that carries a birth date (YYYY-MM-DD when readable). */
export interface DatedIdentityCheck extends IdentityCheck {
  birthDate?: string;
}

export function checkResult(normalized: string, issues: IdentityIssue[]): IdentityCheck {
  return { valid: !issues.some((issue) => issue.severity === 'error'), normalized, issues };
}

import type { LocalizedText, Severity } from '../identity/identity-issue.js';

export type { LocalizedText, Severity };

/** One result of the pre-check: a rule's code, the field it concerns, and what to do about it. */
export interface Finding {
  code: string;
  /** The field, e.g. "services[0].featureInfo[1].signatureMd5"; "" for the application as a whole. */
  path: string;
  severity: Severity;
  message: LocalizedText;
  fix: LocalizedText;
}

/** A catalogued rule: stable code, severity, the fields it applies to (pattern, "[]" for any index). */
export interface RuleDefinition {
  code: string;
  severity: Severity;
  path: string;
  message: LocalizedText;
  fix: LocalizedText;
}

export type RuleDefinitions = Record<string, Omit<RuleDefinition, 'code'>>;

export function defineRules<const T extends RuleDefinitions>(definitions: T): T {
  return definitions;
}

/** A finder bound to one group's definitions: `find('CODE', path)`. */
export function findingsOf<T extends RuleDefinitions>(definitions: T): (code: keyof T & string, path: string) => Finding {
  return (code, path) => {
    const d = definitions[code]!;
    return { code, path, severity: d.severity, message: d.message, fix: d.fix };
  };
}

/** Builds "a.b[0].c" from segments. */
export function fieldPath(...segments: Array<string | number>): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

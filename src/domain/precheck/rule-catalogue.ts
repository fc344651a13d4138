import { appNameRules } from './app-name-rules.js';
import { applicationRules } from './application-rules.js';
import { certificateRules } from './certificate-rules.js';
import { featureInfoRules } from './feature-info-rules.js';
import type { RuleDefinition, RuleDefinitions } from './finding.js';
import { identityRuleDefinitions } from './identity-rules.js';
import { materialRules } from './material-rules.js';
import { networkRules } from './network-rules.js';
import { personRules } from './person-rules.js';
import { registryRules } from './registry-rules.js';
import { serviceRules } from './service-rules.js';
import { subjectRules } from './subject-rules.js';

const entries = (definitions: RuleDefinitions): RuleDefinition[] => Object.entries(definitions).map(([code, d]) => ({ code, ...d }));

/** Every rule of the pre-check, in the order the engine applies them. Codes are stable: reviewers return with them. */
export const ruleCatalogue: readonly RuleDefinition[] = [
  ...entries(applicationRules),
  ...entries(subjectRules),
  ...entries(certificateRules),
  ...entries(personRules),
  ...entries(appNameRules),
  ...entries(serviceRules),
  ...entries(networkRules),
  ...entries(featureInfoRules),
  ...entries(registryRules),
  ...entries(materialRules),
  ...identityRuleDefinitions,
];

const byCode = new Map(ruleCatalogue.map((rule) => [rule.code, rule]));

export function precheckRule(code: string): RuleDefinition | undefined {
  return byCode.get(code);
}

export const precheckRuleCodes: readonly string[] = ruleCatalogue.map((rule) => rule.code);

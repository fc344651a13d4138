export type { Finding, RuleDefinition, Severity, LocalizedText } from './finding.js';
export type { PrecheckContext, SubjectRef, FiledSubjectFacts } from './precheck-context.js';
export { memoryPrecheckContext, type MemorySubject } from './memory-precheck-context.js';
export { precheckApplication, passesPrecheck, type PrecheckOptions } from './precheck-application.js';
export { ruleCatalogue, precheckRule, precheckRuleCodes } from './rule-catalogue.js';
export { returnReason, presentReturnReason, otherReturnCode, type ReturnReason } from './return-reason.js';
export { renderPrecheckRulesMarkdown } from './render-rules-markdown.js';
export { assertPrecheckPasses } from './precheck-failure.js';

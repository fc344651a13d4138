import type { RuleDefinition } from './finding.js';
import { ruleCatalogue } from './rule-catalogue.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/precheck-rules.md: every rule with its code, severity, fields, message and fix. */
export function renderPrecheckRulesMarkdown(rules: readonly RuleDefinition[] = ruleCatalogue): string {
  const lines = [
    '# Pre-check rules / 备案预检规则',
    '',
    '<!-- Generated from src/domain/precheck by `node --import tsx scripts/generate-precheck-docs.ts`; a test keeps it in sync. -->',
    '',
    'Every rule `beian precheck`, the submit flow and `POST /api/v1/precheck` apply. Each finding is',
    '`{ code, path, severity, message: { zh, en }, fix: { zh, en } }`; errors block submission, warnings are shown to the',
    'applicant and to reviewers. Reviewers return applications with these codes (or `OTHER` with a note).',
    `Paths use \`[]\` for any index; \`*\` for any person. ${rules.length} rules;`,
    `${rules.filter((r) => r.severity === 'error').length} errors, ${rules.filter((r) => r.severity === 'warning').length} warnings.`,
    '',
    '| Code | Severity | Fields | Message | Fix |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map(
      (r) => `| \`${r.code}\` | ${r.severity} | ${cell(r.path)} | ${cell(r.message.zh)}<br>${cell(r.message.en)} | ${cell(r.fix.zh)}<br>${cell(r.fix.en)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

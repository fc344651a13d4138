import { applicationKindRules } from './application-kinds.js';
import { applicationStates } from './application-states.js';
import { transitionTable } from './transition-table.js';

/** docs/lifecycle.md: the state diagram and transition table, drawn from the same table the flows use. */
export function renderLifecycleMarkdown(): string {
  const edges = Object.entries(transitionTable).flatMap(([action, rule]) => rule.from.map((from) => `  ${from} --> ${rule.to}: ${action}`));
  const rows = Object.entries(transitionTable).map(
    ([action, rule]) => `| \`${action}\` | ${rule.from.join(', ')} | ${rule.to} | ${rule.by.map((role) => (rule.applicantStep && role !== 'applicant' ? `${role}¹` : role)).join(', ')} | ${rule.reasonRequired ? 'yes' : 'no'} | ${rule.zh} / ${rule.en} |`,
  );
  const kinds = Object.entries(applicationKindRules).map(([kind, rule]) => `| \`${kind}\` | ${rule.zh} / ${rule.en} | ${rule.requires.join(', ')} | ${rule.sms} |`);
  return [
    '# Application lifecycle',
    '',
    '<!-- Generated from src/domain/lifecycle/ by `npm run docs`; a test fails when this file is out of date. -->',
    '',
    `States: ${applicationStates.map((s) => `\`${s}\``).join(', ')}.`,
    '',
    '```mermaid',
    'stateDiagram-v2',
    '  [*] --> draft: create',
    ...edges,
    '  approved --> [*]',
    '  withdrawn --> [*]',
    '```',
    '',
    '| action | from | to | by | reason required | meaning |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '¹ Only on an application its own channel opened (filing on the subject’s behalf): an application an applicant opened',
    'is submitted and withdrawn by that applicant alone.',
    '',
    '## Kinds of application',
    '',
    '| kind | name | body must carry | who confirms by SMS |',
    '| --- | --- | --- | --- |',
    ...kinds,
    '',
    'Deadlines (configurable): initial review 3 working days, SMS verification 24 hours with at most 5 wrong codes',
    '(the 6th wrong code or the timeout returns the application to the provider for a new initial review), bureau review',
    '20 working days. Working days follow the mainland China calendar in Asia/Shanghai.',
    '',
  ].join('\n');
}

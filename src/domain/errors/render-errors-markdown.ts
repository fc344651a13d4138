import { catalogue } from './catalogue.js';

/** docs/errors.md: every catalogued error with its HTTP status and messages. */
export function renderErrorsMarkdown(): string {
  const rows = Object.entries(catalogue)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, d]) => `| \`${code}\` | ${d.status} | ${d.zh} | ${d.en} |`);
  const details = Object.entries(catalogue as Record<string, { details?: Record<string, string> }>)
    .filter(([, d]) => d.details !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([code, d]) => Object.entries(d.details!).map(([field, meaning]) => `| \`${code}\` | \`${field}\` | ${meaning} |`));
  return [
    '# Error catalogue',
    '',
    '<!-- Generated from src/domain/errors/ by `npm run docs`; a test fails when this file is out of date. -->',
    '',
    'Every failure of the API is answered as',
    '',
    '```json',
    '{ "error": { "code": "APPLICATION_IN_FLIGHT", "message": { "zh": "…", "en": "…" }, "path": "subject.certificate.number", "details": {} } }',
    '```',
    '',
    '`code` is stable; `path` names the input field when one is at fault; `details` carries structured context (for',
    '`PRECHECK_FAILED`, the pre-check findings, each with its own field path and fix).',
    '',
    '| code | HTTP | zh-CN | English |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '## Details',
    '',
    'Fields of `details` that clients may rely on:',
    '',
    '| code | field | meaning |',
    '| --- | --- | --- |',
    ...details,
    '',
  ].join('\n');
}

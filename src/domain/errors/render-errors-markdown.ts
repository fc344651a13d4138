import { catalogue } from './catalogue.js';
import { errorDetails, type DetailDoc } from './error-details.js';

const detailsOf = (code: string): Record<string, DetailDoc> => (errorDetails as Record<string, Record<string, DetailDoc>>)[code] ?? {};

/** docs/errors.md: every catalogued error with its HTTP status and messages. */
export function renderErrorsMarkdown(): string {
  const rows = Object.entries(catalogue)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, d]) => `| \`${code}\` | ${d.status} | ${d.zh} | ${d.en} |`);
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
    '`PRECHECK_FAILED`, the pre-check findings, each with its own field path and fix). The fields `details` may carry',
    'are listed per code below the table; a code not listed there carries no `details`.',
    '',
    '| code | HTTP | zh-CN | English |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '## Details',
    '',
    '| code | field | zh-CN | English |',
    '| --- | --- | --- | --- |',
    ...Object.keys(catalogue)
      .sort((a, b) => a.localeCompare(b))
      .flatMap((code) => Object.entries(detailsOf(code)).map(([field, doc]) => `| \`${code}\` | \`${field}\` | ${doc.zh} | ${doc.en} |`)),
    '',
  ].join('\n');
}

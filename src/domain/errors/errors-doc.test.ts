import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { catalogue } from './catalogue.js';
import { errorDetails } from './error-details.js';
import { renderErrorsMarkdown } from './render-errors-markdown.js';

describe('the error catalogue', () => {
  it('is documented exactly as the code defines it (run `npm run docs` after changing errors)', () => {
    assert.equal(readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8'), renderErrorsMarkdown());
  });

  it('gives every error a 4xx/5xx status and non-empty messages in both languages', () => {
    for (const [code, definition] of Object.entries(catalogue)) {
      assert.match(code, /^[A-Z][A-Z0-9_]+$/);
      assert.ok(definition.status >= 400 && definition.status < 600, code);
      assert.ok(definition.zh.trim() && definition.en.trim(), code);
    }
  });

  it('documents the details fields callers read, such as attemptsLeft of a wrong SMS code', () => {
    const doc = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    assert.match(doc, /\| `SMS_CODE_WRONG` \| `attemptsLeft` \|/);
    assert.match(doc, /\| `RATE_LIMITED` \| `retryAfterSeconds` \|/);
    for (const [code, fields] of Object.entries(errorDetails)) {
      assert.ok(code in catalogue, `${code} is a catalogued error`);
      for (const field of Object.keys(fields)) assert.ok(doc.includes(`| \`${code}\` | \`${field}\` |`), `${code}.${field}`);
    }
  });
});

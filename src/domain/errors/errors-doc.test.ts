import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { catalogue } from './catalogue.js';
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
});

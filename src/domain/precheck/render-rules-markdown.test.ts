import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderPrecheckRulesMarkdown } from './render-rules-markdown.js';
import { ruleCatalogue } from './rule-catalogue.js';

describe('docs/precheck-rules.md', () => {
  it('matches the rule catalogue (regenerate with node --import tsx scripts/generate-precheck-docs.ts)', () => {
    const committed = readFileSync(new URL('../../../docs/precheck-rules.md', import.meta.url), 'utf8');
    assert.equal(committed, renderPrecheckRulesMarkdown());
  });

  it('lists every rule once, with unique codes', () => {
    const codes = ruleCatalogue.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    const table = renderPrecheckRulesMarkdown();
    for (const code of codes) assert.ok(table.includes(`| \`${code}\` |`), code);
  });
});

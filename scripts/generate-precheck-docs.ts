// Writes docs/precheck-rules.md from the rule catalogue: `node --import tsx scripts/generate-precheck-docs.ts`.
import { writeFileSync } from 'node:fs';
import { renderPrecheckRulesMarkdown } from '../src/domain/precheck/render-rules-markdown.js';

const target = new URL('../docs/precheck-rules.md', import.meta.url);
writeFileSync(target, renderPrecheckRulesMarkdown());
console.log(`wrote ${target.pathname}`);

// Regenerates every generated document under docs/: `npm run docs`.
import { writeFileSync } from 'node:fs';
import { renderErrorsMarkdown } from '../src/domain/errors/render-errors-markdown.js';
import { renderLifecycleMarkdown } from '../src/domain/lifecycle/render-lifecycle-markdown.js';
import { renderPrecheckRulesMarkdown } from '../src/domain/precheck/render-rules-markdown.js';

const documents: Record<string, () => string> = {
  'errors.md': renderErrorsMarkdown,
  'lifecycle.md': renderLifecycleMarkdown,
  'precheck-rules.md': renderPrecheckRulesMarkdown,
};
for (const [name, render] of Object.entries(documents)) {
  writeFileSync(new URL(`../docs/${name}`, import.meta.url), render());
  console.log(`wrote docs/${name}`);
}

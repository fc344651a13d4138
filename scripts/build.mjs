// Bundles the CLI into dist/ so bin/beian starts without a TypeScript loader.
// Runs on `npm ci` / `npm install` (the "prepare" script); bin/beian falls back to tsx when dist/ is stale.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { 'cli/main': 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  sourcemap: false,
  logLevel: 'warning',
});
writeFileSync('dist/.built-at', String(Date.now()));

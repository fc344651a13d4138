// Builds the demo template (an embedded database already migrated and loaded with the demo) that a first start on an
// empty data directory copies. Runs on `npm ci` / `npm install` (the "prepare" script) after the bundle is built.
// A failure here does not fail the install: the first demo start then builds the template itself.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['bin/beian', 'demo', 'template'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, BEIAN_LOG_LEVEL: 'warn' },
});
if (result.status !== 0) console.warn('The demo template was not built; the first demo start will build it.');

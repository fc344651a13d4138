// Regenerates web/src/api/schema.d.ts: `npm run api-types`.
import { writeFileSync } from 'node:fs';
import { apiTypesPath, renderApiTypes } from './api-types.js';

writeFileSync(apiTypesPath, await renderApiTypes());
console.log('wrote web/src/api/schema.d.ts');

// The server's OpenAPI document, built from the route schemas without a database (nothing is served).
import { loadConfig } from '../src/config/config.js';
import type { FlowDeps } from '../src/flows/flow-deps.js';
import { buildApp } from '../src/http/build-app.js';

export async function openApiDocument(): Promise<Record<string, unknown>> {
  const config = { ...loadConfig({ BEIAN_LOG_LEVEL: 'silent' }), demo: true };
  const app = await buildApp({} as FlowDeps, config);
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return document;
}

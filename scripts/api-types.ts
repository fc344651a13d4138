// TypeScript types of the HTTP API for the web portals, generated from the server's OpenAPI document.
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from './openapi-document.js';

export const apiTypesPath = new URL('../web/src/api/schema.d.ts', import.meta.url);

const banner = '// Generated from the server\'s OpenAPI document by `npm run api-types`. Do not edit.\n';

export async function renderApiTypes(): Promise<string> {
  const document = await openApiDocument();
  const ast = await openapiTS(document as never, { alphabetize: true });
  return banner + astToString(ast);
}

import assert from 'node:assert/strict';
import { catalogue } from '../../src/domain/errors/catalogue.js';
import type { ApiResponse } from './http-harness.js';

/**
 * Asserts an answer in the catalogue's shape — `{ error: { code, message: { zh, en } } }` with the code's own HTTP
 * status — and, when given, that none of `input` is echoed back.
 */
export function assertCatalogued(response: ApiResponse, status: number, code?: string, options: { path?: string; notEchoing?: string[] } = {}): void {
  assert.equal(response.status, status, response.text.slice(0, 500));
  const error = (response.body as { error?: { code?: unknown; message?: { zh?: unknown; en?: unknown }; path?: unknown } } | null)?.error;
  assert.ok(error, `not a catalogued error: ${response.text.slice(0, 300)}`);
  assert.equal(typeof error.code, 'string');
  const entry = catalogue[error.code as keyof typeof catalogue];
  assert.ok(entry, `unknown code ${String(error.code)}`);
  assert.equal(entry.status, status, `${String(error.code)} is catalogued as ${entry.status}`);
  assert.equal(typeof error.message?.zh, 'string');
  assert.equal(typeof error.message?.en, 'string');
  if (code !== undefined) assert.equal(error.code, code);
  if (options.path !== undefined) assert.equal(error.path, options.path);
  for (const input of options.notEchoing ?? []) assert.ok(!response.text.includes(input), `the answer echoes ${input.slice(0, 40)}`);
}

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { nearValid, type JsonSchema, type KnownValues } from '../arbitraries/near-valid.js';
import { assertCatalogued } from '../support/catalogued.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';
import { fileSample } from '../support/lifecycle.js';

interface Operation {
  method: string;
  path: string;
  parameters: Array<{ in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: JsonSchema }>;
  body: JsonSchema | undefined;
}

/** Every operation of the OpenAPI document the running app serves: routes added later are driven too. */
function operationsOf(document: { paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content?.['application/json']?.schema,
    })),
  );
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

/** A path segment as a client would send it; a lone surrogate cannot be UTF-8, so its CESU-8 bytes go instead. */
function segment(value: unknown): string {
  try {
    return encodeURIComponent(asText(value));
  } catch {
    return '%ED%A0%80';
  }
}

describe('every route of the OpenAPI document answers near-valid input without a 5xx', () => {
  let h: HttpHarness;
  let clients: ApiClient[];
  let known: KnownValues;

  before(async () => {
    h = await createHttpHarness({ rateLimits: { login: 100_000, smsVerify: 100_000 } });
    const filed = await fileSample(h, 3);
    const applicant = await h.signIn('applicant');
    const draft = await applicant.request<{ id: string }>('POST', '/api/v1/applications', sampleFirstFiling({ n: 4, channelId: h.parties.providers[0] }));
    const inReview = await applicant.request<{ id: string }>('POST', '/api/v1/applications', sampleFirstFiling({ n: 5, channelId: h.parties.providers[0] }));
    assert.equal((await applicant.request('POST', `/api/v1/applications/${inReview.body.id}/submit`, {})).status, 200);
    clients = [h.anonymous, applicant, await h.signIn('provider'), await h.signIn('bureau-bj'), await h.signIn('ministry')];
    known = {
      uuids: [draft.body.id, inReview.body.id],
      strings: [filed.subjectNumber, filed.serviceNumber, filed.subjectId, filed.serviceId, h.parties.providers[0], h.parties.miniProgramPlatform, '110000'],
    };
  });
  after(async () => h.close());

  it('reads the operations from the served document', async () => {
    await h.app.ready();
    const operations = operationsOf(h.app.swagger() as never);
    assert.ok(operations.length >= 25, `only ${operations.length} operations`);
    assert.ok(operations.some((op) => op.method === 'POST' && op.path === '/api/v1/applications'));
  });

  it('never answers 5xx, and answers every refusal in the catalogue\'s shape', async () => {
    const operations = operationsOf(h.app.swagger() as never);
    for (const operation of operations) {
      const pathParams = operation.parameters.filter((p) => p.in === 'path');
      const queryParams = operation.parameters.filter((p) => p.in === 'query');
      const headerParams = operation.parameters.filter((p) => p.in === 'header');
      const request = fc.record({
        client: fc.nat({ max: clients.length - 1 }),
        path: fc.tuple(...pathParams.map((p) => nearValid(p.schema, known))),
        query: fc.tuple(...queryParams.map((p) => fc.option(nearValid(p.schema, known), { nil: undefined }))),
        headers: fc.tuple(...headerParams.map((p) => fc.option(nearValid(p.schema, known), { nil: undefined }))),
        body: operation.body ? fc.option(nearValid(operation.body, known), { freq: 10, nil: undefined }) : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          let url = operation.path;
          pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, segment(r.path[i]))));
          const query = new URLSearchParams();
          queryParams.forEach((p, i) => r.query[i] !== undefined && query.set(p.name, asText(r.query[i])));
          const headers: Record<string, string> = {};
          headerParams.forEach((p, i) => {
            const value = r.headers[i] === undefined ? undefined : asText(r.headers[i]).replace(/[^\x20-\x7e]/g, '');
            if (value) headers[p.name] = value;
          });
          const target = query.size > 0 ? `${url}?${query}` : url;
          const response = await clients[r.client]!.request(operation.method, target, r.body, headers);
          assert.ok(response.status < 500, `${operation.method} ${target} answered ${response.status}: ${response.text.slice(0, 300)}`);
          // Pages for people (the SMS verification form) answer a refusal as the page itself; the API in the catalogue's shape.
          const page = /^<!doctype html/i.test(response.text.trimStart());
          if (response.status >= 400 && !page) assert.doesNotThrow(() => assertCatalogued(response, response.status), `${operation.method} ${target} answered ${response.status} outside the catalogue: ${response.text.slice(0, 200)}`);
        }),
        { numRuns: 20 },
      );
    }
  });
});

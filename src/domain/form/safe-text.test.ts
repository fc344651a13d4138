import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { z } from 'zod';
import { impossibleDate, insertAt, position, refusedCharacter } from '../../../test/arbitraries/hostile-text.js';
import { fullApplicationBody, stringLeaves, withStringAt } from '../../../test/support/full-application-body.js';
import { returnReason } from '../precheck/return-reason.js';
import { applicationBody } from './application-body.js';
import { safeTextSchemas, unsafeTextCode } from './safe-text.js';

type JsonSchema = { type?: string; enum?: unknown[]; const?: unknown; pattern?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };

/** Every ZodString reachable from a schema, with where it sits. */
function stringSchemas(schema: z.ZodType, where = ''): Array<{ where: string; schema: z.ZodType }> {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'string':
      return [{ where, schema }];
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, inner]) => stringSchemas(inner, `${where}.${key}`));
    case 'array':
      return stringSchemas(def.element as z.ZodType, `${where}[]`);
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return stringSchemas(def.innerType as z.ZodType, where);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => stringSchemas(option, where));
    case 'pipe':
      return [...stringSchemas(def.in as z.ZodType, where), ...stringSchemas(def.out as z.ZodType, where)];
    default:
      return [];
  }
}

/** A string schema that only admits a fixed pattern (dates, region codes) needs no safe-text check. */
function isPatterned(schema: z.ZodType): boolean {
  const checks = ((schema as unknown as { _zod: { def: { checks?: Array<{ _zod: { def: { check: string } } }> } } })._zod.def.checks ?? []);
  return checks.some((c) => c._zod.def.check === 'string_format');
}

/** Paths ("subject.mainPerson.name", "services[].sdks[].vendor") of the free-text fields in a JSON schema. */
function freeTextPaths(schema: JsonSchema, where = ''): string[] {
  if (schema.anyOf) return schema.anyOf.flatMap((s) => freeTextPaths(s, where));
  if (schema.type === 'string') return schema.enum || schema.const !== undefined || schema.pattern ? [] : [where];
  if (schema.type === 'object') return Object.entries(schema.properties ?? {}).flatMap(([k, s]) => freeTextPaths(s, where ? `${where}.${k}` : k));
  if (schema.type === 'array' && schema.items) return freeTextPaths(schema.items, `${where}[]`);
  return [];
}

const generic = (path: Array<string | number>) => path.map((s) => (typeof s === 'number' ? '[]' : `.${s}`)).join('').replace(/^\./, '').replace(/\.\[\]/g, '[]');

describe('one safe-text type for every free-text field', () => {
  it('is used by every unpatterned string of the application form and of return reasons', () => {
    for (const [name, schema] of Object.entries({ applicationBody, returnReason })) {
      const strings = stringSchemas(schema);
      assert.ok(strings.length > 20 || name === 'returnReason');
      const missing = strings.filter((s) => !safeTextSchemas.has(s.schema) && !isPatterned(s.schema)).map((s) => s.where);
      assert.deepEqual(missing, [], `${name}: free-text fields without safeText`);
    }
  });

  it('has a sample filling every free-text field of the form, so the property below reaches each one', () => {
    const jsonSchema = z.toJSONSchema(applicationBody, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const sampled = new Set(stringLeaves(fullApplicationBody('channel-id')).map((leaf) => generic(leaf.path)));
    const unsampled = freeTextPaths(jsonSchema).filter((path) => !sampled.has(path));
    assert.deepEqual(unsampled, []);
    assert.ok(applicationBody.safeParse(fullApplicationBody('channel-id')).success);
  });

  it('refuses a control, bidi, invisible or lone-surrogate character in any text field, at that field', () => {
    const body = fullApplicationBody('channel-id');
    const leaves = stringLeaves(body);
    fc.assert(
      fc.property(fc.constantFrom(...leaves), refusedCharacter, position, (leaf, bad, at) => {
        const result = applicationBody.safeParse(withStringAt(body, leaf.path, insertAt(leaf.value, bad, at)));
        assert.equal(result.success, false);
        const issues = result.error!.issues.filter((issue) => issue.path.join('.') === leaf.path.join('.'));
        assert.ok(issues.length > 0, `no issue at ${leaf.path.join('.')}`);
        if (safeTextAt(leaf.path)) assert.equal((issues[0] as { params?: { code?: string } }).params?.code, unsafeTextCode);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses impossible certificate validity dates', () => {
    const body = fullApplicationBody('channel-id');
    fc.assert(
      fc.property(fc.constantFrom<Array<string | number>>(['subject', 'certificate', 'validFrom'], ['subject', 'mainPerson', 'certificate', 'validTo'], ['services', 0, 'responsiblePerson', 'certificate', 'validFrom']), impossibleDate, (path, date) => {
        const result = applicationBody.safeParse(withStringAt(body, path, date));
        assert.equal(result.success, false);
        assert.ok(result.error!.issues.some((issue) => issue.path.join('.') === path.join('.')));
      }),
    );
  });
});

let freeText: Set<string> | undefined;

/** Whether the field at `path` is free text (not an enum, a date or a code). */
function safeTextAt(path: Array<string | number>): boolean {
  freeText ??= new Set(freeTextPaths(z.toJSONSchema(applicationBody, { io: 'input', unrepresentable: 'any' }) as JsonSchema));
  return freeText.has(generic(path));
}

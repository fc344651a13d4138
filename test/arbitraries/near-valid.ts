import fc from 'fast-check';
import { impossibleDate, insertAt, ordinaryText, position, refusedCharacter } from './hostile-text.js';

/** The parts of JSON Schema the OpenAPI document uses. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
}

/** Values a near-valid input borrows: ids and numbers that exist, so requests get past "not found" now and then. */
export interface KnownValues {
  uuids: string[];
  strings: string[];
}

const hostileText = fc.tuple(ordinaryText, refusedCharacter, position).map(([text, bad, at]) => insertAt(text, bad, at));
const awkwardText = fc.oneof(
  hostileText,
  fc.constantFrom('', ' ', '%', '%00', '../../etc/passwd', "' or 1=1 --", '<script>alert(1)</script>', '\u0000', '{"a":1}', '🙂'.repeat(40), 'x'.repeat(5000), '-1', '0', 'null', '2026-02-31', '+275760-09-13'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const wrongType = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string({ maxLength: 8 }), fc.constant([]), fc.constant({}));

function stringFor(schema: JsonSchema, known: KnownValues): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.const !== undefined) return fc.constant(String(schema.const));
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...known.uuids), fc.uuid({ version: 4 }));
  if (schema.pattern) {
    if (/\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(schema.pattern)) return fc.oneof(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), impossibleDate);
    if (/\\d\{4\}-\\d\{2\}\$/.test(schema.pattern)) return fc.oneof(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7)), impossibleDate.map((d) => d.slice(0, 7)));
    return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, 300));
  }
  const length = fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
  return fc.oneof({ weight: 3, arbitrary: fc.oneof(ordinaryText, length) }, { weight: 1, arbitrary: fc.constantFrom(...known.strings) });
}

function numberFor(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max = Math.min(schema.maximum ?? 1_000_000, 2 ** 31);
  const inRange = integer ? fc.integer({ min: Math.max(min, -(2 ** 31)), max }) : fc.double({ min, max, noNaN: true });
  return fc.oneof({ weight: 4, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1, 0, -1, 1.5, 2 ** 53, -(2 ** 53), 1e308) });
}

/**
 * Inputs close to what a schema admits: mostly valid values, with now and then an awkward string (control and
 * bidi characters, lone surrogates, impossible dates, huge text), a boundary number, a missing or extra property,
 * or a value of the wrong type — the inputs that find the gaps between validation and the database.
 */
export function nearValid(schema: JsonSchema, known: KnownValues, depth = 0): fc.Arbitrary<unknown> {
  const valid = validish(schema, known, depth);
  return fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: awkwardText }, { weight: 1, arbitrary: wrongType });
}

function validish(schema: JsonSchema, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  const options = schema.anyOf ?? schema.oneOf;
  if (options && options.length > 0) return fc.oneof(...options.map((s) => nearValid(s, known, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema, known);
    case 'integer':
      return numberFor(schema, true);
    case 'number':
      return numberFor(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (!schema.items || depth > 6) return fc.constant([]);
      return fc.array(nearValid(schema.items, known, depth + 1), { minLength: Math.min(schema.minItems ?? 0, 3), maxLength: Math.min(schema.maxItems ?? 3, 3) });
    }
    case 'object': {
      if (depth > 6) return fc.constant({});
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(schema.properties ?? {}).map(([key, s]) => {
        const value = nearValid(s, known, depth + 1);
        // Required properties are nearly always there; optional ones half the time.
        return fc.tuple(fc.constant(key), fc.option(value, { freq: required.has(key) ? 20 : 2, nil: undefined }));
      });
      return fc.tuple(fc.tuple(...entries), fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor'), wrongType), { freq: 10, nil: undefined })).map(([pairs, extra]) => {
        const out: Record<string, unknown> = {};
        for (const [key, value] of pairs) if (value !== undefined) out[key] = value;
        if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
        return out;
      });
    }
    default:
      return fc.oneof(awkwardText, wrongType);
  }
}

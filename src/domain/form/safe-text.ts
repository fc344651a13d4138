import { z } from 'zod';
import { findUnsafeCharacter } from '../text/unsafe-character.js';

export interface SafeTextOptions {
  min?: number;
  max: number;
  /** Remarks, reasons and notes may span lines (line feed, carriage return, tab); names and numbers may not. */
  multiline?: boolean;
  /** Trim surrounding white space (default true; passwords and similar secrets keep theirs). */
  trim?: boolean;
}

/** The error code a refused character is answered with, carried on the Zod issue. */
export const unsafeTextCode = 'TEXT_UNSAFE_CHARACTER';

/** Every schema built by `safeText`, so a test can prove no text field of a form goes without it. */
export const safeTextSchemas = new WeakSet<z.ZodType>();

/**
 * Text a person types into a form or the API, before it is stored, shown to reviewers or published: refuses control
 * characters, bidirectional overrides and isolates, invisible formatting characters and lone surrogates (see
 * findUnsafeCharacter), then trims and checks the length. Every free-text field is one of these.
 */
export function safeText(options: SafeTextOptions) {
  let schema = z.string().superRefine((value, ctx) => {
    const found = findUnsafeCharacter(value, { multiline: options.multiline ?? false });
    if (found) {
      ctx.addIssue({
        code: 'custom',
        message: `contains ${found.codePoint}, a control, direction or invisible formatting character`,
        params: { code: unsafeTextCode, codePoint: found.codePoint, index: found.index },
      });
    }
  });
  if (options.trim ?? true) schema = schema.trim();
  if (options.min !== undefined) schema = schema.min(options.min);
  schema = schema.max(options.max);
  safeTextSchemas.add(schema);
  return schema;
}

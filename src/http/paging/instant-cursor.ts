import { BeianError } from '../../domain/errors/beian-error.js';

/** Where a page ordered by an instant and an id ends: the last item's instant and id. */
export interface InstantCursor {
  at: Date;
  id: string;
}

/** The cursor a client sends back for the page after the one ending at `at`/`id` (opaque: base64url). */
export function encodeInstantCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

const instantPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|(.+)$/;

/**
 * Only what encodeInstantCursor writes: an exact UTC instant that round-trips (no 2026-02-31, no year 0000) and an
 * id of the expected form; anything else is a catalogued 400 at `querystring.cursor`.
 */
export function decodeInstantCursor(text: string, idPattern: RegExp): InstantCursor {
  const match = instantPattern.exec(Buffer.from(text, 'base64url').toString());
  const at = new Date(match?.[1] ?? '');
  if (!match || Number.isNaN(at.getTime()) || at.toISOString() !== match[1] || at.getUTCFullYear() < 1000 || !idPattern.test(match[2]!)) {
    throw new BeianError('VALIDATION_FAILED', { path: 'querystring.cursor', message: 'not a cursor from this API' });
  }
  return { at, id: match[2]! };
}

/** A row id as the database makes them (gen_random_uuid). */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

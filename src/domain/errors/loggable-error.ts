/** What may be logged about a failure: its kind and codes, never its message, query, parameters or input. */
export interface LoggableError {
  /** The error's class, e.g. "DatabaseError", "TypeError". */
  name: string;
  /** A symbolic code (FST_ERR_…, ECONNREFUSED, a catalogue code) when it has one. */
  code?: string;
  /** The SQLSTATE of a database error (e.g. "22P05"). */
  sqlState?: string;
}

/**
 * Reduces an error to its kind and codes. Database drivers put the statement, its parameters and the offending
 * value on the error (PGlite's `query` and `params`, PostgreSQL's `detail` and message): those carry the request's
 * personal data, so nothing but these fields is ever written to a log.
 */
export function loggableError(error: unknown): LoggableError {
  if (typeof error !== 'object' || error === null) return { name: typeof error };
  const { name, code } = error as { name?: unknown; code?: unknown };
  const constructorName = (error as { constructor?: { name?: unknown } }).constructor?.name;
  const out: LoggableError = { name: symbol(name) ?? symbol(constructorName) ?? 'Error' };
  const text = symbol(code);
  if (text && /^[0-9A-Z]{5}$/.test(text)) out.sqlState = text;
  else if (text) out.code = text;
  return out;
}

/** Only identifier-shaped strings: a code cannot smuggle a value into the log. */
function symbol(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value) ? value : undefined;
}

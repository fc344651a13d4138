/**
 * The form's values as an application body: empty inputs (undefined, null, '') and parts left wholly empty are
 * dropped, so an untouched optional part is absent rather than half-filled. Arrays stay, even empty.
 */
export function cleanBody(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanBody).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, cleanBody(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (value === null || value === '') return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return value;
}

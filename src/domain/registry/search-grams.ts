/**
 * The grams a name search looks up in the registry's GIN index: a one-character query is its own gram; a longer one
 * is every two-character sequence in it (a name containing the query contains each of them). Lower-cased, as the
 * index is (migrations/0012-registry-read-model.ts).
 */
export function searchGrams(query: string): string[] {
  const chars = Array.from(query.toLowerCase());
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/** A query that may be (the start of) a package name or bundle id. */
export function looksLikePackageName(query: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(query);
}

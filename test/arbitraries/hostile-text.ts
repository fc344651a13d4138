import fc from 'fast-check';

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

/** C0 controls (NUL included), DEL and C1 controls — refused everywhere (line feed, CR and tab only in multi-line text). */
export const controlCharacter = fc.oneof(range(0x00, 0x08), range(0x0b, 0x0c), range(0x0e, 0x1f), fc.constant('\u007f'), range(0x80, 0x9f));

/** Characters that are line breaks or tabs: refused in single-line text only. */
export const lineBreakCharacter = fc.constantFrom('\n', '\r', '\t');

/** Bidirectional embeddings, overrides, isolates and marks (U+202E makes a name display reversed). */
export const bidiCharacter = fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c');

/** Invisible formatting characters: zero-width space and joiners, word joiner, soft hyphen, BOM, tags, separators. */
export const invisibleCharacter = fc.oneof(
  fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\u00ad', '\ufeff', '\u180e', '\u2028', '\u2029', '\ufff9', '\ufffb'),
  range(0xe0001, 0xe007f),
);

/** A UTF-16 surrogate without its pair (what `"\ud800"` in JSON decodes to). */
export const loneSurrogate = fc.oneof(range(0xd800, 0xdbff), range(0xdc00, 0xdfff)).map((c) => c.charAt(0));

/** Any character the safe-text type refuses in every field. */
export const refusedCharacter = fc.oneof(controlCharacter, bidiCharacter, invisibleCharacter, loneSurrogate);

/** Text people write in these forms: Chinese, Latin, digits, punctuation, emoji. */
export const ordinaryText = fc.string({
  unit: fc.oneof(range(0x4e00, 0x9fa5), range(0x20, 0x7e), fc.constantFrom('·', '（', '）', '、', '。', '—', '😀', 'é', 'ü')),
  minLength: 1,
  maxLength: 20,
});

/** `text` with `character` put at a position chosen by `at` (0…1). */
export function insertAt(text: string, character: string, at: number): string {
  const chars = Array.from(text);
  const index = Math.min(chars.length, Math.floor(at * (chars.length + 1)));
  return [...chars.slice(0, index), character, ...chars.slice(index)].join('');
}

export const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Impossible or out-of-range calendar dates in the YYYY-MM-DD shape, and extended-year spellings. */
export const impossibleDate = fc.oneof(
  fc.constantFrom('2026-02-31', '2026-13-01', '0000-01-01', '+275760-09-13', '2026-00-10', '2026-04-31', '2025-02-29', '2026-01-00', '9999-99-99', '-000001-01-01'),
  fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${m}-${String(d).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 32, max: 99 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${d}`),
);

/**
 * Characters refused in text people type into forms, because they are invisible, reorder what is displayed or break
 * storage: control characters (C0, DEL, C1), bidirectional embeddings, overrides, isolates and marks, every other
 * invisible formatting character (zero-width space and joiners, word joiner, soft hyphen, byte-order mark, the
 * whole tag block…),
 * line and paragraph separators, noncharacters and lone UTF-16 surrogates.
 * Multi-line text (remarks, reasons, notes) may also hold line feeds, carriage returns and tabs.
 */
const refused = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFDD0-\uFDEF\uFFFE\uFFFF\u{E0000}-\u{E007F}]|\p{Cs}/u;
const refusedMultiline = /[^\n\r\t\P{Cc}]|[\p{Cf}\p{Zl}\p{Zp}\uFDD0-\uFDEF\uFFFE\uFFFF\u{E0000}-\u{E007F}]|\p{Cs}/u;

export interface UnsafeCharacter {
  /** UTF-16 offset of the character. */
  index: number;
  /** "U+202E" */
  codePoint: string;
}

/** The first refused character of `text`, or null when the text is safe to store and display. */
export function findUnsafeCharacter(text: string, options: { multiline?: boolean } = {}): UnsafeCharacter | null {
  const match = (options.multiline ? refusedMultiline : refused).exec(text);
  if (!match) return null;
  const codePoint = match[0].codePointAt(0)!;
  return { index: match.index, codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}` };
}

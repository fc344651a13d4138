/**
 * A provincial-level division of mainland China as the filing system knows it.
 *
 * `abbreviation` is the prefix put on new filing numbers (京ICP备…); `aliases` are other prefixes that existing numbers of the
 * same province carry (四川: 蜀 now, 川 on older numbers). Both are read by the parser; only `abbreviation` is issued.
 */
export interface Region {
  /** GB/T 2260 administrative division code, six digits ending in 0000 (e.g. "110000"). */
  code: string;
  name: { zh: string; en: string };
  abbreviation: string;
  aliases: readonly string[];
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { insertAt, lineBreakCharacter, ordinaryText, position, refusedCharacter } from '../../../test/arbitraries/hostile-text.js';
import { findUnsafeCharacter } from './unsafe-character.js';

describe('findUnsafeCharacter', () => {
  it('accepts ordinary Chinese, Latin, digits, punctuation and emoji', () => {
    fc.assert(fc.property(ordinaryText, (text) => findUnsafeCharacter(text) === null));
  });

  it('finds every control, bidi, invisible or lone-surrogate character wherever it sits, in single- and multi-line text', () => {
    fc.assert(
      fc.property(ordinaryText, refusedCharacter, position, fc.boolean(), (text, bad, at, multiline) => {
        const found = findUnsafeCharacter(insertAt(text, bad, at), { multiline });
        assert.ok(found, `not refused: U+${bad.codePointAt(0)!.toString(16)}`);
        assert.equal(found.codePoint, `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      }),
    );
  });

  it('allows line feeds, carriage returns and tabs in multi-line text only', () => {
    fc.assert(
      fc.property(ordinaryText, lineBreakCharacter, position, (text, lineBreak, at) => {
        const written = insertAt(text, lineBreak, at);
        assert.equal(findUnsafeCharacter(written, { multiline: true }), null);
        assert.ok(findUnsafeCharacter(written));
      }),
    );
  });

  it('keeps a surrogate pair (an emoji) and refuses either half alone', () => {
    assert.equal(findUnsafeCharacter('😀'), null);
    assert.equal(findUnsafeCharacter('😀'.charAt(0))?.codePoint, 'U+D83D');
    assert.equal(findUnsafeCharacter(`a${'😀'.charAt(1)}`)?.index, 1);
  });
});

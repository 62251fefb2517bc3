import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  escapeHidden,
  hasHiddenCodePoints,
  hiddenCodePoints,
  hiddenWarning,
  isHiddenCodePoint,
  safeLabel,
  truncateText,
} from '../../lib/text/hostile';

const HOSTILE = '\u202EUSDC\u200B' + 'x'.repeat(300);

describe('hostile strings', () => {
  it('finds bidi overrides, isolates, zero-width characters, the BOM and control characters', () => {
    for (const cp of [
      0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0xfeff, 0x00, 0x0a, 0x1b, 0x7f,
      0x85, 0x061c, 0xe0041,
    ]) {
      expect(isHiddenCodePoint(cp), cp.toString(16)).toBe(true);
    }
    for (const ch of 'aZ09 .-_()$€中Ωשalpha🐋') expect(isHiddenCodePoint(ch.codePointAt(0)!), ch).toBe(false);
  });

  it('lists each hidden code point once, in order', () => {
    expect(hiddenCodePoints(HOSTILE)).toEqual(['U+202E', 'U+200B']);
    expect(hiddenCodePoints('a\u2066b\u2069c\u2066')).toEqual(['U+2066', 'U+2069']);
    expect(hiddenCodePoints('Uniswap')).toEqual([]);
    expect(hasHiddenCodePoints('\uFEFFDAI')).toBe(true);
  });

  it('escapes them as visible code points and leaves honest text (RTL, emoji) alone', () => {
    expect(escapeHidden('\u202EUSDC\u200B')).toBe('[U+202E]USDC[U+200B]');
    expect(escapeHidden('a\u0000b\nc')).toBe('a[U+0000]b[U+000A]c');
    expect(escapeHidden('שקל 🐋 Ether')).toBe('שקל 🐋 Ether');
    expect(escapeHidden('\u{E0041}')).toBe('[U+E0041]');
  });

  it('truncates by code points with an ellipsis, never splitting an emoji', () => {
    expect(truncateText('abcdef', 6)).toBe('abcdef');
    expect(truncateText('abcdef', 4)).toBe('abc…');
    expect(truncateText('🐋🐋🐋🐋', 3)).toBe('🐋🐋…');
    expect(Array.from(safeLabel(HOSTILE, 24))).toHaveLength(24);
    expect(safeLabel(HOSTILE, 24).startsWith('[U+202E]USDC[U+200B]x')).toBe(true);
  });

  it('never cuts an escaped code point in half', () => {
    expect(safeLabel('\u202EUSDC\u200B\u2066', 22)).toBe('[U+202E]USDC[U+200B]…');
    expect(safeLabel('\u202EUSDC\u200B\u2066', 30)).toBe('[U+202E]USDC[U+200B][U+2066]');
  });

  it('says what it found in one line', () => {
    expect(hiddenWarning('USDC')).toBeNull();
    expect(hiddenWarning(HOSTILE)).toBe('Contains hidden characters that can disguise it (U+202E, U+200B)');
  });

  it('property: an escaped string has no hidden code point left and keeps every visible one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const e = escapeHidden(s);
        expect(hasHiddenCodePoints(e)).toBe(false);
        const visible = Array.from(s)
          .filter((c) => !isHiddenCodePoint(c.codePointAt(0)!))
          .join('');
        expect(e.replace(/\[U\+[0-9A-F]{4,5}\]/g, '')).toBe(visible.replace(/\[U\+[0-9A-F]{4,5}\]/g, ''));
      }),
    );
  });

  it('property: safeLabel is never longer than asked', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 2, max: 80 }), (s, max) => {
        expect(Array.from(safeLabel(s, max)).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

/**
 * Strings from pages, chains and APIs (token names, symbols, labels) may carry characters that
 * change how the text around them reads or hide part of it: bidi embeddings, overrides and
 * isolates (a name ending in U+202E can turn "USDC" in the next words into "CDSU"), zero-width
 * characters (two names that look the same differ) and other control characters. Here they are
 * found and made visible as code points; very long names are cut with the full text kept. Pure.
 */

/** True for a code point that is invisible or reorders text. */
export function isHiddenCodePoint(cp: number): boolean {
  return (
    cp <= 0x1f || // C0 controls (tab, newline, escape …)
    (cp >= 0x7f && cp <= 0x9f) || // DEL and C1 controls
    cp === 0xad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x061c || // Arabic letter mark
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x3164 ||
    cp === 0xffa0 || // Hangul fillers
    cp === 0x180e || // Mongolian vowel separator
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (cp >= 0x2028 && cp <= 0x202e) || // line/paragraph separators, bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x206f) || // word joiner, invisible operators, bidi isolates, deprecated format
    cp === 0xfeff || // zero-width no-break space (BOM)
    (cp >= 0xfff9 && cp <= 0xfffb) || // interlinear annotation
    (cp >= 0xe0000 && cp <= 0xe007f) // tag characters
  );
}

/** "U+202E" */
export function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The hidden code points in `s`, each once, in order of first appearance ("U+202E", "U+200B"). */
export function hiddenCodePoints(s: string): string[] {
  const seen: string[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isHiddenCodePoint(cp)) {
      const name = codePointName(cp);
      if (!seen.includes(name)) seen.push(name);
    }
  }
  return seen;
}

export function hasHiddenCodePoints(s: string): boolean {
  return hiddenCodePoints(s).length > 0;
}

/** Each hidden code point replaced by a visible "[U+202E]"; everything else kept as it is. */
export function escapeHidden(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += isHiddenCodePoint(cp) ? `[${codePointName(cp)}]` : ch;
  }
  return out;
}

/** At most `max` characters (code points, so no emoji is cut in half), ending in "…" when cut. */
export function truncateText(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  return `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** Like truncateText on escaped text, but never leaves half a "[U+202E]" before the "…". */
export function truncateEscaped(escaped: string, max: number): string {
  const cut = truncateText(escaped, max);
  if (cut === escaped) return cut;
  const kept = cut.slice(0, -1);
  const open = kept.lastIndexOf('[');
  const partial = open > 0 && open > kept.lastIndexOf(']') && /^\[(U(\+[0-9A-F]{0,5})?)?$/.test(kept.slice(open));
  return partial ? `${kept.slice(0, open)}…` : cut;
}

/** For a name inside a plain-text sentence (dialog action lines, CLI, tooltips): escaped and cut. */
export function safeLabel(s: string, max = 64): string {
  return truncateEscaped(escapeHidden(s), max);
}

/** One line for the person: "contains hidden characters: U+202E, U+200B", or null. */
export function hiddenWarning(s: string): string | null {
  const cps = hiddenCodePoints(s);
  if (cps.length === 0) return null;
  const shown = cps.slice(0, 6).join(', ');
  return `Contains hidden characters that can disguise it (${shown}${cps.length > 6 ? ', …' : ''})`;
}

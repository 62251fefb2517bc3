/**
 * WCAG AA for the colours in components/common/theme.css, light and dark: every text/background
 * pair the popup and options page use has a contrast ratio of at least 4.5:1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../components/common/theme.css', import.meta.url), 'utf8');

function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--wl-([a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

const light = palette(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = palette(css.slice(css.indexOf('@media (prefers-color-scheme: dark)')));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['link', 'bg'],
  ['link', 'surface'],
  ['bg', 'link'], // pressed toggle
  ['danger', 'bg'],
  ['danger', 'surface'],
  ['danger', 'danger-bg'],
  ['caution', 'caution-bg'],
  ['ok', 'ok-bg'],
  ['ok', 'bg'],
  ['unknown', 'unknown-bg'],
  ['info', 'info-bg'],
];

describe('theme contrast (WCAG AA)', () => {
  for (const [name, colours] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`${name}: every text colour on its background is at least 4.5:1`, () => {
      for (const [fg, bg] of PAIRS) {
        expect(colours[fg], `--wl-${fg}`).toMatch(/^#/);
        expect(contrast(colours[fg], colours[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});

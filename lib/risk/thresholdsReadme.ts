/**
 * The "Default bars and why" table of ./README.md, written from the thresholds table so the two
 * never disagree (`npm run thresholds:readme` rewrites it; tests/risk/thresholdTable.test.ts checks it).
 */
import { COMPARISON_WORDS, THRESHOLD_KEYS, THRESHOLD_TABLE, type ThresholdRow } from './thresholdTable';
import { duration, pct } from './format';

export const README_START = '<!-- thresholds:start (generated from thresholdTable.ts: npm run thresholds:readme) -->';
export const README_END = '<!-- thresholds:end -->';

function valueText(value: number, unit: ThresholdRow['unit']): string {
  if (unit === 'share') return pct(value);
  if (unit === 'hours' || unit === 'days') return duration(value);
  return String(value);
}

/** Markdown table cells must not break the row. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function thresholdsMarkdown(): string {
  const lines = ['| bar | default | fires when | rule(s) | why |', '| --- | --- | --- | --- | --- |'];
  for (const key of THRESHOLD_KEYS) {
    const row: ThresholdRow = THRESHOLD_TABLE[key];
    const value = valueText(row.default, row.unit);
    const when = row.condition.replace('{cmp}', COMPARISON_WORDS[row.comparison]).replace('{value}', value);
    lines.push(`| \`${key}\` | ${value} | ${cell(when)} | ${cell(row.rules)} | ${cell(row.reason)} |`);
  }
  return lines.join('\n');
}

/** The README with its generated section replaced; throws when the markers are missing. */
export function withThresholdsSection(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error('lib/risk/README.md lacks the thresholds markers');
  return `${readme.slice(0, start + README_START.length)}\n${thresholdsMarkdown()}\n${readme.slice(end)}`;
}

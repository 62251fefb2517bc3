/**
 * The thresholds table is the one home of every bar: the rules read only its keys, each row has
 * words for people, its default is a value Options accepts, and the README section is generated
 * from it (regenerate with `npm run thresholds:readme`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, RULES, resolveThresholds } from '../../lib/risk/index';
import { isValidThreshold, THRESHOLD_KEYS, THRESHOLD_TABLE } from '../../lib/risk/thresholdTable';
import { README_END, README_START, thresholdsMarkdown, withThresholdsSection } from '../../lib/risk/thresholdsReadme';
import { parseThreshold, thresholdInput } from '../../components/options/validate';
import { thresholdSentence } from '../../lib/wording/thresholds';

const riskDir = fileURLToPath(new URL('../../lib/risk/', import.meta.url));

describe('thresholds table', () => {
  it('README section equals the table (run `npm run thresholds:readme` after changing the table)', () => {
    const readme = readFileSync(`${riskDir}README.md`, 'utf8');
    expect(readme).toContain(README_START);
    expect(readme).toContain(README_END);
    const section = readme.slice(readme.indexOf(README_START) + README_START.length, readme.indexOf(README_END)).trim();
    expect(section).toBe(thresholdsMarkdown());
    expect(withThresholdsSection(readme)).toBe(readme);
  });

  it('every bar a rule reads is a row, and every row is read by a rule', () => {
    const read = new Set(RULES.flatMap((r) => r.thresholds));
    for (const k of read) expect(THRESHOLD_KEYS, k).toContain(k);
    for (const k of THRESHOLD_KEYS) expect(read.has(k), `${k} is read by no rule`).toBe(true);
    expect(Object.keys(DEFAULT_THRESHOLDS).sort()).toEqual([...THRESHOLD_KEYS].sort());
  });

  it('every row has words, a valid default that Options shows and reads back unchanged', () => {
    for (const k of THRESHOLD_KEYS) {
      const row = THRESHOLD_TABLE[k];
      for (const text of [row.label, row.name, row.reason, row.rules]) expect(text.trim().length, k).toBeGreaterThan(2);
      expect(row.condition, k).toContain('{value}');
      expect(isValidThreshold(k, row.default), k).toBe(true);
      const parsed = parseThreshold(thresholdInput(row.default, row.unit), row.unit, row.label);
      expect(parsed, k).toEqual({ ok: true, value: row.default });
      const sentence = thresholdSentence({ name: k, value: row.default, comparison: row.comparison }, 'en');
      expect(sentence, k).not.toMatch(/\{|\}|[a-z][A-Z]/);
    }
  });

  it('bars the rules cannot use fall back to the default', () => {
    const t = resolveThresholds({ linkedWalletsShare: 0, top10RiseIn7Days: 1.5, addressesDecidingMostProposals: 2.5, decidedProposalsRead: 5 });
    expect([t.linkedWalletsShare, t.top10RiseIn7Days, t.addressesDecidingMostProposals, t.decidedProposalsRead]).toEqual([0.2, 0.15, 3, 5]);
  });

  it('lib/risk never imports settings (settings derive their type from the table, not the reverse)', () => {
    const files = [...readdirSync(riskDir), ...readdirSync(`${riskDir}rules`).map((f) => `rules/${f}`)].filter((f) => f.endsWith('.ts'));
    for (const f of files) expect(readFileSync(`${riskDir}${f}`, 'utf8'), f).not.toMatch(/from '[./]*\/settings\//);
  });
});

/**
 * One home for people's words and the small formatters: the popup, badge, dialog and CLI use the
 * same functions, counts have a singular, and durations read as people say them.
 */
import { describe, expect, it } from 'vitest';
import * as wording from '../../lib/wording/index';
import { shortAddress as badgeShort } from '../../components/badge/format';
import { HEADLINES, STATUS_WORDS, shortAddress as dialogShort } from '../../components/guard-dialog/format';
import { duration } from '../../lib/risk/format';
import { SEVERITY_RANK } from '../../lib/risk/severity';

describe('shared wording', () => {
  it('one shortAddress for badge, dialog and popup', () => {
    expect(badgeShort).toBe(wording.shortAddress);
    expect(dialogShort).toBe(wording.shortAddress);
    expect(wording.shortAddress('0x1234567890abcdef1234567890abcdef12345678')).toBe('0x1234…5678');
  });

  it('one severity order, most severe first', () => {
    const sorted = [{ severity: 'info' as const }, { severity: 'danger' as const }, { severity: 'caution' as const }].sort(wording.mostSevereFirst);
    expect(sorted.map((s) => s.severity)).toEqual(['danger', 'caution', 'info']);
    expect(wording.SEVERITY_RANK).toBe(SEVERITY_RANK);
  });

  it('one ok wording in the dialog, badge, popup and CLI', () => {
    expect(HEADLINES.ok).toBe(wording.VERDICT_PHRASE.ok);
    expect(STATUS_WORDS.ok).toBe(wording.VERDICT_PHRASE.ok.toLowerCase());
    expect(STATUS_WORDS.unknown).toBe(wording.VERDICT_PHRASE.unknown.toLowerCase());
  });

  it('counts have a singular: "1 block", never "1 blocks"', () => {
    expect(wording.countWords(1, 'block', 'blocks', 'en')).toBe('1 block');
    expect(wording.countWords(1200, 'block', 'blocks', 'en')).toBe('1,200 blocks');
    expect(wording.countsWords({ done: 0, total: 1, unit: 'blocks' }, 'en')).toBe('0 of 1 block scanned');
    expect(wording.countsWords({ done: 1, total: 1, unit: 'holders' }, 'en')).toBe('1 of 1 holder verified');
    expect(wording.countsWords({ done: 5, total: 9, unit: 'holders' }, 'en')).toBe('5 of 9 holders verified');
  });

  it('durations in titles read as words people use ("2 days old", not "2 d old")', () => {
    expect(duration(2 * 86_400)).toBe('2 days');
    expect(duration(86_399)).toBe('23.9 hours');
    expect(duration(3600)).toBe('1 hour');
    expect(duration(90)).toBe('1 minute');
    expect(duration(6.99 * 86_400)).toBe('6.9 days');
  });

  it('CLI columns keep a fixed decimal and never read a small share as 0', () => {
    expect(wording.columnPercent(0.61)).toBe('61.0%');
    expect(wording.columnPercent(0.0005)).toBe('0.050%');
    expect(wording.columnPercent(0)).toBe('0.0%');
  });
});

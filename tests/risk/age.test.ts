import { describe, expect, it } from 'vitest';
import { healthyReport, timelockControl, BLOCK, DAY } from '../fixtures/reports/build';
import { assess } from '../../lib/risk/index';
import { finding, severity } from './helpers';

const aged = (seconds: number) => healthyReport({ control: { ...timelockControl(), creationTimestamp: BLOCK.timestamp - seconds } });

describe('age.young (< 7 days → caution)', () => {
  it('exactly 7 days silent, 1 s less caution, more silent', () => {
    expect(severity(aged(7 * DAY), 'age.young')).toBeNull();
    expect(severity(aged(7 * DAY + 1), 'age.young')).toBeNull();
    const f = finding(aged(7 * DAY - 1), 'age.young')!;
    expect(f.severity).toBe('caution');
    expect(f.title).toBe('Contract is only 6.9 days old');
    expect(finding(aged(2 * DAY), 'age.young')!.title).toBe('Contract is only 2 days old');
    expect(finding(aged(3 * 3600), 'age.young')!.title).toBe('Contract is only 3 hours old');
  });
  it('unknown creation time is a gap, never ok', () => {
    const r = healthyReport({ control: { ...timelockControl(), creationTimestamp: undefined } });
    const a = assess(r);
    expect(a.gaps).toContainEqual({ ruleId: 'age.young', category: 'age', status: 'unknown', reason: 'contract age unknown (no creation time)' });
    expect(a.verdict).toBe('unknown');
  });
});

describe('age.unverified', () => {
  it('an indexer saying "not verified" → caution', () => {
    expect(severity(healthyReport({ control: { ...timelockControl(), verifiedSource: false } }), 'age.unverified')).toBe('caution');
  });
  it('verified, or nobody said → silent and no gap', () => {
    expect(severity(healthyReport(), 'age.unverified')).toBeNull();
    const r = healthyReport({ control: { ...timelockControl(), verifiedSource: undefined } });
    expect(severity(r, 'age.unverified')).toBeNull();
    expect(assess(r).gaps.find((g) => g.ruleId === 'age.unverified')).toBeUndefined();
  });
});

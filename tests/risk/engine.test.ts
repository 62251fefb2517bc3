import { describe, expect, it } from 'vitest';
import { cautionReport, governanceReport, healthyReport, rugReport, unknownReport, whaleReport } from '../fixtures/reports/build';
import { assess, formatAssessment, formatThreshold, RULES } from '../../lib/risk/index';
import { defineRule } from '../../lib/risk/rule';
import { pct } from '../../lib/risk/format';

describe('verdicts on the fixture reports', () => {
  it.each([
    ['healthy', healthyReport, 'ok'],
    ['whale', whaleReport, 'danger'],
    ['rug', rugReport, 'danger'],
    ['governance', governanceReport, 'danger'],
    ['caution', cautionReport, 'caution'],
    ['unknown', unknownReport, 'unknown'],
  ] as const)('%s → %s', (_name, build, verdict) => {
    expect(assess(build()).verdict).toBe(verdict);
  });

  it('every finding carries evidence; every caution/danger its threshold', () => {
    for (const build of [healthyReport, whaleReport, rugReport, governanceReport, cautionReport]) {
      for (const f of assess(build()).findings) {
        expect(f.evidence.length, f.ruleId).toBeGreaterThan(0);
        if (f.severity !== 'info') expect(f.threshold, f.ruleId).toBeDefined();
      }
    }
  });

  it('the rug report reads like an analyst wrote it', () => {
    const titles = assess(rugReport()).findings.map((f) => f.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Owner (an EOA) can mint',
        'One wallet holds 99.9% of the LP tokens of the Uniswap V2 pool with WETH',
        'Contract is only 2 days old',
        'Source code is not verified',
        'Owner (an EOA) holds 30% of total supply',
      ]),
    );
  });
});

describe('unknown is never ok', () => {
  it('missing holders → unknown, with gaps naming the failure', () => {
    const a = assess(unknownReport());
    expect(a.verdict).toBe('unknown');
    expect(a.gaps.every((g) => g.status === 'unknown')).toBe(true);
    expect(a.summary).toBe('Not verified: holders data failed: HTTP 429 Too Many Requests');
  });
  it('missing control (no failed source recorded) → unknown', () => {
    const r = healthyReport();
    delete r.control;
    const a = assess(r);
    expect(a.verdict).toBe('unknown');
    expect(a.gaps).toContainEqual(expect.objectContaining({ ruleId: 'control.eoa-critical', reason: 'no control data' }));
  });
  it('a danger finding still wins over missing data', () => {
    const r = whaleReport();
    delete r.control;
    expect(assess(r).verdict).toBe('danger');
  });
  it('absent governance/snapshot/liquidity without a failed source = not applicable, not a gap', () => {
    const r = healthyReport();
    delete r.governance;
    delete r.liquidity;
    r.sources = r.sources.filter((s) => s.section !== 'governance' && s.section !== 'liquidity');
    const a = assess(r);
    expect(a.gaps).toEqual([]);
    expect(a.verdict).toBe('ok');
  });
  it('a failed optional source → gap → unknown', () => {
    const r = healthyReport();
    delete r.governance;
    r.sources = r.sources.map((s) => (s.section === 'governance' ? { ...s, ok: false, error: 'execution reverted' } : s));
    const a = assess(r);
    expect(a.verdict).toBe('unknown');
    expect(a.gaps).toContainEqual(expect.objectContaining({ category: 'governance', reason: 'governance data failed: execution reverted' }));
  });
  it('an empty report is unknown', () => {
    const r = healthyReport();
    delete r.holders;
    delete r.control;
    delete r.governance;
    delete r.liquidity;
    expect(assess(r).verdict).toBe('unknown');
  });
});

describe('a throwing rule', () => {
  it('becomes an error gap without failing the others', () => {
    const boom = defineRule<number>({
      id: 'test.boom',
      category: 'whales',
      requires: ['holders'],
      thresholds: [],
      value: () => {
        throw new Error('rule bug\nwith a second line');
      },
      severityFor: () => null,
      title: () => '',
      explanation: () => '',
      evidence: () => [],
    });
    const a = assess(whaleReport(), undefined, [boom, ...RULES]);
    expect(a.gaps).toContainEqual({ ruleId: 'test.boom', category: 'whales', status: 'error', reason: 'rule bug' });
    expect(a.verdict).toBe('danger');
    const healthy = assess(healthyReport(), undefined, [boom, ...RULES]);
    expect(healthy.verdict).toBe('unknown');
  });
});

describe('summary and order', () => {
  it('most severe first; summary joins the top two titles', () => {
    const a = assess(governanceReport());
    expect(a.findings[0].severity).toBe('danger');
    expect(a.summary).toBe('One delegate can reach quorum alone · Timelock delay is only 1 hour');
  });
  it('ok with nothing to say', () => {
    const r = healthyReport();
    r.control!.privileges = [];
    expect(assess(r).summary).toBe('No concentration or control risks found');
  });
  it('user thresholds change the verdict; bad values fall back to defaults', () => {
    expect(assess(healthyReport(), { top10Caution: 0.1 }).verdict).toBe('caution');
    expect(assess(healthyReport(), { top10Caution: Number.NaN }).verdict).toBe('ok');
  });
});

describe('formatAssessment', () => {
  it('prints verdict, findings with evidence and threshold, and gaps as plain lines', () => {
    const lines = formatAssessment(assess(rugReport()));
    expect(lines[0]).toMatch(/^Verdict: DANGER — Owner \(an EOA\) can mint · /);
    expect(lines).toContain('✗ [danger] Owner (an EOA) can mint');
    expect(lines.some((l) => /^ {4}- Block 19000000 \(2023-11-14T22:13:20Z\)$/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('Threshold: top1Danger > 50%') || l.includes('Threshold: lpTop1Danger > 50%'))).toBe(true);
    const unknown = formatAssessment(assess(unknownReport()));
    expect(unknown).toContain('? [unknown] whales.top1: holders data failed: HTTP 429 Too Many Requests');
  });
  it('thresholds read in their units; control characters from labels never reach the terminal', () => {
    expect(formatThreshold({ name: 'minTimelockDelay', value: 86_400, comparison: '<' })).toBe('minTimelockDelay < 24 hours');
    expect(formatThreshold({ name: 'top10Caution', value: 0.7, comparison: '>' })).toBe('top10Caution > 70%');
    expect(formatThreshold({ name: 'delegatesToQuorumCaution', value: 3, comparison: '<=' })).toBe('delegatesToQuorumCaution <= 3');
    const r = whaleReport();
    r.holders!.top[0].label = { name: 'Evil\u001b[31m\u202eName', category: 'other' };
    const lines = formatAssessment(assess(r));
    expect(lines.join('\n')).not.toMatch(/[\u001b\u202e]/);
    expect(lines.some((l) => l.includes('Evil\ufffd[31m\ufffdName'))).toBe(true);
  });

  it('pct keeps the side of the bar visible', () => {
    expect(pct(0.71)).toBe('71%');
    expect(pct(0.7001, 0.7)).toBe('70.01%');
    expect(pct(0.999)).toBe('99.9%');
    expect(pct(0.00002)).toBe('0.002%');
    expect(pct(0.9999999)).toBe('over 99.99%');
  });
});

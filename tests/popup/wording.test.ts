import { describe, expect, it } from 'vitest';
import { assessmentLines } from '../../lib/wording/assessmentText';
import { clipAtWord, formatPercent } from '../../lib/wording/format';
import { evidenceLabel } from '../../lib/wording/evidence';
import { nextStep } from '../../lib/wording/nextStep';
import { thresholdLine, thresholdSentence } from '../../lib/wording/thresholds';
import { VERDICT_PHRASE } from '../../lib/wording/verdict';
import type { Finding } from '../../lib/risk/types';

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'whales.top1',
  category: 'whales',
  severity: 'danger',
  title: 'One holder owns 90% of circulating supply',
  explanation: 'x',
  evidence: [
    { kind: 'address', label: 'Can mint (EOA (one private key))', address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266' },
    { kind: 'number', label: 'mint selectors', value: '0x40c10f19' },
    { kind: 'block', number: 54 },
  ],
  threshold: { name: 'top1Danger', value: 0.5, comparison: '>' },
  ...over,
});

describe('wording', () => {
  it('says every threshold as a sentence, never a rule key', () => {
    expect(thresholdLine({ name: 'top1Danger', value: 0.5, comparison: '>' }, 'en')).toBe(
      'Whale Lens warns when the largest holder owns more than 50% of circulating supply.',
    );
    for (const name of [
      'top10Caution',
      'holderNote',
      'nakamotoCaution',
      'delegatesToQuorum',
      'delegatesToQuorumCaution',
      'delegatesAboveProposalThreshold',
      'minTimelockDelay',
      'lpTop1Danger',
      'youngContract',
      'thinLiquidityShare',
      'snapshotAdminsCaution',
      'verifiedSource',
      'privilegeHolderIsEoa',
      'proxyAdminIsEoa',
      'safeThreshold',
      'someNewRule',
    ]) {
      const s = thresholdSentence({ name, value: 0.3, comparison: '<=' }, 'en');
      expect(s).not.toContain(name);
      expect(s).not.toMatch(/[<>=]/);
    }
  });

  it('gives one next step per caution/danger finding, with the amount asked for an approve', () => {
    expect(nextStep(f({}), { approving: 'an unlimited amount of RSK' })).toBe(
      'Approve only the amount you need: this request asks for an unlimited amount of RSK.',
    );
    expect(nextStep(f({ ruleId: 'liquidity.lp-holder' }))).toBe("The liquidity can be pulled: don't hold more than you can lose.");
    expect(nextStep(f({ ruleId: 'control.eoa-critical' }))).toMatch(/^0xf39F…2266 holds this power: watch its transactions/);
    expect(nextStep(f({ severity: 'info' }))).toBeNull();
  });

  it('has no doubled parentheses, keeps 99.999% from reading as 100%, cuts lines at a word', () => {
    expect(evidenceLabel('Can mint (EOA (one private key))')).toBe('Can mint (one private key)');
    expect(formatPercent(0.99999, 'en')).toBe('99.999%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(clipAtWord('Danger: one holder owns 90% of circulating supply · owner can mint', 40)).toBe('Danger: one holder owns 90% of…');
    expect(formatPercent(0.5, 'de')).toMatch(/^50\s%$/);
  });

  it('prints the CLI assessment in the same words, technical ids on their own line', () => {
    const lines = assessmentLines({ verdict: 'danger', summary: 'One holder owns 90%', findings: [f({})], gaps: [] });
    expect(lines[0]).toBe(`Verdict: DANGER — ${VERDICT_PHRASE.danger}: One holder owns 90%`);
    const text = lines.join('\n');
    expect(text).toContain('Whale Lens warns when the largest holder owns more than 50% of circulating supply.');
    expect(text).toContain('Details: rule whales.top1 · mint selectors: 0x40c10f19 · block 54');
    expect(text).not.toContain('top1Danger');
    expect(text).not.toMatch(/\(EOA \(/);
  });
});

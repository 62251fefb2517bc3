/** Unknown power holders are unknown (a gap), never "not held by a single key"; a reclaimable zero owner is not "renounced". */
import { describe, expect, it } from 'vitest';
import { healthyReport } from '../fixtures/reports/build';
import { assess } from '../../lib/risk/index';

const A = '0x00000000000000000000000000000000000000a1' as const;

describe('control holders', () => {
  it('a privilege with an unknown holder makes a gap and no reassuring finding', () => {
    const r = healthyReport();
    r.control!.privileges = [{ name: 'mint', selectors: ['0x40c10f19'], heldBy: null, holderKind: 'unknown' }];
    const a = assess(r);
    expect(a.verdict).toBe('unknown');
    expect(a.gaps).toContainEqual({
      ruleId: 'control.unknown-holder',
      category: 'control',
      status: 'unknown',
      reason: 'unknown holder: who can mint could not be determined',
    });
    expect(a.findings.map((f) => f.ruleId)).not.toContain('control.powers');
  });

  it('owner zero with someone able to take it back: caution naming them, not "Ownership renounced"', () => {
    const r = healthyReport();
    r.control!.owner = { address: '0x0000000000000000000000000000000000000000', kind: 'renounced' };
    r.control!.takeBack = [{ who: A, how: 'DSAuth authority(): can allow any account to call the owner-only functions (mint, burn, stop)' }];
    const a = assess(r);
    expect(a.findings.map((f) => f.ruleId)).not.toContain('control.renounced');
    const f = a.findings.find((x) => x.ruleId === 'control.take-back')!;
    expect(f.severity).toBe('caution');
    expect(f.title).toBe('Not renounced for good: one account can take control back');
    expect(f.evidence[0]).toMatchObject({ kind: 'address', address: A, label: 'DSAuth authority()' });
  });
});

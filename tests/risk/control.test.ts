import { describe, expect, it } from 'vitest';
import { healthyReport, rugReport, timelockControl, OWNER, SAFE, addr } from '../fixtures/reports/build';
import { finding, severity } from './helpers';
import type { ControlSection, Report } from '../../lib/report/types';

function withControl(patch: Partial<ControlSection>): Report {
  return healthyReport({ control: { ...timelockControl(), ...patch } });
}

const eoaOwner = { address: OWNER, kind: 'eoa' as const };

describe('control.eoa-critical / control.eoa-limiting', () => {
  it('"Owner (an EOA) can mint" is danger, with selectors and holder as evidence', () => {
    const f = finding(
      withControl({ owner: eoaOwner, privileges: [{ name: 'mint', selectors: ['0x40c10f19'], heldBy: OWNER, holderKind: 'eoa' }] }),
      'control.eoa-critical',
    )!;
    expect(f.severity).toBe('danger');
    expect(f.title).toBe('Owner (an EOA) can mint');
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'address', address: OWNER }));
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'number', value: '0x40c10f19' }));
  });
  it('pause/blacklist/fee by an EOA is caution', () => {
    const r = rugReport();
    expect(finding(r, 'control.eoa-limiting')!.title).toBe('Owner (an EOA) can blacklist wallets and set transfer fees');
    expect(severity(r, 'control.eoa-limiting')).toBe('caution');
  });
  it('the same powers held by a Safe or timelock are only noted', () => {
    const r = withControl({
      owner: { address: SAFE, kind: 'safe', safe: { threshold: 3, owners: [addr(1), addr(2), addr(3), addr(4), addr(5)] } },
      privileges: [{ name: 'mint', selectors: ['0x40c10f19'], heldBy: SAFE, holderKind: 'safe', holderDetail: 'Safe 3-of-5' }],
    });
    expect(severity(r, 'control.eoa-critical')).toBeNull();
    expect(finding(r, 'control.powers')).toMatchObject({ severity: 'info', title: 'Safe 3-of-5 can mint' });
  });
  it('an EOA that is not the owner is called an EOA', () => {
    const r = withControl({ privileges: [{ name: 'mint', selectors: [], heldBy: addr(42), holderKind: 'eoa' }] });
    expect(finding(r, 'control.eoa-critical')!.title).toBe('An EOA can mint');
  });
});

describe('control.proxy-admin', () => {
  const proxy = { standard: 'eip1967-transparent' as const, implementation: addr(77), admin: addr(78) };
  it('admin is an EOA → danger', () => {
    const f = finding(withControl({ proxy: { ...proxy, adminKind: 'eoa' } }), 'control.proxy-admin')!;
    expect(f.severity).toBe('danger');
    expect(f.title).toBe('Upgrade key is an EOA: the code can be swapped');
  });
  it('ProxyAdmin owned by an EOA → danger; owned by a timelock → silent', () => {
    expect(
      severity(withControl({ proxy: { ...proxy, adminKind: 'contract', adminOwner: { address: addr(79), kind: 'eoa' } } }), 'control.proxy-admin'),
    ).toBe('danger');
    expect(
      severity(
        withControl({ proxy: { ...proxy, adminKind: 'contract', adminOwner: { address: addr(79), kind: 'timelock' } } }),
        'control.proxy-admin',
      ),
    ).toBeNull();
  });
  it('does not repeat the upgrade power in control.eoa-critical', () => {
    const r = withControl({
      owner: eoaOwner,
      proxy: { ...proxy, adminKind: 'eoa' },
      privileges: [{ name: 'upgrade', selectors: ['0x3659cfe6'], heldBy: addr(78), holderKind: 'eoa' }],
    });
    expect(severity(r, 'control.eoa-critical')).toBeNull();
    expect(severity(r, 'control.proxy-admin')).toBe('danger');
  });
});

describe('control.weak-safe (threshold 1 or ≤ 2 owners → caution)', () => {
  const safe = (threshold: number, owners: number) =>
    withControl({ owner: { address: SAFE, kind: 'safe', safe: { threshold, owners: Array.from({ length: owners }, (_, i) => addr(i + 1)) } } });
  it('1-of-3 and 2-of-2 caution; 2-of-3 silent', () => {
    expect(finding(safe(1, 3), 'control.weak-safe')!.title).toBe('Owner is a 1-of-3 Safe');
    expect(severity(safe(2, 2), 'control.weak-safe')).toBe('caution');
    expect(severity(safe(2, 3), 'control.weak-safe')).toBeNull();
  });
});

describe('control.renounced', () => {
  it('notes renounced ownership as info', () => {
    const r = withControl({ owner: { address: '0x0000000000000000000000000000000000000000', kind: 'renounced' }, privileges: [] });
    expect(finding(r, 'control.renounced')).toMatchObject({ severity: 'info', title: 'Ownership renounced' });
  });
});

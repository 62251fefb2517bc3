import { describe, expect, it } from 'vitest';
import { toBadgeView, topFindings } from '../../components/badge/model';
import { formatEvidence } from '../../components/badge/format';
import { MINT, NOTE, ready, TOKEN, TOP3 } from './fixtures';

const target = { kind: 'token' as const, chainId: 1, address: TOKEN as `0x${string}` };

describe('badge model', () => {
  it('is hidden without a target or when dismissed', () => {
    expect(toBadgeView(null, ready())).toEqual({ state: 'hidden' });
    expect(toBadgeView(target, { status: 'dismissed', reason: 'site' })).toEqual({ state: 'hidden' });
  });

  it('treats no answer as unknown, never as safe', () => {
    expect(toBadgeView(target, undefined)).toMatchObject({ state: 'unknown' });
    expect(toBadgeView(target, null)).toMatchObject({ state: 'unknown' });
    expect(toBadgeView(target, { status: 'unsupported-chain', chainId: 999 })).toMatchObject({
      state: 'unknown',
      reason: expect.stringContaining('999'),
    });
  });

  it('shows an unknown verdict as unknown with the first gap as the reason', () => {
    const v = toBadgeView(
      target,
      ready({ verdict: 'unknown', gaps: [{ ruleId: 'holders', category: 'whales', status: 'unknown', reason: 'holder list unavailable' }] }),
    );
    expect(v).toMatchObject({ state: 'unknown', reason: 'holder list unavailable' });
  });

  it('orders findings by severity and keeps three', () => {
    const f = topFindings([NOTE, MINT, TOP3, NOTE]);
    expect(f.map((x) => x.severity)).toEqual(['danger', 'caution', 'info']);
    expect(f[0].evidence).toEqual(['Top 3 share: 71%', 'Largest holder: Wallet (0x4717…ba1e)']);
    // Blocks, sources and selectors only in the technical line.
    expect(f[0].technical).toBe('block 21000000 · source logs');
    expect(f[0].threshold).toBe('Whale Lens warns when the 10 largest holders own more than 70% of circulating supply.');
  });

  it('shows real counts while holders are verified', () => {
    const v = toBadgeView(target, {
      status: 'analysing',
      progress: { phase: 'holders', fraction: 0.5, counts: { done: 0, total: 120, unit: 'holders' } },
    });
    expect(v).toMatchObject({ state: 'analysing', counts: '0 of 120 holders verified', detail: 'Reading holders: 0 of 120 holders verified' });
  });

  it('clamps progress and names the phase', () => {
    const v = toBadgeView(target, { status: 'analysing', progress: { phase: 'holders', fraction: 1.7 } });
    expect(v).toEqual({ state: 'analysing', title: 'This token', fraction: 1, detail: 'Reading holders' });
  });

  it('names the protocol on a protocol page until the token is known', () => {
    const v = toBadgeView({ kind: 'protocol', protocolId: 'uniswap' }, { status: 'analysing', progress: { phase: 'queued', fraction: 0 } });
    expect(v).toMatchObject({ title: 'Uniswap', detail: 'Waiting to start' });
    expect(toBadgeView({ kind: 'protocol', protocolId: 'uniswap' }, ready())).toMatchObject({ title: 'UNI' });
  });

  it('formats evidence units', () => {
    expect(formatEvidence({ kind: 'number', label: 'Delay', value: 172_800, unit: 'seconds' })).toBe('Delay: 2 days');
    expect(formatEvidence({ kind: 'number', label: 'Holders', value: 12345, unit: 'count' })).toBe('Holders: 12,345');
    expect(formatEvidence({ kind: 'number', label: 'Supply', value: '1000000000000000000000' })).toBe('Supply: 1000000000000000000000');
  });
});

describe('early token name', () => {
  it('shows the symbol while analysing, as soon as the progress carries it', () => {
    const v = toBadgeView(target, {
      status: 'analysing',
      progress: { phase: 'holders', fraction: 0.3, token: { name: 'Uniswap', symbol: 'UNI', decimals: 18 } },
    });
    expect(v).toMatchObject({ state: 'analysing', title: 'UNI', detail: 'Reading holders' });
  });
});

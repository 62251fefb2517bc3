import { describe, expect, it } from 'vitest';
import { getAddress } from 'viem';
import { detectRaw, detectTarget, isKnownHost } from '../../lib/detect/index';
import type { PageTarget } from '../../lib/messaging/background-protocol';
import { EXAMPLES, type Expected } from './examples';

function asExpected(t: PageTarget | null): Expected {
  if (!t) return null;
  return t.kind === 'token' ? { chainId: t.chainId, address: t.address } : { protocolId: t.protocolId };
}

function normalise(e: Expected): Expected {
  return e && 'address' in e ? { chainId: e.chainId, address: getAddress(e.address) } : e;
}

describe('URL examples', () => {
  it('has at least 150 examples, non-DeFi pages included', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(150);
    expect(EXAMPLES.filter(([, e]) => e === null).length).toBeGreaterThanOrEqual(30);
  });

  it.each(EXAMPLES)('%s', (url, expected) => {
    expect(asExpected(detectTarget(url))).toEqual(normalise(expected));
  });

  it('returns checksummed addresses from detectTarget and lower-case ones from detectRaw', () => {
    for (const [url, expected] of EXAMPLES) {
      if (!expected || !('address' in expected)) continue;
      const t = detectTarget(url);
      const raw = detectRaw(url);
      expect(t?.kind === 'token' && t.address).toBe(getAddress(expected.address));
      expect(raw?.kind === 'token' && raw.address).toBe(expected.address.toLowerCase());
    }
  });
});

describe('site rules', () => {
  const UNI = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';

  it('map an unknown site to a token or a protocol', () => {
    const rules = [
      { hostname: 'mydex.example', target: { kind: 'token' as const, chainId: 8453, address: UNI as `0x${string}` } },
      { hostname: 'gov.example', target: { kind: 'protocol' as const, protocolId: 'ens' } },
    ];
    expect(detectTarget('https://mydex.example/trade', rules)).toEqual({ kind: 'token', chainId: 8453, address: UNI });
    expect(detectTarget('https://www.mydex.example/', rules)).toEqual({ kind: 'token', chainId: 8453, address: UNI });
    expect(detectTarget('https://gov.example/proposals/1', rules)).toEqual({ kind: 'protocol', protocolId: 'ens' });
    expect(detectTarget('https://other.example/', rules)).toBeNull();
  });

  it('win over the built-in tables (the person chose)', () => {
    const rules = [{ hostname: 'etherscan.io', target: { kind: 'protocol' as const, protocolId: 'uniswap' } }];
    expect(detectTarget(`https://etherscan.io/token/${UNI}`, rules)).toEqual({ kind: 'protocol', protocolId: 'uniswap' });
  });

  it('skip malformed stored rules instead of failing', () => {
    const rules = [
      null,
      { hostname: 'bad.example', target: { kind: 'token', chainId: -1, address: UNI } },
      { hostname: 'bad.example', target: { kind: 'token', chainId: 1, address: '0x123' } },
      { hostname: 42, target: { kind: 'protocol', protocolId: 'aave' } },
    ] as never[];
    expect(detectTarget('https://bad.example/', rules)).toBeNull();
  });
});

describe('known hosts', () => {
  it('tells the content script when a host can never match', () => {
    expect(isKnownHost('etherscan.io')).toBe(true);
    expect(isKnownHost('WWW.DEXTOOLS.IO')).toBe(true);
    expect(isKnownHost('app.uniswap.org')).toBe(true);
    expect(isKnownHost('www.google.com')).toBe(false);
    expect(isKnownHost('en.wikipedia.org')).toBe(false);
  });
});

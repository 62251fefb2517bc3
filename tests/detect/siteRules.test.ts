import { describe, expect, it } from 'vitest';
import { normaliseHostname, upsertSiteRule, validateSiteRule } from '../../lib/detect/siteRules';

const UNI = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';

describe('validateSiteRule', () => {
  it('accepts a token rule and normalises hostname and address', () => {
    const res = validateSiteRule({ hostname: ' WWW.MyDex.Example ', target: { kind: 'token', chainId: '8453', address: UNI.toLowerCase() } });
    expect(res).toEqual({ ok: true, rule: { hostname: 'mydex.example', target: { kind: 'token', chainId: 8453, address: UNI } } });
  });

  it('accepts a URL pasted as hostname', () => {
    const res = validateSiteRule({ hostname: 'https://App.Example.org/path?x=1', target: { kind: 'protocol', protocolId: 'Uniswap' } });
    expect(res).toEqual({ ok: true, rule: { hostname: 'app.example.org', target: { kind: 'protocol', protocolId: 'uniswap' } } });
  });

  it.each([
    [{ hostname: '', target: { kind: 'protocol', protocolId: 'aave' } }, /not a hostname/],
    [{ hostname: 'no spaces.example', target: { kind: 'protocol', protocolId: 'aave' } }, /not a hostname/],
    [{ hostname: 'nodot', target: { kind: 'protocol', protocolId: 'aave' } }, /not a hostname/],
    [{ hostname: 'a.example', target: { kind: 'protocol', protocolId: 'notaprotocol' } }, /Unknown protocol/],
    [{ hostname: 'a.example', target: { kind: 'token', chainId: 0, address: UNI } }, /chain id/],
    [{ hostname: 'a.example', target: { kind: 'token', chainId: 1.5, address: UNI } }, /chain id/],
    [{ hostname: 'a.example', target: { kind: 'token', chainId: 1, address: '0x1234' } }, /40 hex digits/],
    // One flipped letter case: the EIP-55 checksum catches it.
    [{ hostname: 'a.example', target: { kind: 'token', chainId: 1, address: UNI.replace('aF5', 'af5') } }, /checksum/],
    [{ hostname: 'a.example', target: { kind: 'nft' } }, /token or a protocol/],
    [{ hostname: 'a.example' }, /Choose a token or a protocol/],
    [null, /needs a hostname/],
  ])('rejects %j', (input, message) => {
    const res = validateSiteRule(input);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(message);
  });

  it('normalises hostnames', () => {
    expect(normaliseHostname('Example.COM.')).toBe('example.com');
    expect(normaliseHostname('-bad.example')).toBeNull();
    expect(normaliseHostname('localhost')).toBe('localhost');
  });

  it('replaces the rule for the same hostname', () => {
    const a = { hostname: 'x.example', target: { kind: 'protocol' as const, protocolId: 'aave' } };
    const b = { hostname: 'x.example', target: { kind: 'protocol' as const, protocolId: 'ens' } };
    expect(upsertSiteRule([a], b)).toEqual([b]);
  });
});

import { describe, expect, it } from 'vitest';
import { getAddress, isAddress } from 'viem';
import { getProtocol, PROTOCOL_HOSTS, PROTOCOLS, protocolForHostname } from '../../lib/protocols/index';

const CHAINS = { ethereum: 1, arbitrum: 42161, optimism: 10, base: 8453, polygon: 137, bnb: 56 };
const REQUIRED = [
  'uniswap',
  'aave',
  'compound',
  'curve',
  'lido',
  'sky',
  'balancer',
  'sushi',
  'pancakeswap',
  'gmx',
  'yearn',
  'convex',
  'frax',
  'pendle',
  'morpho',
  'eigenlayer',
  'ens',
  'arbitrum',
  'optimism',
  '1inch',
  'synthetix',
  'rocketpool',
  'ethena',
  'dydx',
  'across',
  'stargate',
  'gnosis',
  'radiant',
  'venus',
  'aerodrome',
];

const allAddresses = () =>
  PROTOCOLS.flatMap((p) => [
    ...p.tokens.map((t) => ({ where: `${p.id} ${t.symbol}`, address: t.address, source: t.source })),
    ...(p.governors ?? []).flatMap((g) => [
      { where: `${p.id} governor`, address: g.address, source: g.source },
      ...(g.timelock ? [{ where: `${p.id} timelock`, address: g.timelock, source: g.source }] : []),
    ]),
  ]);

describe('protocol registry', () => {
  it('lists at least 30 protocols, including every one the issue names', () => {
    expect(PROTOCOLS.length).toBeGreaterThanOrEqual(30);
    for (const id of REQUIRED) expect(getProtocol(id), id).toBeDefined();
  });

  it('covers Ethereum, Arbitrum, Optimism, Base, Polygon and BNB Chain', () => {
    const chains = new Set(PROTOCOLS.flatMap((p) => p.tokens.map((t) => t.chainId)));
    for (const [name, id] of Object.entries(CHAINS)) expect(chains.has(id), name).toBe(true);
  });

  it('has lower-case unique ids and names', () => {
    const ids = PROTOCOLS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PROTOCOLS) {
      expect(p.id).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
      expect(p.name.trim()).not.toBe('');
    }
  });

  it('stores every address checksummed (EIP-55) and says where it came from', () => {
    for (const a of allAddresses()) {
      expect(isAddress(a.address, { strict: true }), a.where).toBe(true);
      expect(a.address, a.where).toBe(getAddress(a.address));
      expect(a.source, a.where).toMatch(/^https:\/\/\S+$/);
    }
  });

  it('gives every protocol at least one hostname and a token or a Snapshot space', () => {
    for (const p of PROTOCOLS) {
      expect(p.hostnames.length, p.id).toBeGreaterThan(0);
      expect(p.tokens.length > 0 || Boolean(p.snapshotSpace), p.id).toBe(true);
    }
  });

  it('keeps hostnames lower-case, bare (no scheme, path or www.) and unique across protocols', () => {
    const all = PROTOCOLS.flatMap((p) => p.hostnames);
    expect(new Set(all).size).toBe(all.length);
    for (const h of all) {
      expect(h).toBe(h.toLowerCase());
      expect(h).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(h.startsWith('www.')).toBe(false);
    }
    for (const [host, id] of Object.entries(PROTOCOL_HOSTS)) expect(getProtocol(id), host).toBeDefined();
  });

  it('does not list the same token twice in one protocol', () => {
    for (const p of PROTOCOLS) {
      const keys = p.tokens.map((t) => `${t.chainId}:${t.address.toLowerCase()}`);
      expect(new Set(keys).size, p.id).toBe(keys.length);
    }
  });

  it('has a kind for each governor and a timelock different from the governor', () => {
    for (const p of PROTOCOLS) {
      for (const g of p.governors ?? []) {
        expect(['oz-governor', 'governor-bravo', 'other']).toContain(g.kind);
        if (g.timelock) expect(g.timelock.toLowerCase()).not.toBe(g.address.toLowerCase());
      }
    }
  });

  it('finds a protocol by hostname, with or without www.', () => {
    expect(protocolForHostname('app.uniswap.org')?.id).toBe('uniswap');
    expect(protocolForHostname('WWW.AAVE.COM')?.id).toBe('aave');
    expect(protocolForHostname('etherscan.io')).toBeUndefined();
    expect(protocolForHostname('constructor')).toBeUndefined();
    expect(protocolForHostname('__proto__')).toBeUndefined();
  });

  it('matches the well-known governance addresses', () => {
    expect(getProtocol('uniswap')?.tokens[0].address).toBe('0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984');
    expect(getProtocol('uniswap')?.governors?.[0].address).toBe('0x408ED6354d4973f66138C91495F2f2FCbd8724C3');
    expect(getProtocol('compound')?.governors?.[0].address).toBe('0xc0Da02939E1441F497fd74F78cE7Decb17B66529');
    expect(getProtocol('aave')?.tokens[0].address).toBe('0x7Fc66500c84A76Ad7e9c93437bFc5Ac33E2DDaE9');
  });
});

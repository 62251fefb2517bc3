/**
 * What a page is about, from its URL alone: a token (explorer, DEX, chart site), a protocol app,
 * a user's site rule, or nothing. Pure and synchronous; no network, no DOM.
 *
 * The content script uses ./core (lower-case addresses, no keccak); everything else uses this
 * entry, which returns checksummed addresses.
 */
import { getAddress } from 'viem';
import type { PageTarget } from './types';
import type { SiteRule } from '../settings/types';
import { detectRaw } from './core';

export { detectRaw, isKnownHost } from './core';

export function detectTarget(url: string, siteRules?: SiteRule[]): PageTarget | null {
  const t = detectRaw(url, siteRules);
  if (t?.kind !== 'token') return t;
  return { kind: 'token', chainId: t.chainId, address: getAddress(t.address) };
}

/**
 * Detection without checksums or registry data, small enough for the content script that runs
 * on every page: one Map lookup on the hostname, then a tiny path parser for that site.
 */
import type { PageTarget } from './types';
import type { SiteRule } from '../settings/types';
import { siteHost } from '../settings/siteHost';
import { protocolIdForHost } from '../protocols/hosts';
import { BLOCKSCOUT_HOSTS, ETHERSCAN_HOSTS, explorerDetector } from './explorers';
import { oneInch, pancakeswap, sushi, uniswap, veDexSwap } from './dexes';
import { dexscreener, dextools, geckoterminal } from './charts';
import type { Detector, UrlParts } from './types';
import { tokenAddress } from './address';

function buildDetectors(): Map<string, Detector> {
  const m = new Map<string, Detector>();
  for (const [host, chainId] of Object.entries({ ...ETHERSCAN_HOSTS, ...BLOCKSCOUT_HOSTS })) {
    m.set(host, explorerDetector(chainId));
  }
  m.set('app.uniswap.org', uniswap);
  m.set('pancakeswap.finance', pancakeswap);
  m.set('sushi.com', sushi);
  m.set('app.1inch.io', oneInch);
  m.set('aerodrome.finance', veDexSwap(8453));
  m.set('velodrome.finance', veDexSwap(10));
  m.set('dexscreener.com', dexscreener);
  m.set('dextools.io', dextools);
  m.set('geckoterminal.com', geckoterminal);
  return m;
}

const DETECTORS = buildDetectors();

export { siteHost };

/** True when the built-in tables know this host (the site may still match nothing on a given path). */
export function isKnownHost(hostname: string): boolean {
  const h = siteHost(hostname);
  return DETECTORS.has(h) || protocolIdForHost(h) !== undefined;
}

/** The target of the first well-formed rule for this host (stored settings may be stale or hand-edited). */
function ruleTarget(host: string, rules: readonly SiteRule[] | undefined): PageTarget | null {
  if (!Array.isArray(rules)) return null;
  for (const r of rules) {
    if (!r || typeof r.hostname !== 'string' || siteHost(r.hostname) !== host) continue;
    const t = r.target;
    if (t?.kind === 'protocol' && typeof t.protocolId === 'string' && t.protocolId) return t;
    if (t?.kind === 'token' && Number.isSafeInteger(t.chainId) && t.chainId > 0) {
      const address = tokenAddress(t.address);
      if (address) return { kind: 'token', chainId: t.chainId, address };
    }
  }
  return null;
}

/**
 * What the URL is about, with token addresses lower-cased. A user's site rule wins over the
 * built-in tables: it is the person's explicit choice for that site.
 */
export function detectRaw(url: string, siteRules?: readonly SiteRule[]): PageTarget | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = siteHost(u.hostname);
  const ruled = ruleTarget(host, siteRules);
  if (ruled) return ruled;
  const detector = DETECTORS.get(host);
  if (detector) {
    const parts: UrlParts = {
      host,
      path: u.pathname.split('/').filter(Boolean),
      query: u.searchParams,
      hash: u.hash.slice(1),
    };
    const token = detector(parts);
    if (token) return { kind: 'token', chainId: token.chainId, address: token.address };
  }
  const protocolId = protocolIdForHost(host);
  return protocolId ? { kind: 'protocol', protocolId } : null;
}

/**
 * Liquidity: can one wallet pull the pool, and is there enough in pools to sell into?
 * Without prices we measure depth as the share of circulating supply sitting in pools.
 */
import type { LiquidityPool, Report } from '../../report/types';
import type { Evidence } from '../types';
import { defineRule } from '../rule';
import { addressEv, blockEv, shareEv, sourceEv, tokensEv } from '../evidence';
import { isBurnAddress, kindPhrase, shareOf } from '../holders';
import { pct } from '../format';

function liqSource(r: Report): Evidence[] {
  return [blockEv(r), sourceEv(r, 'liquidity', 'rpc', true)];
}

function poolName(p: LiquidityPool): string {
  const version = p.version.toUpperCase();
  const dex = p.dex.toUpperCase().includes(version) ? p.dex : `${p.dex} ${version}`;
  return `${dex} ${p.pairedWith.symbol ? `pool with ${p.pairedWith.symbol}` : 'pool'}`;
}

/** The share of LP tokens one live wallet holds; 0 when the largest holder is the burn address or a locker. */
function liveTop1(p: LiquidityPool): number {
  const lp = p.lp;
  if (!lp) return 0;
  if (isBurnAddress(lp.top1Holder)) return 0;
  // When burned/locked covers at least the top share, the top holder is most likely the burn/locker itself.
  if (lp.burnedOrLocked >= lp.top1) return 0;
  return lp.top1;
}

/**
 * Pools whose LP holders could not be read (a provider limit, a refused log range): who can pull
 * them is unknown, so silence over them is a gap. A danger found on another pool still stands.
 */
function unreadLpReason(r: Report): string | null {
  const unread = r.liquidity!.pools.filter((p) => !p.lp && p.lpError);
  if (!unread.length) return null;
  const first = unread[0]!;
  const which =
    unread.length === 1 ? `the ${poolName(first)} (${first.address})` : `${unread.length} pools, e.g. the ${poolName(first)} (${first.address})`;
  return `unknown: who holds the LP tokens of ${which} could not be read (${first.lpError}), so whether one wallet can withdraw it is not known`;
}

export const lpConcentrated = defineRule<LiquidityPool>({
  id: 'liquidity.lp-holder',
  category: 'liquidity',
  requires: ['liquidity.pools'],
  thresholds: ['lpTop1Danger'],
  quietIsUnknown: unreadLpReason,
  value: (r) => {
    const byDepth = [...r.liquidity!.pools].filter((p) => p.lp).sort((a, b) => liveTop1(b) - liveTop1(a));
    return byDepth[0] ?? null;
  },
  severityFor: (p, t) =>
    liveTop1(p) > t.lpTop1Danger ? { severity: 'danger', threshold: { name: 'lpTop1Danger', value: t.lpTop1Danger, comparison: '>' } } : null,
  title: (p, t) => `One wallet holds ${pct(p.lp!.top1, t.lpTop1Danger)} of the LP tokens of the ${poolName(p)}`,
  explanation: (p) =>
    `The LP tokens are neither burned nor locked (${pct(p.lp!.burnedOrLocked)} burned or locked): ` +
    `their holder, ${kindPhrase(p.lp!.top1Kind ?? 'unknown')}, can withdraw the pool at any moment and leave holders unable to sell.`,
  evidence: (r, p) => [
    addressEv('Pool', p.address),
    ...(p.lp!.top1Holder ? [addressEv('Largest LP holder', p.lp!.top1Holder)] : []),
    shareEv('Largest LP holder share', p.lp!.top1),
    shareEv('Burned or locked', p.lp!.burnedOrLocked),
    ...liqSource(r),
  ],
});

type Depth = { inPools: number; pools: number; largest?: LiquidityPool };

export const thinLiquidity = defineRule<Depth>({
  id: 'liquidity.thin',
  category: 'liquidity',
  requires: ['liquidity.pools'],
  thresholds: ['thinLiquidityShare'],
  value: (r) => {
    const pools = r.liquidity!.pools;
    const total = r.holders?.circulating.total ?? r.token.totalSupply;
    let sum = 0n;
    let largest: LiquidityPool | undefined;
    for (const p of pools) {
      sum += BigInt(p.reserves[0]);
      if (!largest || BigInt(p.reserves[0]) > BigInt(largest.reserves[0])) largest = p;
    }
    return { inPools: shareOf(sum.toString(), total), pools: pools.length, largest };
  },
  severityFor: (v, t) => {
    const threshold = { name: 'thinLiquidityShare', value: t.thinLiquidityShare, comparison: '<' as const };
    if (v.pools === 0) return { severity: 'info', threshold };
    return v.inPools < t.thinLiquidityShare ? { severity: 'caution', threshold } : null;
  },
  title: (v, t) =>
    v.pools === 0 ? 'No DEX pool found on this chain' : `Thin liquidity: pools hold ${pct(v.inPools, t.thinLiquidityShare)} of supply`,
  explanation: (v) =>
    v.pools === 0
      ? 'No Uniswap-style pool was found for this token here; selling may be hard or only possible elsewhere.'
      : 'Very little of the token sits in DEX pools, so a modest sale moves the price a lot.',
  evidence: (r, v) => [
    shareEv('Share of circulating supply in pools', v.inPools),
    ...(v.largest
      ? [addressEv(`Largest pool (${poolName(v.largest)})`, v.largest.address), tokensEv('Tokens in largest pool', v.largest.reserves[0])]
      : []),
    ...liqSource(r),
  ],
});

export const liquidityRules = [lpConcentrated, thinLiquidity];

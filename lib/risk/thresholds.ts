/**
 * Default rule bars. Why these numbers (see ./README.md):
 * - holderNote 5%, top10 70%, top1 50%: the bars common token checkers use (GoPlus, Token Sniffer, De.Fi).
 * - nakamoto ≤ 3: three wallets together hold a majority of circulating supply.
 * - delegatesToQuorum ≤ 3: a handful of delegates can pass a proposal on their own.
 * - timelock < 24 h: users get less than a day to exit before a passed proposal executes.
 * - LP top holder > 50%, not burned/locked: one wallet can pull most of the liquidity.
 * - younger than 7 days: most rug pulls happen in a token's first week.
 * - pools hold < 0.1% of supply: a modest sale moves the price a lot.
 * - ≤ 3 Snapshot admins: a few people can switch the voting strategy.
 */
import type { RuleThresholds } from '../settings/types';

export type Thresholds = Required<RuleThresholds>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  holderNote: 0.05,
  top10Caution: 0.7,
  top1Danger: 0.5,
  nakamotoCaution: 3,
  delegatesToQuorumCaution: 3,
  minTimelockDelay: 24 * 3600,
  lpTop1Danger: 0.5,
  youngContract: 7 * 24 * 3600,
  thinLiquidityShare: 0.001,
  snapshotAdminsCaution: 3,
};

/** Merges user bars over the defaults, ignoring values that are not finite numbers. */
export function resolveThresholds(partial?: Partial<RuleThresholds>): Thresholds {
  const out: Thresholds = { ...DEFAULT_THRESHOLDS };
  if (!partial) return out;
  for (const key of Object.keys(out) as (keyof Thresholds)[]) {
    const v = partial[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
  }
  return out;
}

/**
 * Concentration when part of the supply sits in addresses nobody saw: the seen balances measured
 * against the whole amount (seen + unseen). Top-k shares and the HHI are then lower bounds, the
 * Nakamoto coefficient an upper bound (0 when the seen holders never reach half), the Gini is of
 * the seen holders only, and there is no Lorenz curve — the risk rules turn the quiet cases into
 * "unknown" (lib/risk/rules/whales.ts).
 */
import { ratio, summarize } from '../../analytics';
import type { ConcentrationSummary } from '../../report/types';

const TOP_KS = [1, 5, 10, 20, 50, 100] as const;

export function summarizeWithUnseen(balances: readonly bigint[], unseen: bigint): ConcentrationSummary {
  const seen = summarize(balances);
  if (unseen <= 0n) return seen;
  const desc = balances.filter((b) => b > 0n).sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  const known = BigInt(seen.total);
  const total = known + unseen;
  const tops: number[] = [];
  let cum = 0n;
  let nakamoto = 0;
  let k = 0;
  for (const target of TOP_KS) {
    while (k < target && k < desc.length) {
      cum += desc[k++]!;
      if (nakamoto === 0 && cum * 2n > total) nakamoto = k;
    }
    tops.push(ratio(cum, total));
  }
  for (; nakamoto === 0 && k < desc.length;) {
    cum += desc[k++]!;
    if (cum * 2n > total) nakamoto = k;
  }
  const scale = ratio(known, total);
  const [top1, top5, top10, top20, top50, top100] = tops;
  return {
    holders: seen.holders,
    total: total.toString(),
    gini: seen.gini,
    hhi: seen.hhi * scale * scale,
    nakamoto,
    top1: top1!,
    top5: top5!,
    top10: top10!,
    top20: top20!,
    top50: top50!,
    top100: top100!,
  };
}

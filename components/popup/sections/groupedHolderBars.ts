/**
 * The top-holders chart with wallets linked by transfers drawn as one bar per cluster
 * ("20 linked wallets"), beside the holders that belong to no cluster. Shares are of the view's
 * supply (raw or circulating), from each cluster's combined balance.
 *
 * A top holder is folded into its cluster when it is among the cluster's listed members (the
 * largest 50): a holder among the top 20 overall has at most 19 larger holders anywhere, so it is
 * always among its own cluster's 20 largest — none is drawn twice.
 */
import type { ClustersSection } from '../../../lib/report/types';
import type { Bar } from '../../charts/BarChart';
import { formatInteger } from '../../common/format';
import { shareOf } from '../sectionStatus';
import type { HolderRow } from './HoldersTable';

export interface GroupedBar extends Bar {
  /** 1-based cluster number as listed under "Wallets linked by transfers"; absent for one wallet. */
  cluster?: number;
}

export function groupedHolderBars(
  rows: readonly HolderRow[],
  clusters: ClustersSection,
  viewTotal: string,
  single: (row: HolderRow) => Bar,
  amount: (balance: string) => string,
  locale?: string,
  max = 10,
): GroupedBar[] {
  const clusterOf = new Map<string, number>();
  clusters.clusters.forEach((c, k) => {
    for (const m of c.members) clusterOf.set(m.address.toLowerCase(), k);
  });
  const bars: GroupedBar[] = clusters.clusters.map((c, k) => ({
    label: `${formatInteger(c.memberCount, locale)} linked`,
    value: shareOf(c.balance, viewTotal),
    detail: `cluster ${k + 1}: ${formatInteger(c.memberCount, locale)} wallets linked by transfers, ${amount(c.balance)} together`,
    cluster: k + 1,
  }));
  for (const r of rows) if (!clusterOf.has(r.holder.address.toLowerCase())) bars.push(single(r));
  return bars.sort((a, b) => b.value - a.value).slice(0, max);
}

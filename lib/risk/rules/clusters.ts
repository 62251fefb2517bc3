/**
 * Wallets linked by transfers that together hold a whale's share: a cluster counts as one
 * whale against the same bars. Links are evidence that the wallets may act together — never a
 * claim that one person owns them — so the words stay "linked by transfers".
 */
import type { ClusterLink, HolderCluster, Report } from '../../report/types';
import type { Evidence } from '../types';
import { defineRule } from '../rule';
import { addressEv, blockEv, countEv, shareEv, sourceEv } from '../evidence';
import { pct } from '../format';

/** One transfer as evidence: hash, block, the two wallets and the amount (base units). */
export function linkEv(l: ClusterLink): Evidence {
  const what = l.kind === 'transfer' ? `${l.from} sent to ${l.to}` : `${l.to} got its first tokens from ${l.from}, as the others did in that block`;
  return { kind: 'number', label: `Transfer ${l.tx} in block ${l.block}: ${what}`, value: l.amount, unit: 'tokens' };
}

function clusterEvidence(r: Report, c: HolderCluster): Evidence[] {
  const s = r.clusters!;
  return [
    countEv('Wallets linked by transfers', c.memberCount),
    shareEv('Their combined share of circulating supply', c.share),
    countEv('Nakamoto coefficient counting each cluster as one holder', s.grouped.nakamoto),
    shareEv('Top 10 share counting each cluster as one holder', s.grouped.top10),
    ...c.members.slice(0, 10).map((m, i) => addressEv(`Linked wallet #${i + 1}`, m.address)),
    ...c.links.slice(0, 10).map(linkEv),
    countEv('Transfer logs read', s.basis.logs),
    blockEv(r),
    sourceEv(r, 'holders', 'logs'),
  ];
}

export const linkedWallets = defineRule<{ cluster: HolderCluster; top1: number }>({
  id: 'whales.linked-wallets',
  category: 'whales',
  requires: ['clusters.clusters', 'holders.circulating.top1'],
  thresholds: ['top1Danger', 'linkedWalletsShare'],
  value: (r) => (r.clusters!.clusters.length ? { cluster: r.clusters!.clusters[0]!, top1: r.holders!.circulating.top1 } : null),
  severityFor: (v, t) => {
    // One wallet alone above the bar is whales.top1's finding; the cluster adds nothing then.
    if (v.cluster.share > t.top1Danger && v.top1 <= t.top1Danger) {
      return { severity: 'danger', threshold: { name: 'top1Danger', value: t.top1Danger, comparison: '>' } };
    }
    // A cluster above this share is a caution even below the one-holder danger bar.
    if (v.cluster.share > t.linkedWalletsShare && v.top1 <= t.linkedWalletsShare) {
      return { severity: 'caution', threshold: { name: 'linkedWalletsShare', value: t.linkedWalletsShare, comparison: '>' } };
    }
    return null;
  },
  title: (v, _t, level) => `${v.cluster.memberCount} wallets linked by transfers hold ${pct(v.cluster.share, level.threshold?.value)} together`,
  explanation: (v, _t, level) =>
    `These wallets sent tokens to each other, or got their first tokens from the same sender in the same block. ` +
    `Counted as one holder they hold more than ${pct(level.threshold!.value)} of the circulating supply, ` +
    'so splitting the supply over many wallets hides a whale from the top-holder list. ' +
    'Transfers link the wallets; they do not prove one owner.',
  evidence: (r, v) => clusterEvidence(r, v.cluster),
});

export const clusterRules = [linkedWallets];

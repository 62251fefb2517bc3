import type { ClustersSection } from '../../../lib/report/types';
import { BarChart } from '../../charts/BarChart';
import { AddressLink } from '../../common/AddressLink';
import { useDisplay } from '../../common/context';
import { formatInteger, formatPercent, formatTokenAmount, truncateMiddle } from '../../common/format';
import { Truncated } from '../../common/Truncated';
import { Fact } from './Fact';

/** Wallets linked by transfers: evidence that they may act together, never a claim of one owner. */
export function ClustersList({ clusters }: { clusters: ClustersSection }) {
  const { locale, decimals } = useDisplay();
  const b = clusters.basis;
  return (
    <section class="wl-clusters" aria-label="Wallets linked by transfers">
      <h3>Wallets linked by transfers ({formatInteger(clusters.clusterCount, locale)})</h3>
      <p class="wl-muted">
        Holders that sent each other tokens, or got their first tokens from the same sender in the same block. Pools, exchanges, bridges, lockers and
        burn addresses link nobody. A link is a transfer, not proof of one owner.
      </p>
      <dl class="wl-facts">
        <Fact term="Largest holder, clusters counted as one">{formatPercent(clusters.grouped.top1, locale)}</Fact>
        <Fact term="Top 10, clusters counted as one">{formatPercent(clusters.grouped.top10, locale)}</Fact>
        <Fact term="Holders needed for a majority, clusters counted as one">{formatInteger(clusters.grouped.nakamoto, locale)}</Fact>
      </dl>
      {clusters.clusters.length ? (
        <BarChart
          bars={clusters.clusters.slice(0, 10).map((c) => ({ label: `${c.memberCount} wallets`, value: c.share }))}
          title="Clusters, share of circulating supply"
          locale={locale}
        />
      ) : (
        <p class="wl-muted">No holders are linked by transfers.</p>
      )}
      <ol>
        {clusters.clusters.map((c, i) => (
          <li key={i}>
            <details>
              <summary>
                {formatInteger(c.memberCount, locale)} wallets hold {formatPercent(c.share, locale)} together
              </summary>
              <ul>
                {c.members.map((m) => (
                  <li key={m.address}>
                    <AddressLink address={m.address} /> {formatTokenAmount(m.balance, decimals, locale, { compact: true })}
                  </li>
                ))}
                {c.memberCount > c.members.length ? <li class="wl-muted">… {formatInteger(c.memberCount - c.members.length, locale)} more</li> : null}
              </ul>
              <p>Links ({formatInteger(c.linkCount, locale)}):</p>
              <ul>
                {c.links.map((l) => (
                  <li key={l.tx + l.to}>
                    {l.kind === 'transfer'
                      ? `${truncateMiddle(l.from)} sent to ${truncateMiddle(l.to)}`
                      : `${truncateMiddle(l.to)}: first tokens from ${truncateMiddle(l.from)}`}
                    , {formatTokenAmount(l.amount, decimals, locale, { compact: true })} in block {formatInteger(l.block, locale)} · tx{' '}
                    <Truncated value={l.tx} what="transaction hash" />
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
      <p class="wl-muted">
        From {formatInteger(b.logs, locale)} Transfer logs, blocks {formatInteger(b.fromBlock, locale)}–{formatInteger(b.toBlock, locale)}
        {b.complete ? '.' : ` (incomplete: ${b.note ?? 'not every log was seen'}).`}
      </p>
    </section>
  );
}

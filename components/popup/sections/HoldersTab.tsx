import { useState } from 'preact/hooks';
import type { ClustersSection, HoldersSection, TrendSection } from '../../../lib/report/types';
import { BarChart } from '../../charts/BarChart';
import { LorenzCurve } from '../../charts/LorenzCurve';
import { AddressLink } from '../../common/AddressLink';
import { useDisplay } from '../../common/context';
import { distinctShortAddress, formatInteger, formatNumber, formatPercent, formatTokenAmount } from '../../common/format';
import { CATEGORY_LABEL, sourceLabel } from '../labels';
import { shareOf } from '../sectionStatus';
import { HoldersTable, type HolderRow } from './HoldersTable';
import { Fact } from './Fact';
import { VerifiedMark } from '../Evidence';
import { ClustersList } from './ClustersList';
import { ConcentrationTrend } from './Sparkline';
import { groupedHolderBars } from './groupedHolderBars';

type View = 'raw' | 'circulating';

/** Holder rows for a view: circulating leaves out labelled holders and re-bases the shares. */
export function holderRows(holders: HoldersSection, view: View): HolderRow[] {
  if (view === 'raw') return holders.top.map((h) => ({ holder: h, share: h.share }));
  return holders.top.filter((h) => !h.excludedAs).map((h) => ({ holder: h, share: shareOf(h.balance, holders.circulating.total) }));
}

export function HoldersTab({
  holders,
  clusters,
  trend,
  symbol,
}: {
  holders: HoldersSection;
  clusters?: ClustersSection;
  trend?: TrendSection;
  symbol?: string;
}) {
  const { locale, decimals } = useDisplay();
  const [view, setView] = useState<View>('circulating');
  const summary = holders[view];
  const clusterOf = new Map<string, number>();
  clusters?.clusters.forEach((c, k) => c.members.forEach((m) => clusterOf.set(m.address.toLowerCase(), k + 1)));
  const rows = holderRows(holders, view)
    .slice(0, 20)
    .map((r) => (clusterOf.has(r.holder.address.toLowerCase()) ? { ...r, cluster: clusterOf.get(r.holder.address.toLowerCase()) } : r));
  const excluded = holders.top.filter((h) => h.excludedAs);
  const amount = (balance: string) => `${formatTokenAmount(balance, decimals, locale)}${symbol ? ` ${symbol}` : ' tokens'}`;
  const single = (r: HolderRow) => ({
    label: r.holder.label?.name ?? distinctShortAddress(r.holder.address),
    value: r.share,
    detail: amount(r.holder.balance),
  });
  // Wallets linked by transfers are one bar each cluster, in the second chart colour and named so.
  const linked = clusters?.clusters.length ? groupedHolderBars(rows, clusters, summary.total, single, amount, locale) : undefined;
  const bars = linked ? linked.map((b) => (b.cluster ? { ...b, fill: 'var(--wl-chart-2)' } : b)) : rows.slice(0, 10).map(single);
  const chartTitle = linked ? `Top holders, linked wallets counted as one, share of ${view} supply` : `Top holders, share of ${view} supply`;
  const groupedCount = linked?.filter((b) => b.cluster).length ?? 0;
  return (
    <div class="wl-holders">
      <p class="wl-muted">
        Source: {sourceLabel(holders.source)}
        {holders.complete ? ' · every holder counted' : ' · top holders only (not every holder is known)'}
        {holders.balanceModel?.kind === 'rebasing' ? ' · rebasing token: balances change by themselves' : null}
        {holders.balanceModel?.kind === 'reflection' ? ' · fee-reflection token: balances grow with fees' : null}
        {holders.verifiedOnChain ? <VerifiedMark /> : null}
      </p>
      <div role="group" aria-label="Supply view" class="wl-toggle">
        {(['circulating', 'raw'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {v === 'raw' ? 'Raw supply' : 'Circulating supply'}
          </button>
        ))}
      </div>
      <dl class="wl-facts">
        <Fact term="Holders">{formatInteger(summary.holders, locale)}</Fact>
        <Fact term="Largest holder">{formatPercent(summary.top1, locale)}</Fact>
        <Fact term="Top 10">{formatPercent(summary.top10, locale)}</Fact>
        <Fact term="Holders needed for a majority (Nakamoto)">
          {summary.nakamoto > 0 ? formatInteger(summary.nakamoto, locale) : 'unknown (the holders we saw hold less than half)'}
        </Fact>
        <Fact term="Gini (0 equal – 1 one holder)">{formatNumber(summary.gini, locale, 3)}</Fact>
      </dl>
      <div class="wl-charts">
        {summary.lorenz?.length ? (
          <LorenzCurve points={summary.lorenz} title={`Lorenz curve, ${view} supply`} locale={locale} />
        ) : (
          <p class="wl-muted">No Lorenz curve: {holders.complete ? 'not computed' : 'the holder list is incomplete'}.</p>
        )}
        {bars.length ? <BarChart bars={bars} title={chartTitle} locale={locale} /> : null}
      </div>
      {linked ? (
        <p class="wl-muted wl-grouped-note">
          {groupedCount
            ? `In the chart, each "linked" bar (second colour) is one cluster of wallets linked by transfers, counted as one holder: ${linked
                .filter((b) => b.cluster)
                .map((b) => `cluster ${b.cluster}, ${b.label} wallets, ${formatPercent(b.value, locale)}`)
                .join('; ')}. Linked by transfers, not proof of one owner.`
            : 'No cluster of linked wallets is among the largest holders.'}
        </p>
      ) : null}
      <HoldersTable rows={rows} caption={`Top ${rows.length} holders, share of ${view} supply`} />
      {view === 'circulating' ? (
        <section class="wl-excluded" aria-label="Left out of circulating supply">
          <h3>Left out of circulating supply ({excluded.length})</h3>
          {excluded.length ? (
            <ul>
              {excluded.map((h) => (
                <li key={h.address}>
                  <AddressLink address={h.address} name={h.label?.name} /> — {CATEGORY_LABEL[h.excludedAs!] ?? h.excludedAs},{' '}
                  {formatPercent(h.share, locale)} of raw supply
                </li>
              ))}
            </ul>
          ) : (
            <p class="wl-muted">Nothing left out: no burn, pool, bridge, exchange, locker or treasury address among the top holders.</p>
          )}
        </section>
      ) : null}
      {clusters ? <ClustersList clusters={clusters} /> : null}
      {!clusters && holders.source !== 'logs' ? (
        <p class="wl-muted wl-insights-missing">
          Wallets linked by transfers and concentration over time are not computed: this list is the top holders from {sourceLabel(holders.source)},
          and both need every Transfer log of the token.
        </p>
      ) : null}
      {clusters && !trend ? (
        <p class="wl-muted wl-insights-missing">
          {clusters.basis.complete
            ? 'Concentration over time could not be computed for this report.'
            : `Concentration over time is not computed: ${clusters.basis.note ?? 'the Transfer history was not fully replayed'}.`}
        </p>
      ) : null}
      {trend ? <ConcentrationTrend trend={trend} /> : null}
      {holders.mismatches?.length ? (
        <p class="wl-note">
          The indexer disagreed with the chain for {holders.mismatches.length} address
          {holders.mismatches.length === 1 ? '' : 'es'}; the on-chain balances are used.
        </p>
      ) : null}
    </div>
  );
}

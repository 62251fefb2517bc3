import type { TrendSection } from '../../../lib/report/types';
import { useDisplay } from '../../common/context';
import { formatInteger, formatPercent } from '../../common/format';
import { Fact } from './Fact';

/** A line of 0–1 values in plain SVG; the summary is the accessible name. */
export function Sparkline({ values, title, width = 160, height = 32 }: { values: number[]; title: string; width?: number; height?: number }) {
  if (values.length < 2) return null;
  const step = width / (values.length - 1);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - Math.max(0, Math.min(1, v)) * (height - 4)).toFixed(1)}`).join(' ');
  return (
    <svg class="wl-chart wl-sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={title}>
      <title>{title}</title>
      <polyline points={points} fill="none" stroke="var(--wl-chart-1)" stroke-width="1.5" />
    </svg>
  );
}

/** Holder count and top-10 share across the token's life, with the 7-day and 30-day points. */
export function ConcentrationTrend({ trend }: { trend: TrendSection }) {
  const { locale } = useDisplay();
  const pts = trend.points;
  if (!pts.length) return null;
  const now = pts[pts.length - 1]!;
  const ago = (label: '24h' | '7d' | '30d') => pts.find((p) => p.label === label);
  const first = pts[0]!;
  const title = `Top 10 share over the token's life: from ${formatPercent(first.top10, locale)} to ${formatPercent(now.top10, locale)}`;
  return (
    <section class="wl-trend" aria-label="Concentration over time">
      <h3>Concentration over time</h3>
      <Sparkline values={pts.filter((p) => !p.label).map((p) => p.top10)} title={title} />
      <dl class="wl-facts">
        {(['7d', '30d'] as const).map((l) => {
          const p = ago(l);
          return p ? (
            <Fact key={l} term={`${l === '7d' ? '7 days' : '30 days'} ago`}>
              top 10 {formatPercent(p.top10, locale)} · {formatInteger(p.holders, locale)} holders
            </Fact>
          ) : null;
        })}
        <Fact term="Now">
          top 10 {formatPercent(now.top10, locale)} · {formatInteger(now.holders, locale)} holders
        </Fact>
      </dl>
      <p class="wl-muted">
        Replayed from {formatInteger(trend.basis.logs, locale)} Transfer logs, blocks {formatInteger(trend.basis.fromBlock, locale)}–
        {formatInteger(trend.basis.toBlock, locale)}; shares of the supply outside pools, burn and labelled addresses.
        {trend.basis.complete ? '' : ` Incomplete: ${trend.basis.note ?? 'not every log was seen'}.`}
      </p>
    </section>
  );
}

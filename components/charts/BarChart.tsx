import { formatPercent } from '../common/format';

export interface Bar {
  label: string;
  /** 0–1. */
  value: number;
}

interface Props {
  bars: Bar[];
  title: string;
  locale?: string;
  width?: number;
}

const ROW = 16;
const LABEL_W = 92;
const VALUE_W = 44;

/** Horizontal bars of shares, in plain SVG; labels are SVG text nodes (never markup). */
export function BarChart({ bars, title, locale, width = 340 }: Props) {
  const max = Math.max(0.0001, ...bars.map((b) => b.value));
  const barW = width - LABEL_W - VALUE_W;
  const height = bars.length * ROW + 4;
  const summary = `${title}: ${bars
    .slice(0, 3)
    .map((b) => `${b.label} ${formatPercent(b.value, locale)}`)
    .join(', ')}${bars.length > 3 ? ', …' : ''}`;
  return (
    <svg class="wl-chart wl-bars" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={summary}>
      <title>{summary}</title>
      {bars.map((b, i) => {
        const top = i * ROW + 2;
        const label = b.label.length > 14 ? `${b.label.slice(0, 13)}…` : b.label;
        return (
          <g key={i}>
            <text x={LABEL_W - 4} y={top + 11} text-anchor="end" font-size="10" fill="var(--wl-text)">
              {label}
            </text>
            <rect x={LABEL_W} y={top + 1} width={Math.max(1, (b.value / max) * barW)} height={ROW - 4} fill="var(--wl-chart-1)" rx="2">
              <title>{`${b.label}: ${formatPercent(b.value, locale)}`}</title>
            </rect>
            <text x={width - 2} y={top + 11} text-anchor="end" font-size="10" fill="var(--wl-text)">
              {formatPercent(b.value, locale)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

import { formatPercent } from '../common/format';

interface Props {
  /** [cumulative share of holders, cumulative share of supply], poorest first, 0–1. */
  points: [number, number][];
  title: string;
  locale?: string;
  size?: number;
}

const PAD = 34;
const TOP = 20;

/** Share of supply held by the poorest `x` of holders, read off the curve. */
export function shareHeldByPoorest(points: [number, number][], x: number): number {
  let prev: [number, number] = [0, 0];
  for (const p of points) {
    if (p[0] >= x) {
      const span = p[0] - prev[0];
      return span <= 0 ? p[1] : prev[1] + ((x - prev[0]) / span) * (p[1] - prev[1]);
    }
    prev = p;
  }
  return prev[1];
}

/**
 * Lorenz curve in plain SVG: the further the curve sags below the diagonal, the more the supply
 * sits with a few holders. The accessible name says the one fact the picture shows.
 */
export function LorenzCurve({ points, title, locale, size = 220 }: Props) {
  const inner = size - PAD - TOP;
  const x = (v: number) => PAD + v * inner;
  const y = (v: number) => TOP + (1 - v) * inner;
  const ticks = [0, 0.5, 1];
  const clean = points.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
  const withEnds: [number, number][] = [[0, 0], ...clean, [1, 1]];
  const path = withEnds.map(([a, b], i) => `${i ? 'L' : 'M'}${x(a).toFixed(1)},${y(b).toFixed(1)}`).join(' ');
  const rest = 1 - shareHeldByPoorest(clean, 0.9);
  const summary = `${title}: the top 10% of holders own ${formatPercent(rest, locale)} of the supply`;
  return (
    <svg class="wl-chart wl-lorenz" viewBox={`0 0 ${size} ${size}`} width={size} height={size} role="img" aria-label={summary}>
      <title>{summary}</title>
      <text x={size / 2} y={12} text-anchor="middle" font-size="11" font-weight="600" fill="var(--wl-text)">
        Who holds the supply
      </text>
      <rect x={x(0)} y={y(1)} width={inner} height={inner} fill="none" stroke="var(--wl-border)" />
      {ticks.map((t) => (
        <g key={t}>
          <text x={x(t)} y={y(0) + 11} text-anchor="middle" font-size="9" fill="var(--wl-muted)">
            {formatPercent(t, locale)}
          </text>
          <text x={x(0) - 3} y={y(t) + 3} text-anchor="end" font-size="9" fill="var(--wl-muted)">
            {formatPercent(t, locale)}
          </text>
        </g>
      ))}
      <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} stroke="var(--wl-muted)" stroke-dasharray="4 3" />
      <text x={x(0.42)} y={y(0.5)} font-size="9" fill="var(--wl-muted)" transform={`rotate(-45 ${x(0.42)} ${y(0.5)})`}>
        equal shares
      </text>
      <path d={path} fill="none" stroke="var(--wl-chart-1)" stroke-width="2.5" />
      <text x={x(0.5)} y={size - 2} text-anchor="middle" font-size="9" fill="var(--wl-muted)">
        holders, smallest first →
      </text>
      <text x={8} y={y(0.5)} text-anchor="middle" font-size="9" fill="var(--wl-muted)" transform={`rotate(-90 8 ${y(0.5)})`}>
        share of supply →
      </text>
    </svg>
  );
}

import { useState } from 'preact/hooks';
import { formatPercent } from '../common/format';

export interface Bar {
  label: string;
  /** 0–1. */
  value: number;
  /** The amount behind the share ("520,000,000 EGT"), shown on hover and focus. */
  detail?: string;
  /** Bar colour (a theme variable); the label must say what a colour means, never the colour alone. */
  fill?: string;
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

const AXIS_H = 14;

/**
 * Horizontal bars of shares on a fixed 0–100% scale (a 5% holder never looks like a whale because
 * it is the largest bar), in plain SVG; labels are SVG text nodes (never markup). Each bar is
 * focusable and named; hovering or focusing it shows its full label, share and amount below the chart.
 */
export function BarChart({ bars, title, locale, width = 340 }: Props) {
  // The hovered bar wins while the pointer is on one; otherwise the focused bar stays described.
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const active = hovered ?? focused;
  const describe = (b: Bar) => `${b.label}: ${formatPercent(b.value, locale)}${b.detail ? ` (${b.detail})` : ''}`;
  const barW = width - LABEL_W - VALUE_W;
  const rows = bars.length * ROW + 4;
  const height = rows + AXIS_H;
  const ticks = [0, 0.5, 1];
  const summary = `${title}: ${bars
    .slice(0, 3)
    .map((b) => `${b.label} ${formatPercent(b.value, locale)}`)
    .join(', ')}${bars.length > 3 ? ', …' : ''}`;
  return (
    <figure class="wl-bar-chart">
      <svg class="wl-chart wl-bars" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-label={summary}>
        {ticks.map((t) => (
          <g key={`t${t}`}>
            <line
              x1={LABEL_W + t * barW}
              y1={0}
              x2={LABEL_W + t * barW}
              y2={rows}
              stroke="var(--wl-border)"
              stroke-dasharray={t ? '2 2' : undefined}
            />
            <text
              x={LABEL_W + t * barW}
              y={rows + 11}
              text-anchor={t === 0 ? 'start' : t === 1 ? 'end' : 'middle'}
              font-size="9"
              fill="var(--wl-muted)"
            >
              {formatPercent(t, locale)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const top = i * ROW + 2;
          const label = b.label.length > 14 ? `${b.label.slice(0, 13)}…` : b.label;
          return (
            <g
              key={i}
              class="wl-bar"
              role="img"
              tabindex={0}
              aria-label={describe(b)}
              onMouseEnter={() => setHovered(i)}
              onMouseLeave={() => setHovered(null)}
              onFocus={() => setFocused(i)}
              onBlur={() => setFocused(null)}
            >
              {/* A path, not a rect: the hover/focus area spans the row without being one of the bars. */}
              <path d={`M0 ${top}h${width}v${ROW}h-${width}z`} fill="transparent" class="wl-bar-hit" />
              <text x={LABEL_W - 4} y={top + 11} text-anchor="end" font-size="10" fill="var(--wl-text)">
                {label}
              </text>
              <rect
                x={LABEL_W}
                y={top + 1}
                width={Math.max(1, Math.min(1, Math.max(0, b.value)) * barW)}
                height={ROW - 4}
                fill={b.fill ?? 'var(--wl-chart-1)'}
                rx="2"
              />
              <text x={width - 2} y={top + 11} text-anchor="end" font-size="10" fill="var(--wl-text)">
                {formatPercent(b.value, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="wl-bar-tip" aria-hidden="true">
        {active !== null && bars[active] ? describe(bars[active]!) : 'Hover or focus a bar for its amount.'}
      </figcaption>
    </figure>
  );
}

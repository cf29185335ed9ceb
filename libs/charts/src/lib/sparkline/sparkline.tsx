import { useMemo } from 'react';
import type { ScaleKind } from '../series';
import { chartTheme, type ChartTheme } from '../theme';
import { sparklineGeometry, type SparkPoint } from './sparkline-geometry';

export interface SparklineProps {
  points: readonly SparkPoint[];
  scale?: ScaleKind;
  /** Drawing units; the SVG scales to its box keeping this ratio. */
  width?: number;
  height?: number;
  /** Accessible name when used on its own; inside a `ChartFrame` the frame names it. */
  label?: string;
  theme?: ChartTheme;
}

/**
 * A small line of a series' shape, hand-drawn in SVG (no chart library, so the overview stays
 * light). Gaps break the line and are marked by a dashed tick, never drawn as zero; the latest
 * figure is a ring, so it does not depend on color.
 */
export function Sparkline({
  points,
  scale = 'linear',
  width = 160,
  height = 40,
  label,
  theme = chartTheme,
}: SparklineProps) {
  const padding = 4;
  const geometry = useMemo(
    () => sparklineGeometry(points, { width, height, padding }, scale),
    [points, width, height, scale],
  );
  const a11y = label
    ? ({ role: 'img', 'aria-label': label } as const)
    : ({ 'aria-hidden': true } as const);
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} focusable="false" {...a11y}>
      {geometry.gaps.map((gap) => (
        <line
          key={gap.key}
          className="sparkline__gap"
          data-key={gap.key}
          x1={gap.x}
          x2={gap.x}
          y1={padding / 2}
          y2={height - padding / 2}
          stroke={theme.withheld}
          strokeWidth={1.5}
          strokeDasharray="2 2"
        />
      ))}
      {geometry.paths.map((d) => (
        <path
          key={d}
          className="sparkline__line"
          d={d}
          fill="none"
          stroke={theme.series}
          strokeWidth={2}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ))}
      {geometry.dots.map((dot) => (
        <circle key={dot.key} cx={dot.x} cy={dot.y} r={2.5} fill={theme.series} />
      ))}
      {geometry.last && (
        <circle
          className="sparkline__last"
          cx={geometry.last.x}
          cy={geometry.last.y}
          r={3.5}
          fill="#ffffff"
          stroke={theme.series}
          strokeWidth={2}
        />
      )}
    </svg>
  );
}

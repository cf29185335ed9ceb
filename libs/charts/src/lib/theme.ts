/**
 * Chart colors. The series palette is Okabe & Ito's, distinguishable with every common form of
 * color-blindness. Color never carries information alone: series also differ by dash pattern
 * and point marker, bars by fill pattern, and every chart has labels and a table.
 */
export const PALETTE = [
  '#0072B2', // blue
  '#D55E00', // vermilion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#000000', // black
] as const;

export const DASHES = ['', '6 3', '2 3', '8 3 2 3'] as const;

/** Point markers, in the order series get them. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type MarkerShape = (typeof MARKERS)[number];

/** Fill patterns for bars and areas (see `ChartPatterns`), in the order series get them. */
export const PATTERNS = ['solid', 'diagonal', 'dots', 'crosshatch', 'horizontal'] as const;
export type PatternKind = (typeof PATTERNS)[number];

export const chartTheme = {
  series: PALETTE[0],
  text: '#1f2933',
  axis: '#52606d',
  grid: '#e4e7eb',
  withheld: '#7b8794',
  tooltipBackground: '#ffffff',
  fontSize: 12,
  lineWidth: 2.5,
  dotRadius: 3.5,
} as const;

export type ChartTheme = typeof chartTheme;

export interface SeriesStyle {
  color: string;
  dash: string;
  marker: MarkerShape;
  pattern: PatternKind;
}

/**
 * How the n-th series is drawn. Color, marker and pattern all change with every series, and
 * the dash changes once the colors run out, so no two of the first 35 series look alike even
 * without color.
 */
export function seriesStyle(index: number): SeriesStyle {
  const i = Math.max(0, Math.floor(index));
  return {
    color: PALETTE[i % PALETTE.length] ?? PALETTE[0],
    dash: DASHES[Math.floor(i / PALETTE.length) % DASHES.length] ?? '',
    marker: MARKERS[i % MARKERS.length] ?? 'circle',
    pattern: PATTERNS[i % PATTERNS.length] ?? 'solid',
  };
}

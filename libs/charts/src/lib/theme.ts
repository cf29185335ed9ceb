/**
 * Chart colors. The series palette is Okabe & Ito's, distinguishable with every common form of
 * color-blindness; lines also differ by dash pattern when several share a chart.
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

export const chartTheme = {
  series: PALETTE[0],
  text: '#1f2933',
  axis: '#52606d',
  grid: '#e4e7eb',
  withheld: '#9aa5b1',
  tooltipBackground: '#ffffff',
  fontSize: 12,
  lineWidth: 2.5,
  dotRadius: 3.5,
} as const;

export type ChartTheme = typeof chartTheme;

/** Color and dash pattern of the n-th series. */
export function seriesStyle(index: number): { color: string; dash: string } {
  return {
    color: PALETTE[index % PALETTE.length] ?? PALETTE[0],
    dash: DASHES[Math.floor(index / PALETTE.length) % DASHES.length] ?? '',
  };
}

import type { ScaleKind } from '../series';

export interface SparkPoint {
  key: string;
  /** Null for a gap (withheld or not published): the line breaks there, never drops to zero. */
  value: number | null;
}

export interface SparkBox {
  width: number;
  height: number;
  /** Room kept around the line for the end marker, in the same units. */
  padding: number;
}

export interface SparkGeometry {
  /** One SVG path per run of drawable points next to each other. */
  paths: string[];
  /** Drawable points with no drawable neighbour: a path cannot show them, a dot can. */
  dots: { key: string; x: number; y: number }[];
  /** Where gaps fall along the x axis (withheld, not published, or a zero on a log scale). */
  gaps: { key: string; x: number }[];
  /** The last drawable point, marked as the current figure. */
  last: { key: string; x: number; y: number } | null;
  /** The value range the y axis spans (log10 of it on a log scale); null when nothing is drawn. */
  domain: [number, number] | null;
}

/** Rounded to a tenth, so paths stay short and the same data always gives the same string. */
const tenth = (n: number) => Math.round(n * 10) / 10;

function drawable(value: number | null, scale: ScaleKind): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (scale === 'log') return value > 0 ? Math.log10(value) : null;
  return value;
}

/**
 * Where to draw a sparkline: points evenly spaced in their order, the y axis from the lowest to
 * the highest value (so the shape of the trend shows), the line broken at every gap. A flat
 * series is drawn across the middle. On a log scale, zeros cannot be drawn and become gaps.
 */
export function sparklineGeometry(
  points: readonly SparkPoint[],
  box: SparkBox,
  scale: ScaleKind = 'linear',
): SparkGeometry {
  const { width, height, padding } = box;
  const ys = points.map((point) => drawable(point.value, scale));
  const shown = ys.filter((y): y is number => y !== null);
  const domain: [number, number] | null = shown.length
    ? [Math.min(...shown), Math.max(...shown)]
    : null;
  const innerWidth = width - 2 * padding;
  const innerHeight = height - 2 * padding;
  const x = (index: number) =>
    tenth(points.length === 1 ? width / 2 : padding + (index * innerWidth) / (points.length - 1));
  const y = (value: number) => {
    if (!domain || domain[1] === domain[0]) return tenth(height / 2);
    return tenth(padding + innerHeight * (1 - (value - domain[0]) / (domain[1] - domain[0])));
  };

  const paths: string[] = [];
  const dots: SparkGeometry['dots'] = [];
  const gaps: SparkGeometry['gaps'] = [];
  let run: { key: string; x: number; y: number }[] = [];
  const closeRun = () => {
    const [only] = run;
    if (run.length === 1 && only) dots.push(only);
    else if (run.length > 1)
      paths.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '));
    run = [];
  };
  let last: SparkGeometry['last'] = null;
  points.forEach((point, index) => {
    const value = ys[index] ?? null;
    if (value === null) {
      closeRun();
      gaps.push({ key: point.key, x: x(index) });
      return;
    }
    last = { key: point.key, x: x(index), y: y(value) };
    run.push(last);
  });
  closeRun();
  return { paths, dots, gaps, last, domain };
}

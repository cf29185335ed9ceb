import { PALETTE, PATTERNS, type MarkerShape, type PatternKind } from './theme';

/** A point marker centred on (x, y), for lines and legends: shape tells series apart. */
export function SeriesMarker({
  shape,
  x,
  y,
  size = 4,
  color,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  size?: number;
  color: string;
}) {
  const s = size;
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={s} fill={color} />;
    case 'square':
      return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} fill={color} />;
    case 'triangle':
      return <path d={`M${x} ${y - s}L${x + s} ${y + s}L${x - s} ${y + s}Z`} fill={color} />;
    case 'diamond':
      return <path d={`M${x} ${y - s}L${x + s} ${y}L${x} ${y + s}L${x - s} ${y}Z`} fill={color} />;
    case 'cross':
      return (
        <path
          d={`M${x - s} ${y - s}L${x + s} ${y + s}M${x + s} ${y - s}L${x - s} ${y + s}`}
          stroke={color}
          strokeWidth={2}
        />
      );
  }
}

/** The id of a fill pattern defined by `ChartPatterns`, for `fill="url(#…)"`. */
export const patternId = (kind: PatternKind, color: string) =>
  `candor-pattern-${kind}-${color.replace('#', '').toLowerCase()}`;

function PatternShape({ kind, color }: { kind: PatternKind; color: string }) {
  switch (kind) {
    case 'solid':
      return <rect width="8" height="8" fill={color} />;
    case 'diagonal':
      return <path d="M-2 2l4-4M0 8l8-8M6 10l4-4" stroke={color} strokeWidth="2.5" />;
    case 'dots':
      return <circle cx="4" cy="4" r="2" fill={color} />;
    case 'crosshatch':
      return <path d="M0 0l8 8M8 0l-8 8" stroke={color} strokeWidth="1.5" />;
    case 'horizontal':
      return <path d="M0 2h8M0 6h8" stroke={color} strokeWidth="2" />;
  }
}

/**
 * SVG `<defs>` with a fill pattern per kind and color, on white, so bars of different series
 * differ in texture as well as in color. Put it once inside the chart's `<svg>`.
 */
export function ChartPatterns({ colors = PALETTE }: { colors?: readonly string[] }) {
  return (
    <defs>
      {colors.flatMap((color) =>
        PATTERNS.map((kind) => (
          <pattern
            key={patternId(kind, color)}
            id={patternId(kind, color)}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
          >
            <rect width="8" height="8" fill="#ffffff" />
            <PatternShape kind={kind} color={color} />
          </pattern>
        )),
      )}
    </defs>
  );
}

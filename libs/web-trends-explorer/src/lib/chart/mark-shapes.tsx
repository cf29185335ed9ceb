import type { TrendMark } from '../model/trend-marks';

/**
 * How each kind of mark is drawn: a shape of its own (triangle, square, diamond) as well as a
 * color, so the kinds differ without color. Colors are dark enough for 3:1 against white.
 */
export const MARK_STYLE: Readonly<Record<TrendMark['kind'], { color: string }>> = {
  spike: { color: '#a63d00' },
  level_shift: { color: '#00664b' },
  annotation: { color: '#4b3b8f' },
};

/** The outline of a mark centred on (x, y), `size` from centre to edge. */
export function markPath(kind: TrendMark['kind'], x: number, y: number, size: number): string {
  const s = size;
  switch (kind) {
    case 'spike':
      return `M${x} ${y - s}L${x + s} ${y + s * 0.8}L${x - s} ${y + s * 0.8}Z`;
    case 'level_shift':
      return `M${x - s * 0.85} ${y - s * 0.85}h${s * 1.7}v${s * 1.7}h${-s * 1.7}Z`;
    case 'annotation':
      return `M${x} ${y - s}L${x + s} ${y}L${x} ${y + s}L${x - s} ${y}Z`;
  }
}

/** A mark's shape as a small picture, for the legend and the list under the chart. */
export function MarkIcon({ kind }: { kind: TrendMark['kind'] }) {
  return (
    <svg
      className="trend-mark-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={markPath(kind, 8, 8, 6)} fill={MARK_STYLE[kind].color} />
    </svg>
  );
}

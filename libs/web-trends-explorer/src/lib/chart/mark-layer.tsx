import type { KeyboardEvent } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartRow as TrendRow } from '@candor/charts';
import type { TrendMark } from '../model/trend-marks';
import { MARK_STYLE, markPath } from './mark-shapes';

/** Where a mark is drawn, in the chart's pixels, for the popup that explains it. */
export interface MarkAnchor {
  id: string;
  x: number;
  y: number;
}

export interface MarkLayerProps {
  marks: readonly TrendMark[];
  rows: readonly TrendRow[];
  activeId: string | null;
  label: (mark: TrendMark) => string;
  /** Id of the element that explains a mark in words (in the list under the chart). */
  describedBy: (mark: TrendMark) => string;
  onShow: (anchor: MarkAnchor, pinned: boolean) => void;
  /** Hides a mark's explanation: at once (`now`), or after a moment to reach the popup. */
  onHide: (id: string, now?: boolean) => void;
}

const SIZE = 7;
/** Distance of a flag's mark above its point, and between two flags of one period. */
const OFFSET = 16;
const STACK = 2 * SIZE + 4;

/**
 * The chart's marks, drawn in its coordinates: spikes as triangles and level shifts as squares
 * above their point, notes of the public log as diamonds on a rule at the top. Every
 * mark can be focused with the keyboard; focus or hover shows its explanation, Escape hides it.
 */
export function MarkLayer({
  marks,
  rows,
  activeId,
  label,
  describedBy,
  onShow,
  onHide,
}: MarkLayerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  const top = plot.y;
  const bottom = plot.y + plot.height;
  // Flags of one period stack above its point (never on the line, which comes from below at
  // a peak); at the top of the plot they stack downwards instead.
  const slots = new Map<string, number>();
  const slotOf = (mark: TrendMark) => {
    const slot = slots.get(mark.period) ?? 0;
    slots.set(mark.period, slot + 1);
    return slot;
  };

  return (
    <g className="trend-marks">
      {marks.map((mark) => {
        const x = xScale(mark.period);
        if (x === undefined || !Number.isFinite(x)) return null;
        const row = byPeriod.get(mark.period);
        const pointY =
          row?.value !== null && row?.value !== undefined ? yScale(row.value) : undefined;
        let y: number;
        if (mark.kind === 'annotation') y = top - SIZE - 4;
        else {
          const slot = slotOf(mark);
          const above = pointY !== undefined && Number.isFinite(pointY) ? pointY : top;
          y = Math.min(
            bottom - SIZE,
            Math.max(above - OFFSET - slot * STACK, top + SIZE + slot * STACK),
          );
        }
        const anchor = { id: mark.id, x, y };
        const active = activeId === mark.id;
        const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
          if (event.key === 'Escape') onHide(mark.id, true);
          else if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            if (active) onHide(mark.id, true);
            else onShow(anchor, true);
          }
        };
        return (
          <g
            key={mark.id}
            className={`trend-mark trend-mark--${mark.kind}${active ? ' trend-mark--active' : ''}`}
            data-mark={mark.kind}
            data-period={mark.period}
            role="button"
            tabIndex={0}
            aria-label={label(mark)}
            aria-describedby={describedBy(mark)}
            onFocus={() => onShow(anchor, false)}
            onBlur={() => onHide(mark.id, true)}
            onMouseEnter={() => onShow(anchor, false)}
            onMouseLeave={() => onHide(mark.id)}
            onKeyDown={onKeyDown}
          >
            {mark.kind === 'annotation' && (
              <line
                className="trend-mark__rule"
                x1={x}
                x2={x}
                y1={top}
                y2={bottom}
                stroke={MARK_STYLE.annotation.color}
                strokeDasharray="1 4"
                strokeWidth={2}
              />
            )}
            {/* A larger, invisible target, so the mark is easy to point at. */}
            <circle className="trend-mark__target" cx={x} cy={y} r={SIZE + 6} fill="transparent" />
            <circle className="trend-mark__ring" cx={x} cy={y} r={SIZE + 4} fill="none" />
            <path
              d={markPath(mark.kind, x, y, SIZE)}
              fill={MARK_STYLE[mark.kind].color}
              stroke="#ffffff"
              strokeWidth={1.5}
            />
          </g>
        );
      })}
    </g>
  );
}

import type { CSSProperties } from 'react';
import type { TrendMark } from '../model/trend-marks';
import type { MarkAnchor } from './mark-layer';
import { MarkIcon } from './mark-shapes';

/** Room the popup needs on either side of its mark before it is turned to fit the chart. */
const HALF_WIDTH = 170;

/** Where the popup goes: under a mark in the top half, over one below; kept inside the chart. */
export function popupPlacement(
  anchor: Pick<MarkAnchor, 'x' | 'y'>,
  width: number,
  height: number,
): CSSProperties {
  const below = anchor.y < height / 2;
  const horizontal =
    width > 0 && anchor.x < HALF_WIDTH
      ? '0'
      : width > 0 && anchor.x > width - HALF_WIDTH
        ? '-100%'
        : '-50%';
  return {
    left: anchor.x,
    top: below ? anchor.y + 16 : anchor.y - 16,
    transform: `translate(${horizontal}, ${below ? '0' : '-100%'})`,
  };
}

/**
 * The explanation of the focused or hovered mark, over the chart. Screen readers get the same
 * words from the list under the chart (the mark's description), so this box is for the eyes.
 */
export function MarkPopupCard({
  anchor,
  width,
  height,
  title,
  text,
  kind,
  onPointerEnter,
  onPointerLeave,
}: {
  anchor: MarkAnchor;
  width: number;
  height: number;
  title: string;
  text: string;
  kind: TrendMark['kind'];
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  return (
    <div
      className="trend-popup"
      role="tooltip"
      data-mark={kind}
      style={popupPlacement(anchor, width, height)}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <p className="trend-popup__title">
        <MarkIcon kind={kind} />
        {title}
      </p>
      <p className="trend-popup__text">{text}</p>
    </div>
  );
}

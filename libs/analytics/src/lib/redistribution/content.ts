import { type GiniBounds, type RepeatHistogramInput, giniBounds } from './gini-bounds';

/**
 * One period's `content.*` figures of one contributor or of the network (sums of
 * contributors'). An omitted figure was not measured; its indicators are null.
 */
export interface ContentFigures {
  /** content.files.reported */
  filesReported: number;
  /** content.files.known */
  filesKnown?: number;
  /** content.items.distinct */
  itemsDistinct?: number;
  /** content.files.top10 */
  filesTop10?: number;
  /** content.items.by_repeat: items per `repeat` bucket */
  itemsByRepeat?: RepeatHistogramInput;
}

export interface ContentIndicators {
  /** Known files / reported files. */
  knownShare: number | null;
  /** Reported files / distinct items. */
  filesPerItem: number | null;
  /** Files showing the 10 most repeated items / reported files. */
  top10Share: number | null;
  /** Bounds on the Gini coefficient of files per item. */
  gini: GiniBounds | null;
}

function count(name: string, value: number | undefined, max?: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  if (max !== undefined && value > max) {
    throw new RangeError(`${name} (${value}) exceeds the files reported (${max})`);
  }
  return value;
}

const ratio = (a: number | undefined, b: number): number | null =>
  a === undefined || b === 0 ? null : a / b;

export function contentIndicators(figures: ContentFigures): ContentIndicators {
  const files = count('content.files.reported', figures.filesReported) as number;
  const known = count('content.files.known', figures.filesKnown, files);
  const distinct = count('content.items.distinct', figures.itemsDistinct, files);
  const top10 = count('content.files.top10', figures.filesTop10, files);
  return {
    knownShare: ratio(known, files),
    filesPerItem: distinct === undefined || distinct === 0 ? null : files / distinct,
    top10Share: ratio(top10, files),
    gini: figures.itemsByRepeat === undefined ? null : giniBounds(figures.itemsByRepeat, files),
  };
}

import { toFlagView, type FlagView, type Granularity } from '@candor/web-public-kit';
import { periodAt, spansSeveral } from './periods';

/** A note of the public log of known reporting changes. */
export interface Annotation {
  id: string;
  metric: string | null;
  period: string;
  text: string;
}

/** A spike or level shift, marked on the chart at its period. */
export interface FlagMark {
  kind: 'spike' | 'level_shift';
  id: string;
  /** The chart period the mark stands on. */
  period: string;
  flag: FlagView;
}

/** A note of the public log, marked as a vertical rule at the chart period it starts in. */
export interface AnnotationMark {
  kind: 'annotation';
  id: string;
  period: string;
  annotation: Annotation;
  /** The note is about a longer period than one of the chart's (a year on a monthly chart). */
  spans: boolean;
}

export type TrendMark = FlagMark | AnnotationMark;

/** A published point with its flags, as `series` gives them. */
export interface FlaggedPoint {
  period: string;
  flags: readonly unknown[];
}

const KIND_ORDER: Readonly<Record<TrendMark['kind'], number>> = {
  spike: 0,
  level_shift: 1,
  annotation: 2,
};

/**
 * Spikes and level shifts of the shown periods, read from each point's flags. The release's
 * own English `text` is not used: pages explain a flag in the reader's language from its
 * numbers. A flag whose data does not hold what its kind needs is left out.
 */
export function flagMarks(
  points: readonly FlaggedPoint[],
  context: { metric: string; scope: string },
  periods: readonly string[],
): FlagMark[] {
  const shown = new Set(periods);
  return points.flatMap((point) => {
    if (!shown.has(point.period)) return [];
    return point.flags.flatMap((data): FlagMark[] => {
      const kind =
        typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : null;
      if (kind !== 'spike' && kind !== 'level_shift') return [];
      const flag = toFlagView({ kind, ...context, period: point.period, data });
      return flag ? [{ kind, id: `${kind}-${point.period}`, period: point.period, flag }] : [];
    });
  });
}

/** Notes of the public log that fall in the shown periods, at the chart period they start in. */
export function annotationMarks(
  annotations: readonly Annotation[],
  granularity: Granularity,
  periods: readonly string[],
): AnnotationMark[] {
  const shown = new Set(periods);
  return annotations.flatMap((annotation) => {
    const period = periodAt(annotation.period, granularity);
    if (!period || !shown.has(period)) return [];
    return [
      {
        kind: 'annotation' as const,
        id: `annotation-${annotation.id}`,
        period,
        annotation,
        spans: spansSeveral(annotation.period, granularity),
      },
    ];
  });
}

/** Every mark of the chart in period order, then spikes, level shifts and notes. */
export function trendMarks(
  flags: readonly FlagMark[],
  notes: readonly AnnotationMark[],
  periods: readonly string[],
): TrendMark[] {
  const order = new Map(periods.map((period, index) => [period, index]));
  return [...flags, ...notes].sort(
    (a, b) =>
      (order.get(a.period) ?? 0) - (order.get(b.period) ?? 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}

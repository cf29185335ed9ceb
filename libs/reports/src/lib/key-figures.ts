import { cellFigure } from './figures';
import { periodBefore } from './periods';
import type { ScopedRelease } from './scope';
import {
  HOTLINE_TAKEDOWN,
  redistributionFigure,
  statisticData,
  takedownHours,
  takedownShare,
} from './statistics';
import type { Figure, FigureKind, KeyFigure } from './types';

interface KeyFigureSpec {
  id: string;
  /** The metric the figure is published under (cell metric or statistic metric). */
  metric: string;
  kind: FigureKind;
  read: (release: ScopedRelease, period: string) => Figure;
}

const cellOf =
  (metric: string) =>
  (release: ScopedRelease, period: string): Figure =>
    cellFigure(release.total(metric, period));

const takedownOf = (period: string, release: ScopedRelease) =>
  statisticData(release.statistics, 'takedown', period, HOTLINE_TAKEDOWN);

/** The six figures of the public overview, in its order. */
export const KEY_FIGURES: readonly KeyFigureSpec[] = [
  {
    id: 'reports',
    metric: 'hotline.reports.received',
    kind: 'count',
    read: cellOf('hotline.reports.received'),
  },
  {
    id: 'csam',
    metric: 'hotline.reports.csam',
    kind: 'count',
    read: cellOf('hotline.reports.csam'),
  },
  {
    id: 'actioned',
    metric: 'company.content.actioned',
    kind: 'count',
    read: cellOf('company.content.actioned'),
  },
  {
    id: 'knownShare',
    metric: 'content.files.reported',
    kind: 'share',
    read: (release, period) => redistributionFigure(release.statistics, period, 'knownShare'),
  },
  {
    id: 'medianTakedown',
    metric: HOTLINE_TAKEDOWN,
    kind: 'hours',
    read: (release, period) => takedownHours(takedownOf(period, release), 'median'),
  },
  {
    id: 'removedWithin3Days',
    metric: HOTLINE_TAKEDOWN,
    kind: 'share',
    read: (release, period) => takedownShare(takedownOf(period, release), 'within72h'),
  },
];

function change(
  kind: FigureKind,
  current: Figure,
  previous: Figure | null,
): { change: number | null; changeWithheld: string | null } {
  if (!previous) return { change: null, changeWithheld: 'no_previous_period' };
  if (current.value === null) return { change: null, changeWithheld: 'current_withheld' };
  if (previous.value === null) return { change: null, changeWithheld: 'previous_withheld' };
  if (kind === 'share') return { change: current.value - previous.value, changeWithheld: null };
  if (previous.value === 0) return { change: null, changeWithheld: 'previous_zero' };
  return { change: (current.value - previous.value) / previous.value, changeWithheld: null };
}

/** Key figures for the release's last period, each against the period before when the release covers it. */
export function keyFigures(release: ScopedRelease, periods: readonly string[]): KeyFigure[] {
  const period = periods.at(-1);
  if (!period) return [];
  const before = periodBefore(period);
  const previousPeriod = before && periods.includes(before) ? before : null;
  return KEY_FIGURES.map((spec) => {
    const current = spec.read(release, period);
    const previous = previousPeriod ? spec.read(release, previousPeriod) : null;
    return {
      id: spec.id,
      metric: spec.metric,
      kind: spec.kind,
      period,
      ...current,
      previous: previous && previousPeriod ? { period: previousPeriod, ...previous } : null,
      changeKind: spec.kind === 'share' ? 'difference' : 'relative',
      ...change(spec.kind, current, previous),
    };
  });
}

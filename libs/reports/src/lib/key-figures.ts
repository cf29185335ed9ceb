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

const takedownOf = (metric: string) => (period: string, release: ScopedRelease) =>
  statisticData(release.statistics, 'takedown', period, metric);

const count = (id: string, metric: string): KeyFigureSpec => ({
  id,
  metric,
  kind: 'count',
  read: cellOf(metric),
});

const knownShare: KeyFigureSpec = {
  id: 'knownShare',
  metric: 'content.files.reported',
  kind: 'share',
  read: (release, period) => redistributionFigure(release.statistics, period, 'knownShare'),
};

/** Median takedown time and share removed within three days, of one takedown metric. */
const takedownFigures = (metric: string): KeyFigureSpec[] => [
  {
    id: 'medianTakedown',
    metric,
    kind: 'hours',
    read: (release, period) => takedownHours(takedownOf(metric)(period, release), 'median'),
  },
  {
    id: 'removedWithin3Days',
    metric,
    kind: 'share',
    read: (release, period) => takedownShare(takedownOf(metric)(period, release), 'within72h'),
  },
];

/** Whose figures a report shows: the key figures are those this audience submits. */
export type KeyFigureAudience = 'network' | 'hotline' | 'company';

/** The six figures of the public overview, in its order. */
export const KEY_FIGURES: readonly KeyFigureSpec[] = [
  count('reports', 'hotline.reports.received'),
  count('csam', 'hotline.reports.csam'),
  count('actioned', 'company.content.actioned'),
  knownShare,
  ...takedownFigures(HOTLINE_TAKEDOWN),
];

const AUDIENCE_FIGURES: Record<KeyFigureAudience, readonly KeyFigureSpec[]> = {
  network: KEY_FIGURES,
  hotline: [
    count('reports', 'hotline.reports.received'),
    count('csam', 'hotline.reports.csam'),
    count('csamUrls', 'hotline.urls.csam'),
    knownShare,
    ...takedownFigures(HOTLINE_TAKEDOWN),
  ],
  company: [
    count('cybertipline', 'company.reports.cybertipline'),
    count('actioned', 'company.content.actioned'),
    count('accounts', 'company.accounts.actioned'),
    knownShare,
    ...takedownFigures('company.takedown'),
  ],
};

export const keyFigureSpecs = (audience: KeyFigureAudience) => AUDIENCE_FIGURES[audience];

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
export function keyFigures(
  release: ScopedRelease,
  periods: readonly string[],
  audience: KeyFigureAudience = 'network',
): KeyFigure[] {
  const period = periods.at(-1);
  if (!period) return [];
  const before = periodBefore(period);
  const previousPeriod = before && periods.includes(before) ? before : null;
  return keyFigureSpecs(audience).map((spec) => {
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

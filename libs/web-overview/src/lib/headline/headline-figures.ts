import {
  NOT_PUBLISHED,
  toCell,
  type ChartCell,
  type PublishedPoint,
  type ValueKind,
} from '@candor/charts';
import type { Granularity } from '@candor/web-public-kit';
import { periodBefore, releasePeriods, yearBefore } from './release-periods';

export const HEADLINE_IDS = [
  'reports',
  'csam',
  'actioned',
  'knownShare',
  'medianTakedown',
  'removedWithin3Days',
] as const;
export type HeadlineId = (typeof HEADLINE_IDS)[number];

/** How each headline figure is measured. */
export const HEADLINE_KINDS: Readonly<Record<HeadlineId, ValueKind>> = {
  reports: 'count',
  csam: 'count',
  actioned: 'count',
  knownShare: 'share',
  medianTakedown: 'hours',
  removedWithin3Days: 'share',
};

/** The takedown distribution the headline uses: URLs hotlines notified to hosts. */
export const TAKEDOWN_METRIC = 'hotline.takedown';

/** A figure against an earlier period. */
export interface Comparison {
  period: string;
  cell: ChartCell;
  /**
   * Relative change for counts and hours (0.05 = +5 %), difference for shares (0.02 = two
   * percentage points); null when either figure is missing or the earlier count is zero.
   */
  change: number | null;
}

export interface HeadlineFigure {
  id: HeadlineId;
  kind: ValueKind;
  /** The release's latest period, which the headline is about. */
  period: string;
  current: ChartCell;
  /** Null when the release has no earlier period to compare with. */
  previous: Comparison | null;
  /** Null for yearly releases (the previous period is the year before) or when out of range. */
  yearAgo: Comparison | null;
  /** Every period of the release, gaps with their reason: what the sparkline draws. */
  points: PublishedPoint[];
}

export interface StatisticRow {
  metric?: string;
  period: string | null;
  data: unknown;
}

export interface OverviewInput {
  granularity: Granularity;
  periodFrom: string;
  periodTo: string;
  reports: readonly PublishedPoint[];
  csam: readonly PublishedPoint[];
  actioned: readonly PublishedPoint[];
  takedown: readonly StatisticRow[];
  redistribution: readonly StatisticRow[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

type CellReader = (period: string) => ChartCell;

function seriesReader(points: readonly PublishedPoint[]): CellReader {
  const byPeriod = new Map(points.map((point) => [point.period, point]));
  return (period) => {
    const point = byPeriod.get(period);
    return toCell(point?.value, point?.suppression);
  };
}

function statisticReader(
  rows: readonly StatisticRow[],
  read: (data: Record<string, unknown>) => ChartCell,
): CellReader {
  const byPeriod = new Map(rows.flatMap((row) => (row.period ? [[row.period, row.data]] : [])));
  return (period) => {
    const data = byPeriod.get(period);
    return isRecord(data) ? read(data) : { value: null, gap: NOT_PUBLISHED };
  };
}

/**
 * A takedown statistic: withheld whole when too few contributors or one dominates (with that
 * reason); the median is a gap when more than half were not removed by the longest time measured.
 */
function takedownReader(
  rows: readonly StatisticRow[],
  pick: (description: Record<string, unknown>) => ChartCell,
): CellReader {
  return statisticReader(
    rows.filter((row) => row.metric === TAKEDOWN_METRIC),
    (data) => {
      if (data['publishable'] !== true)
        return {
          value: null,
          gap: typeof data['reason'] === 'string' ? data['reason'] : NOT_PUBLISHED,
        };
      const description = data['description'];
      return isRecord(description) ? pick(description) : { value: null, gap: NOT_PUBLISHED };
    },
  );
}

const medianHours = (description: Record<string, unknown>): ChartCell => {
  const median = description['median'];
  if (!isRecord(median)) return { value: null, gap: NOT_PUBLISHED };
  if (median['kind'] === 'beyond_cutoff') return { value: null, gap: 'beyond_cutoff' };
  return toCell(num(median['point']));
};

function changeOf(kind: ValueKind, current: ChartCell, earlier: ChartCell): number | null {
  if (current.value === null || earlier.value === null) return null;
  if (kind === 'share') return current.value - earlier.value;
  return earlier.value > 0 ? (current.value - earlier.value) / earlier.value : null;
}

function compare(
  kind: ValueKind,
  read: CellReader,
  current: ChartCell,
  period: string | null,
  periods: readonly string[],
): Comparison | null {
  if (!period || !periods.includes(period)) return null;
  const cell = read(period);
  return { period, cell, change: changeOf(kind, current, cell) };
}

/**
 * The six headline figures of a release for its latest period: reports received, reports
 * confirmed as CSAM, content actioned by companies, the known-content share of files, the
 * median takedown time and the share removed within three days — each with the previous
 * period, the same period a year before, and every period of the release for its sparkline.
 */
export function headlineFigures(input: OverviewInput): HeadlineFigure[] {
  const periods = releasePeriods(input.periodFrom, input.periodTo, input.granularity);
  const period = periods.at(-1) ?? input.periodTo;
  const readers: Record<HeadlineId, CellReader> = {
    reports: seriesReader(input.reports),
    csam: seriesReader(input.csam),
    actioned: seriesReader(input.actioned),
    knownShare: statisticReader(input.redistribution, (data) => toCell(num(data['knownShare']))),
    medianTakedown: takedownReader(input.takedown, medianHours),
    removedWithin3Days: takedownReader(input.takedown, (description) =>
      toCell(num(description['within72h'])),
    ),
  };
  const previous = periodBefore(period);
  const yearAgo = input.granularity === 'year' ? null : yearBefore(period);

  return HEADLINE_IDS.map((id) => {
    const kind = HEADLINE_KINDS[id];
    const read = readers[id];
    const current = read(period);
    return {
      id,
      kind,
      period,
      current,
      previous: compare(kind, read, current, previous, periods),
      yearAgo: compare(kind, read, current, yearAgo, periods),
      points: periods.map((code) => {
        const cell = read(code);
        return { period: code, value: cell.value, suppression: cell.gap };
      }),
    };
  });
}

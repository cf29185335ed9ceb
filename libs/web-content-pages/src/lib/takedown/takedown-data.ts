import { NOT_PUBLISHED, type ChartCell, type ChartTable } from '@candor/charts';

/**
 * Takedown-time statistics as the public `takedownTimes` query gives them (written by the
 * analytics library when the release was built), read into what the page draws. A period is
 * either withheld whole, with the reason (too few contributors, or one dominates), or described
 * by shares of all notified items and by quantiles given as a time band plus an estimate.
 */

export const TAKEDOWN_METRICS = ['hotline.takedown', 'company.takedown'] as const;
export type TakedownMetric = (typeof TAKEDOWN_METRICS)[number];

export const isTakedownMetric = (code: string | null): code is TakedownMetric =>
  (TAKEDOWN_METRICS as readonly (string | null)[]).includes(code);

/**
 * A quantile: `within` a band [from, to) hours with an interpolated estimate, or beyond the
 * longest time measured (`cutoffHours` 720: "720 hours or more"; null: among items not removed).
 */
export type Quantile =
  | { kind: 'within'; from: number; to: number; point: number }
  | { kind: 'beyond_cutoff'; cutoffHours: number | null };

export interface TakedownFigures {
  notified: number;
  removed: number;
  notRemoved: number;
  within24h: number | null;
  within72h: number | null;
  within7d: number | null;
  median: Quantile | null;
  p90: Quantile | null;
}

export type TakedownPeriod =
  | { period: string; status: 'published'; figures: TakedownFigures }
  | { period: string; status: 'gap'; reason: string };

export interface StatisticRow {
  metric: string;
  period: string | null;
  data: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

function readQuantile(value: unknown): Quantile | null {
  if (!isRecord(value)) return null;
  if (value['kind'] === 'beyond_cutoff') {
    return { kind: 'beyond_cutoff', cutoffHours: num(value['cutoffHours']) };
  }
  const from = num(value['from']);
  const to = num(value['to']);
  const point = num(value['point']);
  if (value['kind'] !== 'within' || from === null || to === null || point === null) return null;
  return { kind: 'within', from, to, point };
}

type PeriodState =
  { status: 'published'; figures: TakedownFigures } | { status: 'gap'; reason: string };

/** One statistic's `data`: withheld with its reason, described, or malformed (not published). */
export function readTakedown(data: unknown): PeriodState {
  if (!isRecord(data)) return { status: 'gap', reason: NOT_PUBLISHED };
  if (data['publishable'] !== true) {
    const reason = data['reason'];
    return { status: 'gap', reason: typeof reason === 'string' && reason ? reason : NOT_PUBLISHED };
  }
  const description = data['description'];
  if (!isRecord(description)) return { status: 'gap', reason: NOT_PUBLISHED };
  const notified = num(description['notified']);
  const removed = num(description['removed']);
  const notRemoved = num(description['notRemoved']);
  if (notified === null || removed === null || notRemoved === null) {
    return { status: 'gap', reason: NOT_PUBLISHED };
  }
  return {
    status: 'published',
    figures: {
      notified,
      removed,
      notRemoved,
      within24h: num(description['within24h']),
      within72h: num(description['within72h']),
      within7d: num(description['within7d']),
      median: readQuantile(description['median']),
      p90: readQuantile(description['p90']),
    },
  };
}

/** Every period of the view for one metric; a period the release has no row for is not published. */
export function takedownPeriods(
  rows: readonly StatisticRow[],
  metric: TakedownMetric,
  periods: readonly string[],
): TakedownPeriod[] {
  const byPeriod = new Map(
    rows.flatMap((row) => (row.metric === metric && row.period ? [[row.period, row.data]] : [])),
  );
  return periods.map((period) =>
    byPeriod.has(period)
      ? { period, ...readTakedown(byPeriod.get(period)) }
      : { period, status: 'gap', reason: NOT_PUBLISHED },
  );
}

/** The time bands the stacked bars show, fastest first; together they make every notified item. */
export const BAND_IDS = [
  'within_24h',
  'from_24h_to_3d',
  'from_3d_to_7d',
  'after_7d',
  'not_removed',
] as const;
export type BandId = (typeof BAND_IDS)[number];

/** The cumulative shares the line chart shows. */
export const HORIZON_IDS = ['within_24h', 'within_3d', 'within_7d'] as const;
export type HorizonId = (typeof HORIZON_IDS)[number];

/** Band edges, in hours, for labels: a band is [from, to). */
export const BAND_EDGES: Readonly<Record<BandId, { from: number | null; to: number | null }>> = {
  within_24h: { from: null, to: 24 },
  from_24h_to_3d: { from: 24, to: 72 },
  from_3d_to_7d: { from: 72, to: 168 },
  after_7d: { from: 168, to: null },
  not_removed: { from: null, to: null },
};
export const HORIZON_HOURS: Readonly<Record<HorizonId, number>> = {
  within_24h: 24,
  within_3d: 72,
  within_7d: 168,
};

/** A difference of published shares: float noise below zero is zero. */
const difference = (a: number, b: number) => Math.max(0, a - b);

/**
 * The share of all notified items in each band, from the published cumulative shares and totals
 * (no other figure is used): within 24 h; 24 h–3 days and 3–7 days as differences of the
 * cumulative shares; removed after 7 days; not removed by the cut-off. Null when a share is
 * missing or nothing was notified.
 */
export function bandShares(figures: TakedownFigures): Record<BandId, number> | null {
  const { notified, removed, notRemoved, within24h, within72h, within7d } = figures;
  if (notified <= 0 || within24h === null || within72h === null || within7d === null) return null;
  return {
    within_24h: within24h,
    from_24h_to_3d: difference(within72h, within24h),
    from_3d_to_7d: difference(within7d, within72h),
    after_7d: difference(removed / notified, within7d),
    not_removed: notRemoved / notified,
  };
}

const gapCell = (reason: string): ChartCell => ({ value: null, gap: reason });
const valueCell = (value: number | null): ChartCell =>
  value === null ? gapCell(NOT_PUBLISHED) : { value, gap: null };

interface TableText {
  keyLabel: string;
}

/**
 * A table of shares over the periods: per period the shares `read` gives, or, for a withheld
 * period or one without shares, every cell a gap with the reason.
 */
function sharesTable<Id extends string>(
  periods: readonly TakedownPeriod[],
  ids: readonly Id[],
  labels: Readonly<Record<Id, string>>,
  text: TableText,
  read: (figures: TakedownFigures) => Record<Id, number | null> | null,
): ChartTable {
  return {
    keyId: 'period',
    keyLabel: text.keyLabel,
    keyKind: 'period',
    series: ids.map((id) => ({ id, label: labels[id], kind: 'share' as const })),
    rows: periods.map((entry) => {
      const shares = entry.status === 'published' ? read(entry.figures) : null;
      const reason = entry.status === 'gap' ? entry.reason : NOT_PUBLISHED;
      return {
        key: entry.period,
        cells: Object.fromEntries(
          ids.map((id) => [id, shares ? valueCell(shares[id]) : gapCell(reason)]),
        ),
      };
    }),
  };
}

/** The stacked bars: one row per period, the five bands as shares, gaps with their reason. */
export function bandsTable(
  periods: readonly TakedownPeriod[],
  labels: Readonly<Record<BandId, string>>,
  text: TableText,
): ChartTable {
  return sharesTable(periods, BAND_IDS, labels, text, bandShares);
}

/** The line chart: the shares removed within 24 hours, 3 days and 7 days, per period. */
export function horizonsTable(
  periods: readonly TakedownPeriod[],
  labels: Readonly<Record<HorizonId, string>>,
  text: TableText,
): ChartTable {
  return sharesTable(periods, HORIZON_IDS, labels, text, (figures) =>
    figures.notified > 0
      ? { within_24h: figures.within24h, within_3d: figures.within72h, within_7d: figures.within7d }
      : null,
  );
}

/** Reason code of a quantile beyond the longest time measured, in the CSV. */
export const BEYOND_CUTOFF = 'beyond_cutoff';

const QUANTILE_COLUMNS = ['from', 'to', 'estimate'] as const;

function quantileCells(
  quantile: Quantile | null,
): Record<(typeof QUANTILE_COLUMNS)[number], ChartCell> {
  if (!quantile)
    return {
      from: gapCell(NOT_PUBLISHED),
      to: gapCell(NOT_PUBLISHED),
      estimate: gapCell(NOT_PUBLISHED),
    };
  if (quantile.kind === 'within') {
    return {
      from: valueCell(quantile.from),
      to: valueCell(quantile.to),
      estimate: valueCell(quantile.point),
    };
  }
  // Beyond the cut-off: the band's lower edge is known when it is the open last band, nothing else.
  return {
    from: quantile.cutoffHours === null ? gapCell(BEYOND_CUTOFF) : valueCell(quantile.cutoffHours),
    to: gapCell(BEYOND_CUTOFF),
    estimate: gapCell(BEYOND_CUTOFF),
  };
}

/**
 * The median and 90th percentile as the CSV gives them: per quantile the band's edges and the
 * estimate, in hours; a withheld period has every cell a gap with its reason, a quantile beyond
 * the cut-off has `beyond_cutoff` where no number is published. The page shows the same figures
 * in words, so this table only feeds the CSV, whose columns are the series ids.
 */
export function quantilesTable(periods: readonly TakedownPeriod[], text: TableText): ChartTable {
  const quantiles = ['median', 'p90'] as const;
  const columnId = (q: (typeof quantiles)[number], column: (typeof QUANTILE_COLUMNS)[number]) =>
    column === 'estimate' ? q : `${q}_${column}`;
  return {
    keyId: 'period',
    keyLabel: text.keyLabel,
    keyKind: 'period',
    series: quantiles.flatMap((q) =>
      QUANTILE_COLUMNS.map((column) => {
        const id = columnId(q, column);
        return { id, label: id, kind: 'hours' as const };
      }),
    ),
    rows: periods.map((entry) => {
      const cells: Record<string, ChartCell> = {};
      for (const q of quantiles) {
        const byColumn =
          entry.status === 'gap'
            ? {
                from: gapCell(entry.reason),
                to: gapCell(entry.reason),
                estimate: gapCell(entry.reason),
              }
            : quantileCells(entry.figures[q]);
        for (const column of QUANTILE_COLUMNS) cells[columnId(q, column)] = byColumn[column];
      }
      return { key: entry.period, cells };
    }),
  };
}

/** The latest period with a published distribution, for the sentences under the charts. */
export function latestPublished(
  periods: readonly TakedownPeriod[],
): Extract<TakedownPeriod, { status: 'published' }> | null {
  for (let i = periods.length - 1; i >= 0; i--) {
    const entry = periods[i];
    if (entry?.status === 'published') return entry;
  }
  return null;
}

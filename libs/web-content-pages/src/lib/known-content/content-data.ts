import {
  NOT_PUBLISHED,
  seriesTable,
  toCell,
  type ChartCell,
  type ChartTable,
  type PublishedPoint,
} from '@candor/charts';
import type { FlagView } from '@candor/web-public-kit';
import type { LineMark } from '../shared/plot-rows';

/**
 * Known-content indicators as the public `redistribution` query gives them (computed from the
 * published `content.*` figures when the release was built), and the figures spikes relate to.
 */

/** The two figures whose spikes the page explains. */
export const CONTENT_METRICS = ['content.files.reported', 'content.files.known'] as const;
export type ContentMetric = (typeof CONTENT_METRICS)[number];

export const isContentMetric = (code: string | null): code is ContentMetric =>
  (CONTENT_METRICS as readonly (string | null)[]).includes(code);

export interface ContentIndicators {
  knownShare: number | null;
  filesPerItem: number | null;
  top10Share: number | null;
  /** Bounds on the Gini coefficient of files per item; null when not published. */
  gini: { lower: number; upper: number } | null;
}

export interface IndicatorRow {
  period: string | null;
  data: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** One period's indicators; null when the data is not an object. Missing parts are null. */
export function readIndicators(data: unknown): ContentIndicators | null {
  if (!isRecord(data)) return null;
  const gini = isRecord(data['gini']) ? data['gini'] : null;
  const lower = gini ? num(gini['lower']) : null;
  const upper = gini ? num(gini['upper']) : null;
  return {
    knownShare: num(data['knownShare']),
    filesPerItem: num(data['filesPerItem']),
    top10Share: num(data['top10Share']),
    gini: lower !== null && upper !== null ? { lower, upper } : null,
  };
}

type IndicatorKey = 'knownShare' | 'top10Share' | 'filesPerItem' | 'giniLower' | 'giniUpper';

function indicatorReader(rows: readonly IndicatorRow[]) {
  const byPeriod = new Map(
    rows.flatMap((row) => (row.period ? [[row.period, readIndicators(row.data)] as const] : [])),
  );
  return (period: string, key: IndicatorKey): ChartCell => {
    const indicators = byPeriod.get(period);
    if (!indicators) return { value: null, gap: NOT_PUBLISHED };
    if (key === 'giniLower') return toCell(indicators.gini?.lower);
    if (key === 'giniUpper') return toCell(indicators.gini?.upper);
    return toCell(indicators[key]);
  };
}

function indicatorTable(
  rows: readonly IndicatorRow[],
  periods: readonly string[],
  keyLabel: string,
  series: readonly { id: string; key: IndicatorKey; label: string; kind: 'share' | 'ratio' }[],
): ChartTable {
  const read = indicatorReader(rows);
  return {
    keyId: 'period',
    keyLabel,
    keyKind: 'period',
    series: series.map(({ id, label, kind }) => ({ id, label, kind })),
    rows: periods.map((period) => ({
      key: period,
      cells: Object.fromEntries(series.map(({ id, key }) => [id, read(period, key)])),
    })),
  };
}

export interface IndicatorTables {
  /** Known-content share and top-10 share of files. */
  shares: ChartTable;
  filesPerItem: ChartTable;
  /** Null when no period has Gini bounds, so the page draws no empty chart for them. */
  gini: ChartTable | null;
}

/** The indicator charts' tables, one row per period of the view; a period without data is a gap. */
export function indicatorTables(
  rows: readonly IndicatorRow[],
  periods: readonly string[],
  labels: {
    keyLabel: string;
    known: string;
    top10: string;
    perItem: string;
    giniLower: string;
    giniUpper: string;
  },
): IndicatorTables {
  const gini = indicatorTable(rows, periods, labels.keyLabel, [
    { id: 'gini_lower', key: 'giniLower', label: labels.giniLower, kind: 'ratio' },
    { id: 'gini_upper', key: 'giniUpper', label: labels.giniUpper, kind: 'ratio' },
  ]);
  const hasGini = gini.rows.some((row) => row.cells['gini_lower']?.value != null);
  return {
    shares: indicatorTable(rows, periods, labels.keyLabel, [
      { id: 'known_share', key: 'knownShare', label: labels.known, kind: 'share' },
      { id: 'top10_share', key: 'top10Share', label: labels.top10, kind: 'share' },
    ]),
    filesPerItem: indicatorTable(rows, periods, labels.keyLabel, [
      { id: 'files_per_item', key: 'filesPerItem', label: labels.perItem, kind: 'ratio' },
    ]),
    gini: hasGini ? gini : null,
  };
}

/** CSV column of each content figure. */
export const FILE_SERIES: Readonly<Record<ContentMetric, string>> = {
  'content.files.reported': 'files_reported',
  'content.files.known': 'files_known',
};

/**
 * Files reported and files of known content, one row per period, withheld points as gaps with
 * their reason: the chart on which spikes are marked.
 */
export function filesTable(
  series: Readonly<Record<ContentMetric, readonly PublishedPoint[]>>,
  periods: readonly string[],
  labels: { keyLabel: string } & Readonly<Record<ContentMetric, string>>,
): ChartTable {
  const tables = CONTENT_METRICS.map((metric) =>
    seriesTable(
      series[metric],
      { id: FILE_SERIES[metric], label: labels[metric], kind: 'count' },
      { keyLabel: labels.keyLabel, periods },
    ),
  );
  return {
    keyId: 'period',
    keyLabel: labels.keyLabel,
    keyKind: 'period',
    series: tables.flatMap((table) => table.series),
    rows: periods.map((period, index) => ({
      key: period,
      cells: Object.assign({}, ...tables.map((table) => table.rows[index]?.cells ?? {})),
    })),
  };
}

/**
 * Where the chart marks spikes: on the line of the figure they belong to, at its published
 * value. Level shifts are explained in words but not marked; a spike in a period the chart has
 * no figure for is not marked either.
 */
export function spikeMarks(
  flags: readonly FlagView[],
  metric: ContentMetric,
  table: ChartTable,
): LineMark[] {
  const seriesId = FILE_SERIES[metric];
  const rows = new Map(table.rows.map((row) => [row.key, row]));
  return flags.flatMap((flag) => {
    if (flag.kind !== 'spike' || flag.metric !== metric) return [];
    const value = rows.get(flag.period)?.cells[seriesId]?.value;
    return value === null || value === undefined ? [] : [{ key: flag.period, seriesId, value }];
  });
}

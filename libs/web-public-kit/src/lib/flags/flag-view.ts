/**
 * A spike or level shift as the public `spikes` query gives it (`data` written by the analytics
 * library when the release was built), read into the numbers a page builds its own sentences
 * from, in the reader's language. Malformed rows are skipped rather than shown half-right.
 */

export interface FlagBase {
  metric: string;
  scope: string;
  period: string;
  /** A new contributor joined in this period: a break in the series, not a finding. */
  breakInSeries: boolean;
}

export interface SpikeView extends FlagBase {
  kind: 'spike';
  observed: number;
  expected: number;
  /** Top of the normal range. */
  upper: number;
  /** Rise against the expected level (0.46 = +46 %); null when about zero was expected. */
  increase: number | null;
  /** Share of the rise in files that is re-shared known content, clamped to 0–1. */
  knownShare: number | null;
  /** What the next period did. */
  next: { period: string; status: 'returned' | 'still_above' } | null;
}

export interface LevelShiftView extends FlagBase {
  kind: 'level_shift';
  /**
   * Where the level went, from `before` to `after`. The analytics' own `direction` is against
   * the earlier trend, so a level can rise while its `direction` says `down` (rising less than
   * the trend); the public sentence says what a reader sees.
   */
  moved: 'up' | 'down';
  before: number;
  after: number;
  /** Relative change of the level (−0.2 = −20 %); null when the level before was about zero. */
  change: number | null;
}

export type FlagView = SpikeView | LevelShiftView;

export interface FlagRow {
  kind: string;
  metric: string;
  scope?: string | null;
  period: string | null;
  data: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const str = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
/** Percent (46.2) to ratio (0.462). */
const ratio = (percent: unknown) => {
  const value = num(percent);
  return value === null ? null : value / 100;
};

function nextOf(value: unknown): SpikeView['next'] {
  if (!isRecord(value)) return null;
  const period = str(value['period']);
  const status = value['status'];
  return period && (status === 'returned' || status === 'still_above') ? { period, status } : null;
}

/** One row of `spikes` as a flag; null when its data does not hold what the kind needs. */
export function toFlagView(row: FlagRow): FlagView | null {
  const data = row.data;
  if (!isRecord(data)) return null;
  const period = row.period ?? str(data['period']);
  if (!period) return null;
  const base: FlagBase = {
    metric: row.metric,
    scope: row.scope ?? 'network',
    period,
    breakInSeries: data['breakInSeries'] === true,
  };
  if (row.kind === 'spike') {
    const observed = num(data['observed']);
    const expected = num(data['expected']);
    const upper = num(data['upper']);
    if (observed === null || expected === null || upper === null) return null;
    const known = num(data['knownShareOfIncrease']);
    return {
      kind: 'spike',
      ...base,
      observed,
      expected,
      upper,
      increase: ratio(data['increasePct']),
      knownShare: known === null ? null : Math.min(1, Math.max(0, known)),
      next: nextOf(data['next']),
    };
  }
  if (row.kind === 'level_shift') {
    const before = num(data['before']);
    const after = num(data['after']);
    if (before === null || after === null) return null;
    return {
      kind: 'level_shift',
      ...base,
      moved: after >= before ? 'up' : 'down',
      before,
      after,
      change: ratio(data['changePct']),
    };
  }
  return null;
}

/**
 * Flags newest period first (as the API orders them), then by metric; malformed rows dropped,
 * at most `limit`.
 */
export function toFlagViews(rows: readonly FlagRow[], limit = Infinity): FlagView[] {
  return rows
    .map(toFlagView)
    .filter((flag): flag is FlagView => flag !== null)
    .sort((a, b) =>
      a.period === b.period ? a.metric.localeCompare(b.metric) : a.period > b.period ? -1 : 1,
    )
    .slice(0, limit);
}

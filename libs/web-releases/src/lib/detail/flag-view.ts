/**
 * A spike or level-shift statistic, read from its JSON `data` (written by the analytics library
 * at build time) into the fields a page builds its own sentences from. Malformed rows are skipped
 * rather than shown half-right.
 */
export type FlagView =
  | {
      kind: 'spike';
      metric: string;
      period: string;
      observed: number;
      expected: number;
      upper: number;
      /** Relative rise against the expected level (0.46 = +46 %), null when ~0 was expected. */
      increase: number | null;
      /** Share of the rise in files that is known content (0–1). */
      knownShare: number | null;
      next: { period: string; status: 'returned' | 'still_above' } | null;
      breakInSeries: boolean;
      /** The English sentence published with the flag. */
      text: string | null;
    }
  | {
      kind: 'level_shift';
      metric: string;
      period: string;
      direction: 'up' | 'down';
      before: number;
      after: number;
      /** Relative change (−0.2 = −20 %), null when the level before was ~0. */
      change: number | null;
      breakInSeries: boolean;
      text: string | null;
    };

export interface StatisticRow {
  kind: string;
  metric: string;
  period: string | null;
  data: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
/** Percent (46.2) to ratio (0.462). */
const ratio = (percent: unknown) => {
  const value = num(percent);
  return value === null ? null : value / 100;
};

function nextOf(value: unknown): Extract<FlagView, { kind: 'spike' }>['next'] {
  if (!isRecord(value)) return null;
  const period = str(value['period']);
  const status = value['status'];
  return period && (status === 'returned' || status === 'still_above') ? { period, status } : null;
}

export function toFlagView(row: StatisticRow): FlagView | null {
  const data = row.data;
  const period = row.period ?? (isRecord(data) ? str(data['period']) : null);
  if (!isRecord(data) || !period) return null;
  const common = {
    metric: row.metric,
    period,
    breakInSeries: data['breakInSeries'] === true,
    text: str(data['text']),
  };
  if (row.kind === 'spike') {
    const observed = num(data['observed']);
    const expected = num(data['expected']);
    const upper = num(data['upper']);
    if (observed === null || expected === null || upper === null) return null;
    return {
      kind: 'spike',
      ...common,
      observed,
      expected,
      upper,
      increase: ratio(data['increasePct']),
      knownShare: num(data['knownShareOfIncrease']),
      next: nextOf(data['next']),
    };
  }
  if (row.kind === 'level_shift') {
    const direction = data['direction'];
    const before = num(data['before']);
    const after = num(data['after']);
    if ((direction !== 'up' && direction !== 'down') || before === null || after === null)
      return null;
    return {
      kind: 'level_shift',
      ...common,
      // Detected against the trend, the level can move the other way: say where it went.
      direction: after >= before ? 'up' : 'down',
      before,
      after,
      change: ratio(data['changePct']),
    };
  }
  return null;
}

/** Flags in the order a reviewer reads them: by period, then metric; malformed rows dropped. */
export function toFlagViews(rows: readonly StatisticRow[]): FlagView[] {
  return rows
    .map(toFlagView)
    .filter((f): f is FlagView => f !== null)
    .sort((a, b) =>
      a.period === b.period ? a.metric.localeCompare(b.metric) : a.period < b.period ? -1 : 1,
    );
}

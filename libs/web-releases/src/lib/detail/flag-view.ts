import {
  toFlagView as readFlag,
  type FlagRow,
  type LevelShiftView,
  type SpikeView,
} from '@candor/web-public-kit';

/**
 * A spike or level-shift statistic as the public kit reads it (the numbers a page builds its
 * own sentences from), with the English sentence published with it, which reviewers can read.
 * Malformed rows are skipped rather than shown half-right.
 */
export type FlagView = (SpikeView | LevelShiftView) & {
  /** The English sentence published with the flag. */
  text: string | null;
};

export type StatisticRow = FlagRow;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function toFlagView(row: StatisticRow): FlagView | null {
  const data = isRecord(row.data) ? row.data : {};
  const direction = data['direction'];
  // The build always writes a level shift's direction: one without it is malformed.
  if (row.kind === 'level_shift' && direction !== 'up' && direction !== 'down') return null;
  const flag = readFlag(row);
  if (!flag) return null;
  const text = data['text'];
  return { ...flag, text: typeof text === 'string' ? text : null };
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

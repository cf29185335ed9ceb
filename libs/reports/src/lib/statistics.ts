import { NOT_PUBLISHED, dataFigure, isRecord } from './figures';
import type { Figure, StatisticInput } from './types';

export const HOTLINE_TAKEDOWN = 'hotline.takedown';
export const TAKEDOWN_METRICS = [HOTLINE_TAKEDOWN, 'company.takedown'] as const;

/** The data of one statistic of a kind (and metric) for a period, if the release has it. */
export function statisticData(
  statistics: readonly StatisticInput[],
  kind: string,
  period: string,
  metric?: string,
): Record<string, unknown> | undefined {
  const found = statistics.find(
    (s) => s.kind === kind && s.period === period && (metric === undefined || s.metric === metric),
  );
  return found && isRecord(found.data) ? found.data : undefined;
}

/** Why a takedown distribution is withheld whole (too few contributors, dominance), or null. */
export function takedownWithheld(data: Record<string, unknown> | undefined): string | null {
  if (!data) return NOT_PUBLISHED;
  if (data['publishable'] !== true)
    return typeof data['reason'] === 'string' ? data['reason'] : NOT_PUBLISHED;
  return isRecord(data['description']) ? null : NOT_PUBLISHED;
}

/** A share of a takedown description (`within72h`…), withheld with the distribution. */
export function takedownShare(data: Record<string, unknown> | undefined, key: string): Figure {
  const withheld = takedownWithheld(data);
  if (withheld) return { value: null, withheld };
  return dataFigure((data?.['description'] as Record<string, unknown>)[key]);
}

/** A takedown quantile in hours: a gap when it lies beyond the longest time measured. */
export function takedownHours(data: Record<string, unknown> | undefined, key: string): Figure {
  const withheld = takedownWithheld(data);
  if (withheld) return { value: null, withheld };
  const quantile = (data?.['description'] as Record<string, unknown>)[key];
  if (!isRecord(quantile)) return { value: null, withheld: NOT_PUBLISHED };
  if (quantile['kind'] === 'beyond_cutoff') return { value: null, withheld: 'beyond_cutoff' };
  return dataFigure(quantile['point']);
}

/** A figure of the redistribution statistic of a period (known share, files per item…). */
export function redistributionFigure(
  statistics: readonly StatisticInput[],
  period: string,
  key: string,
): Figure {
  return dataFigure(statisticData(statistics, 'redistribution', period)?.[key]);
}

import { durationUnit, formatDuration, formatDurationRange } from '../shared/durations';
import {
  BAND_EDGES,
  BAND_IDS,
  HORIZON_HOURS,
  HORIZON_IDS,
  type BandId,
  type HorizonId,
  type Quantile,
} from './takedown-data';

/** The `duration.*` messages of the `contentPages` namespace, and the reader's locale. */
export interface DurationWords {
  locale: string;
  t: (key: DurationKey, values?: Record<string, string>) => string;
}

export type DurationKey =
  'between' | 'within' | 'after' | 'orMore' | 'moreThan' | 'beyondCutoff' | 'notRemoved';

/** A band between two edges: "3–7 days" in one unit, "24 hours to 3 days" across units. */
function bandBetween(from: number, to: number, words: DurationWords): string {
  if (durationUnit(from) === durationUnit(to)) return formatDurationRange(from, to, words.locale);
  return words.t('between', {
    from: formatDuration(from, words.locale),
    to: formatDuration(to, words.locale),
  });
}

/** Names of the stacked bands, fastest first: "Within 24 hours" … "Not removed by the cut-off". */
export function bandLabels(words: DurationWords): Record<BandId, string> {
  const duration = (hours: number) => formatDuration(hours, words.locale);
  return Object.fromEntries(
    BAND_IDS.map((id) => {
      const { from, to } = BAND_EDGES[id];
      if (from === null && to !== null) return [id, words.t('within', { duration: duration(to) })];
      if (from !== null && to !== null) return [id, bandBetween(from, to, words)];
      if (from !== null) return [id, words.t('after', { duration: duration(from) })];
      return [id, words.t('notRemoved')];
    }),
  ) as Record<BandId, string>;
}

/** Names of the cumulative shares: "Within 24 hours", "Within 3 days", "Within 7 days". */
export function horizonLabels(words: DurationWords): Record<HorizonId, string> {
  return Object.fromEntries(
    HORIZON_IDS.map((id) => [
      id,
      words.t('within', { duration: formatDuration(HORIZON_HOURS[id], words.locale) }),
    ]),
  ) as Record<HorizonId, string>;
}

export interface QuantileWords {
  /** The estimate inside the band, or what is known instead: "22.2 hours", "More than 30 days". */
  estimate: string;
  /** The band it falls in: "12–24 hours", "30 days or more", "Not removed by the cut-off". */
  band: string;
}

/**
 * A quantile in words. Beyond the longest time measured no number is given: the open last band
 * reads "more than 30 days", a quantile among items never removed "more than the cut-off".
 */
export function quantileWords(quantile: Quantile, words: DurationWords): QuantileWords {
  if (quantile.kind === 'within') {
    return {
      estimate: formatDuration(quantile.point, words.locale),
      // Published bands never span the switch from hours to days: one unit, by the lower edge.
      band: formatDurationRange(quantile.from, quantile.to, words.locale),
    };
  }
  if (quantile.cutoffHours === null) {
    return { estimate: words.t('beyondCutoff'), band: words.t('notRemoved') };
  }
  const cutoff = formatDuration(quantile.cutoffHours, words.locale);
  return {
    estimate: words.t('moreThan', { duration: cutoff }),
    band: words.t('orMore', { duration: cutoff }),
  };
}

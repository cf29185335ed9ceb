import { countryCodes, UNKNOWN } from '@candor/catalogue';
import type { Figure } from '@candor/catalogue';
import type { Random } from '../random';
import { jitter, splitLargestRemainder, sum } from '../split';

/** Weights of the values of a country dimension, in the order of `codes` (drift: per year). */
export interface CountryWeights {
  codes: string[];
  weights: number[];
  drift?: number[];
}

/**
 * A country breakdown over every ISO 3166-1 code and `unknown`, as a full submission template
 * lists them: the profile's own countries keep their weights, and every other country gets a part
 * of a long tail holding `tailShare` of the whole (for a small organization, mostly zeros).
 */
export function everyCountry<T extends CountryWeights>(
  random: Random,
  own: T,
  tailShare: number,
): T {
  const ownIndex = new Map(own.codes.map((code, i) => [code, i]));
  const codes = [...countryCodes(), UNKNOWN];
  const tail = codes.map((code) => (ownIndex.has(code) ? 0 : random.factor(1.2)));
  const scale = (sum(own.weights) * tailShare) / ((1 - tailShare) * Math.max(sum(tail), 1e-9));
  const weights = codes.map((code, i) => {
    const j = ownIndex.get(code);
    return j === undefined ? (tail[i] as number) * scale : (own.weights[j] as number);
  });
  if (!own.drift) return { ...own, codes, weights };
  const ownDrift = own.drift;
  const drift = codes.map((code) => {
    const j = ownIndex.get(code);
    return j === undefined ? random.uniform(-0.12, 0.12) : (ownDrift[j] as number);
  });
  return { ...own, codes, weights, drift };
}

/**
 * The `count` countries among `codes` with the largest weights in a breakdown over every country,
 * in the order of `codes`, with those weights.
 */
export function largestOf(
  all: CountryWeights,
  codes: readonly string[],
  count: number,
): CountryWeights {
  const index = new Map(all.codes.map((code, i) => [code, i]));
  const weightOf = (code: string) => all.weights[index.get(code) ?? -1] ?? 0;
  const chosen = new Set(
    [...codes].sort((a, b) => weightOf(b) - weightOf(a) || (a < b ? -1 : 1)).slice(0, count),
  );
  const kept = codes.filter((code) => chosen.has(code));
  return { codes: kept, weights: kept.map(weightOf) };
}

/**
 * `hotline.takedown` by `takedown_hours` × `hosting_country`: each bucket of the hotline's
 * takedown histogram split over its partner countries (a notice goes to the member hotline of
 * the hosting country), by the hotline's hosting weights there. Every cell is listed, zeros
 * included, as a full cross-table template has them; the cells add up to the buckets they refine.
 */
export function takedownByHostingCountry(
  random: Random,
  figures: readonly Figure[],
  members: CountryWeights,
): Figure[] {
  const cross: Figure[] = [];
  for (const figure of figures) {
    const bucket = figure.dimensions.takedown_hours;
    if (figure.metric !== 'hotline.takedown' || !bucket) continue;
    if (Object.keys(figure.dimensions).length !== 1) continue;
    const parts = splitLargestRemainder(figure.value, jitter(random, members.weights, 0.2));
    parts.forEach((value, i) => {
      cross.push({
        metric: figure.metric,
        dimensions: { takedown_hours: bucket, hosting_country: members.codes[i] as string },
        value,
      });
    });
  }
  return cross;
}

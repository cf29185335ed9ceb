import type { Figure } from '@candor/catalogue';
import { breakdown, codesOf, total, weightsOf } from './figures';
import { REPEAT_CODES, repeatHistogram, repeatModel } from './histograms';
import type { RepeatModel } from './histograms';
import type { Random } from './random';
import { addCounts, count, jitter, splitLargestRemainder, sum } from './split';

const CONTENT_TYPES = codesOf('content_type');
const MATCH = codesOf('match');

/** How an organization's files look: media mix, known-content shares, repetition. */
export interface ContentProfile {
  /** Weights of `content_type` values, in catalogue order. */
  typeWeights: readonly number[];
  /** Share of ordinary files matching known material, per content type, at the start. */
  knownShares: readonly number[];
  /** Share of known files matched by perceptual rather than exact hashes. */
  perceptualShare: number;
  model: RepeatModel;
}

export function randomContentProfile(
  random: Random,
  typeTable: Readonly<Record<string, number>>,
  knownTable: Readonly<Record<string, number>>,
): ContentProfile {
  return {
    typeWeights: jitter(random, weightsOf(CONTENT_TYPES, typeTable), 0.2),
    knownShares: weightsOf(CONTENT_TYPES, knownTable).map((s) =>
      Math.min(0.95, s * random.factor(0.1)),
    ),
    perceptualShare: random.uniform(0.15, 0.4),
    model: repeatModel(random.uniform(2.2, 2.6)),
  };
}

/** Viral files are re-shared known images and some videos. */
const VIRAL_TYPES = weightsOf(CONTENT_TYPES, { image: 0.8, video: 0.2, other: 0, unknown: 0 });

/** Split the viral files over a handful of items, the first the most shared. */
function viralItems(random: Random, viralFiles: number): number[] {
  if (viralFiles <= 0) return [];
  const items = Math.min(viralFiles, random.integer(3, 7));
  const weights = Array.from({ length: items }, (_, i) => random.factor(0.3) / (i + 1) ** 0.8);
  return splitLargestRemainder(viralFiles, weights).filter((n) => n > 0);
}

export interface ContentPeriod {
  /** Ordinary files expected in the period. */
  baseFiles: number;
  /** Extra files of the viral wave (all known content). */
  viralFiles: number;
  /** Years since the start of the span (hash lists grow, so known shares creep up). */
  years: number;
}

/**
 * The `content.*` figures of one period: files reported by content type, known files by content
 * type and match, distinct items by content type, items by repeat bucket, top-10 files. Known and
 * distinct never exceed reported, per content type too; the repeat histogram sums to the items.
 */
export function contentFigures(
  random: Random,
  profile: ContentProfile,
  period: ContentPeriod,
): Figure[] {
  const viral = viralItems(random, count(period.viralFiles));
  const histogram = repeatHistogram(count(period.baseFiles), profile.model, viral);
  const viralFiles = sum(viral);
  const ordinary = splitLargestRemainder(
    histogram.totalFiles - viralFiles,
    jitter(random, profile.typeWeights, 0.06),
  );
  const viralByType = splitLargestRemainder(viralFiles, VIRAL_TYPES);
  const reported = addCounts(ordinary, viralByType);
  const known = ordinary.map((files, i) => {
    const share = Math.min(0.97, (profile.knownShares[i] as number) * (1 + 0.04 * period.years));
    return Math.min(files, count(files * share * random.factor(0.04))) + (viralByType[i] as number);
  });
  const knownTotal = sum(known);
  const byMatch = splitLargestRemainder(
    knownTotal,
    jitter(random, [1 - profile.perceptualShare, profile.perceptualShare], 0.08),
  );
  // Integer weights: no content type gets more distinct items than it has files.
  const distinct = splitLargestRemainder(histogram.distinct, reported);
  return [
    total('content.files.reported', histogram.totalFiles),
    ...breakdown('content.files.reported', 'content_type', CONTENT_TYPES, reported),
    total('content.files.known', knownTotal),
    ...breakdown('content.files.known', 'content_type', CONTENT_TYPES, known),
    ...breakdown('content.files.known', 'match', MATCH, byMatch),
    total('content.items.distinct', histogram.distinct),
    ...breakdown('content.items.distinct', 'content_type', CONTENT_TYPES, distinct),
    ...breakdown('content.items.by_repeat', 'repeat', REPEAT_CODES, histogram.items),
    total('content.files.top10', histogram.top10),
  ];
}

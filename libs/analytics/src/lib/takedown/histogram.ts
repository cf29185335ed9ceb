import { NOT_REMOVED, TAKEDOWN_BUCKETS } from '@candor/catalogue';

/**
 * Takedown-time histograms with the fixed `takedown_hours` edges of the catalogue, plus
 * `not_removed`. Histograms with the same edges merge exactly by adding counts.
 */
export type TakedownBucket = (typeof TAKEDOWN_BUCKETS)[number];
export type TakedownBucketCode = TakedownBucket['code'] | typeof NOT_REMOVED;

/** A complete histogram: every bucket, counts of notified items. */
export type TakedownHistogram = Readonly<Record<TakedownBucketCode, number>>;

/** A histogram as it arrives (from figures or JSON): bucket code → count; missing means 0. */
export type TakedownHistogramInput = Readonly<Record<string, number | undefined>>;

export const TAKEDOWN_CODES: readonly TakedownBucketCode[] = [
  ...TAKEDOWN_BUCKETS.map((b) => b.code),
  NOT_REMOVED,
];

const KNOWN = new Set<string>(TAKEDOWN_CODES);

function checkCount(code: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(
      `takedown bucket ${code}: a count must be a non-negative integer, got ${value}`,
    );
  }
}

/** Checks an input histogram and fills missing buckets with 0. */
export function toTakedownHistogram(input: TakedownHistogramInput): TakedownHistogram {
  for (const code of Object.keys(input)) {
    if (!KNOWN.has(code)) throw new RangeError(`"${code}" is not a takedown_hours bucket`);
  }
  const out = {} as Record<TakedownBucketCode, number>;
  for (const code of TAKEDOWN_CODES) {
    const value = input[code] ?? 0;
    checkCount(code, value);
    out[code] = value;
  }
  return out;
}

/** Adds histograms bucket by bucket (the empty list gives the all-zero histogram). */
export function mergeTakedownHistograms(
  histograms: readonly TakedownHistogramInput[],
): TakedownHistogram {
  const out = toTakedownHistogram({}) as Record<TakedownBucketCode, number>;
  for (const h of histograms.map(toTakedownHistogram)) {
    for (const code of TAKEDOWN_CODES) out[code] += h[code];
  }
  for (const code of TAKEDOWN_CODES) {
    if (!Number.isSafeInteger(out[code])) throw new RangeError(`takedown bucket ${code} overflows`);
  }
  return out;
}

/** Every notified item, including those not removed at the cut-off. */
export function totalNotified(histogram: TakedownHistogram): number {
  return TAKEDOWN_CODES.reduce((s, code) => s + histogram[code], 0);
}

/** The bucket an exact removal time falls in (`null`: not removed). */
export function takedownBucketOf(hours: number | null): TakedownBucketCode {
  if (hours === null) return NOT_REMOVED;
  if (!(hours >= 0) || !Number.isFinite(hours)) {
    throw new RangeError(`a removal time must be finite and ≥ 0 hours, got ${hours}`);
  }
  const bucket = TAKEDOWN_BUCKETS.find((b) => hours >= b.from && hours < b.to);
  return (bucket as TakedownBucket).code;
}

/** Bins exact removal times (hours; `null` for not removed) into a histogram. */
export function histogramFromHours(
  times: readonly { hours: number | null; count?: number }[],
): TakedownHistogram {
  const out = toTakedownHistogram({}) as Record<TakedownBucketCode, number>;
  for (const { hours, count = 1 } of times) {
    checkCount(takedownBucketOf(hours), count);
    out[takedownBucketOf(hours)] += count;
  }
  return out;
}

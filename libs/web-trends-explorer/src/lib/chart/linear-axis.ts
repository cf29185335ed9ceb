/** Steps an axis may take, times a power of ten: ticks read 0, 50K, 100K … rather than 43,750. */
const NICE = [1, 2, 2.5, 5, 10];
/** Room over the highest value, for the marks that stand above it. */
const HEADROOM = 1.12;

/**
 * A linear value axis from zero: about four steps of a round size, its top far enough above
 * the highest value to leave room for marks, in whole steps (counts). Without a positive value
 * it spans zero to one.
 */
export function linearAxis(
  values: readonly (number | null)[],
  steps = 4,
): { domain: [number, number]; ticks: number[] } {
  const finite = values.filter(
    (value): value is number => value !== null && Number.isFinite(value),
  );
  const max = Math.max(0, ...finite);
  const target = max > 0 ? max * HEADROOM : 1;
  const raw = target / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  // Counts are whole numbers: no step below one.
  const step = Math.max(1, (NICE.find((nice) => nice * power >= raw) ?? 10) * power);
  const count = Math.ceil(target / step);
  const ticks = Array.from({ length: count + 1 }, (_, index) =>
    Number((index * step).toPrecision(12)),
  );
  return { domain: [0, ticks.at(-1) ?? 1], ticks };
}

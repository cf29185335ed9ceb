import type { PublishedCell } from './canonical-csv';
import { addNoise, noisyMetric, sensitivity2 } from './noise';

const cell = (over: Partial<PublishedCell>): PublishedCell => ({
  metric: 'hotline.reports.received',
  scope: 'network',
  period: '2026-01',
  dimension: null,
  dimensionValue: null,
  value: 1000,
  suppression: null,
  ...over,
});

describe('sensitivity2', () => {
  it('counts the scopes one report is in times the total and one cell per dimension', () => {
    const cells = [
      cell({}),
      cell({ dimension: 'country', dimensionValue: 'FR' }),
      cell({ dimension: 'content_type', dimensionValue: 'image' }),
      cell({ scope: 'hotlines' }),
      cell({ scope: 'companies' }),
    ];
    // network + one kind scope, each with a total and two dimensions.
    expect(sensitivity2(cells)).toBe(2 * 3);
    expect(sensitivity2([...cells, cell({ scope: 'organization:acme' })])).toBe(3 * 3);
    expect(sensitivity2([cell({})])).toBe(1);
  });
});

describe('addNoise', () => {
  const cells = Array.from({ length: 400 }, (_, i) =>
    cell({
      period: `2026-${String((i % 12) + 1).padStart(2, '0')}`,
      dimensionValue: String(i),
      dimension: 'country',
    }),
  ).concat([cell({ metric: 'hotline.urls.csam', value: 500 })]);

  it('noises only counts of reports, with σ² = Δ²/(2ρ) and the ρ split between metrics', () => {
    const { cells: noisy, metrics } = addNoise(cells, 0.5);
    expect(noisyMetric('hotline.urls.csam')).toBe(false);
    expect(metrics).toEqual([
      { metric: 'hotline.reports.received', sensitivity2: 2, sigma2: 2 / (2 * 0.5) },
    ]);
    expect(noisy.at(-1)).toEqual(cells.at(-1));
    const errors = noisy.slice(0, 400).map((c, i) => (c.value ?? 0) - (cells[i]!.value ?? 0));
    expect(errors.some((e) => e !== 0)).toBe(true);
    expect(errors.every(Number.isInteger)).toBe(true);
    // σ = √2: 400 draws have a sample variance within a wide band around 2.
    const variance = errors.reduce((sum, e) => sum + e * e, 0) / errors.length;
    expect(variance).toBeGreaterThan(1);
    expect(variance).toBeLessThan(3.5);
  });

  it('keeps withheld cells withheld and never publishes a noisy small count', () => {
    const small = [
      cell({ value: null, suppression: 'contributors' }),
      ...Array.from({ length: 200 }, (_, i) => cell({ period: `${2000 + i}-01`, value: 10 })),
    ];
    const { cells: noisy } = addNoise(small, 0.05);
    expect(noisy[0]).toEqual(small[0]);
    for (const c of noisy) {
      expect((c.value === null) !== (c.suppression === null)).toBe(true);
      if (c.value !== null) expect(c.value === 0 || c.value >= 10).toBe(true);
    }
    expect(noisy.some((c) => c.suppression === 'small_count')).toBe(true);
  });

  it('draws from the random source it is given', () => {
    // A seeded linear congruential source: the same seed gives the same noise.
    const seeded = (seed: bigint) => {
      let state = seed;
      return {
        below: (n: bigint) => {
          state = (state * 6364136223846793005n + 1442695040888963407n) % (1n << 64n);
          return (state >> 16n) % n;
        },
      };
    };
    const draw = (seed: bigint) => addNoise(cells, 0.5, seeded(seed)).cells.map((c) => c.value);
    expect(draw(7n)).toEqual(draw(7n));
    expect(draw(7n)).not.toEqual(draw(8n));
  });
});

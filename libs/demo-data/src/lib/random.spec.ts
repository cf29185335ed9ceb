import { Random, deriveSeed, randomFor } from './random';

const draw = (random: Random, n: number): number[] =>
  Array.from({ length: n }, () => random.next());

describe('Random', () => {
  it('gives the same stream for the same seed', () => {
    expect(draw(new Random(42), 20)).toEqual(draw(new Random(42), 20));
  });

  it('gives different streams for different seeds', () => {
    expect(draw(new Random(42), 20)).not.toEqual(draw(new Random(43), 20));
  });

  it('stays in [0, 1) and spreads over it', () => {
    const values = draw(new Random(7), 10000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, v) => a + v, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it('draws integers within both bounds', () => {
    const random = new Random(3);
    const values = Array.from({ length: 2000 }, () => random.integer(3, 7));
    expect(new Set(values)).toEqual(new Set([3, 4, 5, 6, 7]));
  });

  it('draws normal deviates with mean 0 and sd 1', () => {
    const random = new Random(11);
    const values = Array.from({ length: 20000 }, () => random.normal());
    const mean = values.reduce((a, v) => a + v, 0) / values.length;
    const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(Math.sqrt(variance)).toBeCloseTo(1, 1);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = new Random(5).shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
  });
});

describe('deriveSeed', () => {
  it('is a deterministic unsigned 32-bit seed per (seed, labels)', () => {
    expect(deriveSeed(1, 'hotline-nl', '2025-03')).toBe(deriveSeed(1, 'hotline-nl', '2025-03'));
    expect(deriveSeed(1, 'a')).toBeGreaterThanOrEqual(0);
    expect(deriveSeed(1, 'a')).toBeLessThan(2 ** 32);
  });

  it('differs by seed and by label', () => {
    const seeds = new Set([
      deriveSeed(1, 'hotline-nl', '2025-03'),
      deriveSeed(2, 'hotline-nl', '2025-03'),
      deriveSeed(1, 'hotline-nl', '2025-04'),
      deriveSeed(1, 'hotline-de', '2025-03'),
      deriveSeed(1, 'hotline-nl2025-03'),
    ]);
    expect(seeds.size).toBe(5);
  });

  it('backs randomFor', () => {
    expect(randomFor(9, 'x').next()).toBe(new Random(deriveSeed(9, 'x')).next());
  });
});

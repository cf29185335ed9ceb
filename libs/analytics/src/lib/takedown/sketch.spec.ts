import { DDSketch } from '@datadog/sketches-js';
import {
  addTakedownTime,
  createTakedownSketch,
  mergeTakedownSketches,
  summarizeSketch,
} from './sketch';

describe('T11: DDSketch with relative accuracy 0.05 (DataDog/sketches-js tests)', () => {
  const sketch = createTakedownSketch(0.05);
  for (let v = 0; v < 100; v++) addTakedownTime(sketch, v, 1.1);
  addTakedownTime(sketch, 100, 110);

  it('count 220 (±1e−5), sum 16445, mean 74.75', () => {
    const s = summarizeSketch(sketch);
    expect(Math.abs(s.count - 220)).toBeLessThan(1e-5);
    expect(s.sum).toBeCloseTo(16445, 6);
    expect(s.mean).toBeCloseTo(74.75, 6);
  });

  it('median within 5 % of 99', () => {
    expect(Math.abs((summarizeSketch(sketch).median as number) - 99) / 99).toBeLessThanOrEqual(
      0.05,
    );
  });
});

describe('T12: DDSketch key mapping at relative accuracy 0.01', () => {
  it('3600 h goes to bucket key 410, represented by 3605.526 (library and formula agree)', () => {
    const { mapping } = createTakedownSketch(0.01);
    const gamma = 1 + (2 * 0.01) / (1 - 0.01);
    const key = Math.ceil(Math.log(3600) / Math.log(gamma));
    const value = (2 * gamma ** key) / (1 + gamma);
    expect(mapping.key(3600)).toBe(410);
    expect(key).toBe(410);
    expect(mapping.value(410)).toBeCloseTo(3605.526, 3);
    expect(value).toBeCloseTo(3605.526, 3);
  });
});

describe('takedown sketches', () => {
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    'reject the time %p before the sketch sees it',
    (hours) => {
      const sketch = createTakedownSketch();
      expect(() => addTakedownTime(sketch, hours)).toThrow(RangeError);
      expect(sketch.count).toBe(0);
    },
  );

  it('reject a zero weight', () => {
    expect(() => addTakedownTime(createTakedownSketch(), 1, 0)).toThrow(RangeError);
  });

  it('merge into a new sketch: counts add, inputs untouched', () => {
    const a = createTakedownSketch();
    const b = createTakedownSketch();
    addTakedownTime(a, 1, 3);
    addTakedownTime(b, 100, 1);
    const merged = mergeTakedownSketches([a, b]);
    expect(merged.count).toBe(4);
    expect(a.count).toBe(3);
    expect(summarizeSketch(merged).median).toBeCloseTo(1, 1);
  });

  it('refuse sketches holding negative values (the library merge would drop them)', () => {
    const raw = new DDSketch({ relativeAccuracy: 0.01 });
    raw.accept(-5);
    expect(() => mergeTakedownSketches([createTakedownSketch(), raw])).toThrow(/negative/);
  });

  it('refuse mixed accuracies; an empty list or sketch has no summary values', () => {
    expect(() =>
      mergeTakedownSketches([createTakedownSketch(0.01), createTakedownSketch(0.05)]),
    ).toThrow(/relative accuracies/);
    expect(summarizeSketch(mergeTakedownSketches([]))).toEqual({
      count: 0,
      sum: 0,
      mean: null,
      median: null,
      p90: null,
    });
  });
});

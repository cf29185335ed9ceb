import { sparklineGeometry, type SparkPoint } from './sparkline-geometry';

const BOX = { width: 100, height: 40, padding: 4 };
const points = (...values: (number | null)[]): SparkPoint[] =>
  values.map((value, i) => ({ key: `p${i}`, value }));

describe('sparklineGeometry', () => {
  it('draws nothing for an empty series', () => {
    expect(sparklineGeometry([], BOX)).toEqual({
      paths: [],
      dots: [],
      gaps: [],
      last: null,
      domain: null,
    });
  });

  it('draws only gap marks when every point is withheld', () => {
    const geometry = sparklineGeometry(points(null, null, null), BOX);
    expect(geometry.paths).toEqual([]);
    expect(geometry.dots).toEqual([]);
    expect(geometry.last).toBeNull();
    expect(geometry.gaps).toEqual([
      { key: 'p0', x: 4 },
      { key: 'p1', x: 50 },
      { key: 'p2', x: 96 },
    ]);
  });

  it('draws one point as a dot in the middle', () => {
    const geometry = sparklineGeometry(points(42), BOX);
    expect(geometry.paths).toEqual([]);
    expect(geometry.dots).toEqual([{ key: 'p0', x: 50, y: 20 }]);
    expect(geometry.last).toEqual({ key: 'p0', x: 50, y: 20 });
  });

  it('spans the lowest to the highest value, and breaks the line at a gap', () => {
    const geometry = sparklineGeometry(points(10, 20, null, 30, 20), BOX);
    expect(geometry.domain).toEqual([10, 30]);
    expect(geometry.paths).toEqual(['M4 36 L27 20', 'M73 4 L96 20']);
    expect(geometry.gaps).toEqual([{ key: 'p2', x: 50 }]);
    expect(geometry.last).toEqual({ key: 'p4', x: 96, y: 20 });
  });

  it('draws an isolated point between gaps as a dot', () => {
    const geometry = sparklineGeometry(points(1, null, 5, null, 3), BOX);
    expect(geometry.paths).toEqual([]);
    expect(geometry.dots.map((dot) => dot.key)).toEqual(['p0', 'p2', 'p4']);
  });

  it('draws a flat series across the middle', () => {
    expect(sparklineGeometry(points(7, 7), BOX).paths).toEqual(['M4 20 L96 20']);
  });

  it('keeps huge values inside the box', () => {
    const geometry = sparklineGeometry(
      points(12_000_000, 45_000_000, Number.MAX_SAFE_INTEGER),
      BOX,
    );
    const ys = geometry.paths[0]!.split(/[ML]/)
      .filter(Boolean)
      .map((pair) => Number(pair.trim().split(' ')[1]));
    expect(geometry.domain).toEqual([12_000_000, Number.MAX_SAFE_INTEGER]);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...ys)).toBeLessThanOrEqual(36);
  });

  it('spans powers of ten evenly on a log scale, a zero becoming a gap', () => {
    const geometry = sparklineGeometry(points(10, 1000, 0, 100_000), BOX, 'log');
    expect(geometry.domain).toEqual([1, 5]);
    expect(geometry.paths).toEqual(['M4 36 L34.7 20']);
    expect(geometry.dots).toEqual([{ key: 'p3', x: 96, y: 4 }]);
    expect(geometry.gaps).toEqual([{ key: 'p2', x: 65.3 }]);
  });

  it('gives the same paths for the same points', () => {
    const series = points(3, 1, 4, 1, 5, 9, 2, 6);
    expect(sparklineGeometry(series, BOX)).toEqual(sparklineGeometry([...series], BOX));
  });
});

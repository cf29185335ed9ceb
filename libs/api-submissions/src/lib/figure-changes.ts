import { figureKey, setDimensions, type Figure } from '@candor/catalogue';

export interface FigureChange {
  metric: string;
  dimensions: { dimension: string; value: string }[];
  previous: number | null;
  current: number | null;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
}

/** Every figure of two versions side by side; changed ones first, then in figure-key order. */
export function compareFigures(
  previous: readonly Figure[],
  current: readonly Figure[],
): FigureChange[] {
  const before = new Map(previous.map((f) => [figureKey(f.metric, f.dimensions), f]));
  const after = new Map(current.map((f) => [figureKey(f.metric, f.dimensions), f]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const rank = { changed: 0, added: 1, removed: 2, unchanged: 3 } as const;
  return keys
    .map((key): FigureChange => {
      const a = before.get(key);
      const b = after.get(key);
      const figure = (b ?? a) as Figure;
      const change = !a ? 'added' : !b ? 'removed' : a.value === b.value ? 'unchanged' : 'changed';
      return {
        metric: figure.metric,
        dimensions: setDimensions(figure.dimensions).map(([dimension, value]) => ({
          dimension,
          value,
        })),
        previous: a?.value ?? null,
        current: b?.value ?? null,
        change,
      };
    })
    .sort((x, y) => rank[x.change] - rank[y.change]);
}

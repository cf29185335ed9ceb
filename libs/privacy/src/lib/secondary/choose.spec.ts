import { auditSuppression } from './audit';
import { chooseSecondarySuppression, ProtectionError, type SensitiveCell } from './choose';
import { crossTable, timeDimension, twoWayTable, withTotal } from './equations';
import { satisfiesProtection } from './protection-check';

const T6 = twoWayTable(
  ['w', 'x', 'y', 'z'],
  ['a', 'b', 'c', 'd'],
  [
    [30, 47, 64, 89],
    [90, 124, 5, 31],
    [92, 100, 59, 85],
    [800, 991, 651, 685],
  ],
);
const valueOf = (id: string): number => T6.cells.find((cell) => cell.id === id)?.value ?? NaN;
const sensitive = (upper: number, width = 1): SensitiveCell => ({
  protection: { upper, lower: upper, width },
});

describe('chooseSecondarySuppression', () => {
  it('protects one sensitive cell with a rectangle of secondary suppressions', () => {
    const plan = chooseSecondarySuppression(T6, new Map([['x|c', sensitive(3)]]));
    expect(plan.secondary.size).toBe(3);
    expect(plan.suppressed.has('x|c')).toBe(true);
    for (const [id, interval] of plan.intervals) {
      expect(interval.upper).toBeGreaterThan(interval.lower);
      expect(satisfiesProtection(interval, valueOf(id), { upper: 0, lower: 0, width: 1 })).toBe(
        true,
      );
    }
    const xc = plan.intervals.get('x|c');
    expect(xc?.upper).toBeGreaterThanOrEqual(8);
    expect(xc?.lower).toBeLessThanOrEqual(2);
  });

  it('repairs the T6 pattern: no suppressed cell is disclosed', () => {
    const primary = new Map(
      ['w|a', 'w|b', 'w|c', 'x|a', 'x|c', 'y|b', 'y|d', 'z|b', 'z|d'].map((id) => [
        id,
        sensitive(0),
      ]),
    );
    const plan = chooseSecondarySuppression(T6, primary);
    expect(plan.secondary.size).toBeGreaterThan(0);
    const wb = plan.intervals.get('w|b');
    expect(wb && wb.upper - wb.lower).toBeGreaterThanOrEqual(1);
    // The plan's own intervals agree with an independent audit.
    expect(plan.intervals).toEqual(auditSuppression(T6, plan.suppressed));
  });

  it('meets a large upper protection level by suppressing cells that can absorb it', () => {
    // z|c = 651 needs its interval to reach 651 + 200.
    const plan = chooseSecondarySuppression(T6, new Map([['z|c', sensitive(200)]]));
    const zc = plan.intervals.get('z|c');
    expect(zc?.upper).toBeGreaterThanOrEqual(851);
    expect(zc?.lower).toBeLessThanOrEqual(451);
  });

  it('protects across time: a quarter and two published months reveal the third', () => {
    const months = ['01', '02', '03'];
    const table = crossTable(
      [withTotal(['nl', 'de', 'fr']), timeDimension([{ total: 'Q1', parts: months }])],
      ([country, month]) =>
        country === 'nl' && month === '02' ? 4 : 30 + months.indexOf(month ?? ''),
    );
    const primary = new Map([['nl|02', sensitive(0, 4)]]);
    const plan = chooseSecondarySuppression(table, primary, {
      secondary: { upper: 0, lower: 0, width: 1 },
    });
    expect([...plan.suppressed].some((id) => id.startsWith('nl|') && id !== 'nl|02')).toBe(true);
    const interval = plan.intervals.get('nl|02');
    expect(interval && interval.upper - interval.lower).toBeGreaterThanOrEqual(4);
  });

  it('leaves a table without sensitive cells alone', () => {
    const plan = chooseSecondarySuppression(T6, new Map());
    expect(plan.suppressed.size).toBe(0);
  });

  it('throws when a cell cannot be protected at all', () => {
    // A small count known to be in [1, 9] can never be 20 wide.
    const primary = new Map([['x|c', { ...sensitive(0, 20), bounds: { lower: 1, upper: 9 } }]]);
    expect(() => chooseSecondarySuppression(T6, primary)).toThrow(ProtectionError);
  });
});

import type { PeriodHistoryQuery } from '@candor/web-graphql';
import { toVersionRows } from './version-rows';

type Version = PeriodHistoryQuery['submissions'][number];

const version = (n: number, status: string): Version => ({
  id: `v${n}`,
  period: '2026-10',
  version: n,
  status,
  source: 'csv',
  attributed: false,
  figureCount: 3,
  createdAt: `2026-11-0${n}T10:00:00Z`,
  reviewedAt: null,
  reviewNote: status === 'rejected' ? 'Totals do not match our records.' : null,
});

const summary = (input: Version[] | undefined) =>
  toVersionRows(input).map((r) => [r.version, r.previousId, r.current]);

describe('toVersionRows', () => {
  it.each<[string, Version[] | undefined, (string | number | boolean | null)[][]]>([
    ['no data yet', undefined, []],
    ['no versions', [], []],
    ['one version', [version(1, 'submitted')], [[1, null, true]]],
    [
      'a rejected version corrected by a newer one, out of order',
      [version(1, 'superseded'), version(3, 'submitted'), version(2, 'rejected')],
      [
        [3, 'v2', true],
        [2, 'v1', false],
        [1, null, false],
      ],
    ],
    [
      'a rejected version still current',
      [version(2, 'rejected'), version(1, 'superseded')],
      [
        [2, 'v1', true],
        [1, null, false],
      ],
    ],
    [
      'a gap in the list (the version before is not listed)',
      [version(4, 'accepted'), version(2, 'superseded')],
      [
        [4, null, true],
        [2, null, false],
      ],
    ],
  ])('lists %s', (_name, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it('keeps the review note', () => {
    expect(toVersionRows([version(1, 'rejected')])[0]?.reviewNote).toBe(
      'Totals do not match our records.',
    );
  });
});

import type { PeriodStatusesQuery } from '@candor/web-graphql';
import { daysBetween, firstOpenPeriod, summarizePeriods, toPeriodRows } from './period-rows';

type Input = PeriodStatusesQuery['periodStatuses'][number];

const status = (
  period: string,
  value: string,
  deadline: string,
  overdue = false,
  version: number | null = value === 'missing' ? null : 1,
): Input => ({
  period,
  status: value,
  version,
  submissionId: version === null ? null : `s-${period}`,
  deadline,
  overdue,
});

describe('daysBetween', () => {
  it.each([
    ['2026-11-26', '2026-11-26', 0],
    ['2026-11-26', '2026-11-29', 3],
    ['2026-11-26', '2026-10-30', -27],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-03-28', '2026-03-30', 2],
  ])('from %s to %s is %d days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('toPeriodRows', () => {
  it.each([
    ['no data yet', undefined],
    ['no periods', []],
  ])('is empty for %s', (_name, input) => {
    expect(toPeriodRows(input, '2026-11-26')).toEqual([]);
  });

  it.each<[string, Input, object]>([
    [
      'a missing period, due in 3 days',
      status('2026-10', 'missing', '2026-11-29'),
      { status: 'missing', action: 'submit', daysLeft: 3, overdue: false, version: null },
    ],
    [
      'a missing period, overdue',
      status('2026-09', 'missing', '2026-10-30', true),
      { status: 'missing', action: 'submit', daysLeft: -27, overdue: true },
    ],
    [
      'a rejected period',
      status('2026-08', 'rejected', '2026-09-29', true, 2),
      { status: 'rejected', action: 'resubmit', version: 2, overdue: true },
    ],
    [
      'a period waiting for review',
      status('2026-07', 'submitted', '2026-08-30'),
      { status: 'submitted', action: 'correct', submissionId: 's-2026-07' },
    ],
    [
      'an accepted period',
      status('2026-06', 'accepted', '2026-07-30'),
      { status: 'accepted', action: 'correct' },
    ],
    [
      'a status the app does not know',
      status('2026-05', 'archived', '2026-06-29'),
      { status: null, rawStatus: 'archived', action: 'submit' },
    ],
  ])('maps %s', (_name, input, expected) => {
    expect(toPeriodRows([input], '2026-11-26')[0]).toMatchObject(expected);
  });

  it('keeps the order of the API (newest first)', () => {
    const rows = toPeriodRows(
      [status('2026-10', 'missing', '2026-11-29'), status('2026-09', 'accepted', '2026-10-30')],
      '2026-11-26',
    );
    expect(rows.map((r) => r.period)).toEqual(['2026-10', '2026-09']);
  });
});

describe('summarizePeriods', () => {
  it('counts an empty list as nothing to do', () => {
    expect(summarizePeriods([])).toEqual({
      missing: 0,
      waiting: 0,
      rejected: 0,
      overdue: 0,
      nextDeadline: null,
    });
  });

  it('counts statuses and finds the nearest deadline still ahead', () => {
    const rows = toPeriodRows(
      [
        status('2026-Q3', 'missing', '2026-10-30', true),
        status('2026-10', 'missing', '2026-11-29'),
        status('2026-11', 'rejected', '2026-11-27', false, 1),
        status('2026-08', 'submitted', '2026-09-29'),
        status('2026-07', 'accepted', '2026-08-30'),
      ],
      '2026-11-26',
    );
    expect(summarizePeriods(rows)).toEqual({
      missing: 2,
      waiting: 1,
      rejected: 1,
      overdue: 1,
      nextDeadline: { period: '2026-11', deadline: '2026-11-27', daysLeft: 1 },
    });
  });
});

describe('firstOpenPeriod', () => {
  it.each<[string, Input[], string | null]>([
    ['nothing', [], null],
    ['all accepted', [status('2026-10', 'accepted', '2026-11-29')], null],
    [
      'the newest missing or rejected',
      [
        status('2026-10', 'submitted', '2026-11-29'),
        status('2026-09', 'rejected', '2026-10-30'),
        status('2026-08', 'missing', '2026-09-29'),
      ],
      '2026-09',
    ],
  ])('finds %s', (_name, input, expected) => {
    expect(firstOpenPeriod(toPeriodRows(input, '2026-11-26'))).toBe(expected);
  });
});

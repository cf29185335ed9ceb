import { expectedPeriods, periodStatuses } from './period-statuses';

const now = new Date('2026-11-26T12:00:00Z');

describe('expectedPeriods', () => {
  it('lists ended months, newest first', () => {
    expect(expectedPeriods('month', now, 3)).toEqual(['2026-10', '2026-09', '2026-08']);
  });

  it('lists ended quarters, newest first', () => {
    expect(expectedPeriods('quarter', now, 3)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1']);
  });
});

describe('periodStatuses', () => {
  it('combines current versions with deadlines 30 days after the period', () => {
    const statuses = periodStatuses(
      ['2026-10', '2026-09', '2026-08'],
      [
        { period: '2026-09', version: 2, status: 'accepted', submissionId: 's2' },
        { period: '2026-08', version: 1, status: 'rejected', submissionId: 's1' },
      ],
      now,
    );
    expect(statuses).toEqual([
      {
        period: '2026-10',
        status: 'missing',
        version: null,
        submissionId: null,
        deadline: '2026-11-30',
        overdue: false,
      },
      {
        period: '2026-09',
        status: 'accepted',
        version: 2,
        submissionId: 's2',
        deadline: '2026-10-30',
        overdue: false,
      },
      {
        period: '2026-08',
        status: 'rejected',
        version: 1,
        submissionId: 's1',
        deadline: '2026-09-30',
        overdue: true,
      },
    ]);
  });
});

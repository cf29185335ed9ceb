import { hasEnded, previousPeriod, rollUp, toPeriod } from '@candor/catalogue';

/** Days after a period ends that its figures are due. */
export const DEADLINE_DAYS = 30;

export interface CurrentVersion {
  period: string;
  version: number;
  status: 'submitted' | 'accepted' | 'rejected';
  submissionId: string;
}

export interface PeriodStatus {
  period: string;
  status: 'missing' | 'submitted' | 'accepted' | 'rejected';
  version: number | null;
  submissionId: string | null;
  deadline: string;
  overdue: boolean;
}

const addDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The last `count` ended periods of the cadence, newest first. */
export function expectedPeriods(cadence: 'month' | 'quarter', now: Date, count: number): string[] {
  const thisMonth = now.toISOString().slice(0, 7);
  let period = cadence === 'month' ? thisMonth : rollUp(thisMonth, 'quarter');
  const periods: string[] = [];
  while (periods.length < count) {
    if (hasEnded(period, now)) periods.push(period);
    period = previousPeriod(period);
  }
  return periods;
}

/** Each expected period with the status of its current version, its deadline, and whether it is late. */
export function periodStatuses(
  expected: readonly string[],
  current: readonly CurrentVersion[],
  now: Date,
): PeriodStatus[] {
  const byPeriod = new Map(current.map((c) => [c.period, c]));
  const today = now.toISOString().slice(0, 10);
  return expected.map((period) => {
    const version = byPeriod.get(period);
    const deadline = addDays(toPeriod(period).end, DEADLINE_DAYS - 1);
    const status = version?.status ?? 'missing';
    return {
      period,
      status,
      version: version?.version ?? null,
      submissionId: version?.submissionId ?? null,
      deadline,
      overdue: (status === 'missing' || status === 'rejected') && today > deadline,
    };
  });
}

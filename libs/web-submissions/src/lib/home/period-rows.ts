import type { PeriodStatusesQuery } from '@candor/web-graphql';
import { toStatus, type Status } from '../shared/status';

type PeriodStatus = PeriodStatusesQuery['periodStatuses'][number];

/** What the row offers: send figures for the first time, send them again, or correct them. */
export type PeriodAction = 'submit' | 'resubmit' | 'correct';

export interface PeriodRow {
  period: string;
  status: Status | null;
  /** The status as the API gave it, for a status the app does not know. */
  rawStatus: string;
  version: number | null;
  submissionId: string | null;
  deadline: string;
  overdue: boolean;
  /** Whole days from today to the deadline: 0 on the day, negative once it has passed. */
  daysLeft: number;
  action: PeriodAction;
}

export interface PeriodSummary {
  missing: number;
  waiting: number;
  rejected: number;
  overdue: number;
  /** The earliest deadline still ahead for a period without accepted or waiting figures. */
  nextDeadline: { period: string; deadline: string; daysLeft: number } | null;
}

const DAY = 24 * 60 * 60 * 1000;

/** Days between two ISO dates (`YYYY-MM-DD`), counted in UTC. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

function actionOf(status: Status | null): PeriodAction {
  if (status === 'rejected') return 'resubmit';
  if (status === 'submitted' || status === 'accepted') return 'correct';
  return 'submit';
}

/** The rows of the periods table, newest period first, as the API orders them. */
export function toPeriodRows(
  statuses: readonly PeriodStatus[] | undefined,
  today: string,
): PeriodRow[] {
  return (statuses ?? []).map((s) => {
    const status = toStatus(s.status);
    return {
      period: s.period,
      status,
      rawStatus: s.status,
      version: s.version,
      submissionId: s.submissionId,
      deadline: s.deadline,
      overdue: s.overdue,
      daysLeft: daysBetween(today, s.deadline),
      action: actionOf(status),
    };
  });
}

/** Counts for the summary above the table. */
export function summarizePeriods(rows: readonly PeriodRow[]): PeriodSummary {
  const open = rows
    .filter((r) => (r.status === 'missing' || r.status === 'rejected') && r.daysLeft >= 0)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.period.localeCompare(b.period));
  const next = open[0];
  return {
    missing: rows.filter((r) => r.status === 'missing').length,
    waiting: rows.filter((r) => r.status === 'submitted').length,
    rejected: rows.filter((r) => r.status === 'rejected').length,
    overdue: rows.filter((r) => r.overdue).length,
    nextDeadline: next
      ? { period: next.period, deadline: next.deadline, daysLeft: next.daysLeft }
      : null,
  };
}

/** The newest period that still needs figures, to offer first on the upload and form pages. */
export function firstOpenPeriod(rows: readonly PeriodRow[]): string | null {
  return rows.find((r) => r.status === 'missing' || r.status === 'rejected')?.period ?? null;
}

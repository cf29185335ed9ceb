import { parsePeriod } from '@candor/web-i18n';

export type Grain = 'month' | 'quarter' | 'year';

/** How a period of each grain is written, for hints and problems. */
export const PERIOD_EXAMPLE: Record<Grain, string> = {
  month: '2026-03',
  quarter: '2026-Q1',
  year: '2026',
};

export type PeriodProblem = 'missing' | 'invalid' | 'order';
export type PeriodRangeProblems = Partial<Record<'periodFrom' | 'periodTo', PeriodProblem>>;

export type PeriodRangeCheck =
  { ok: true; periodFrom: string; periodTo: string } | { ok: false; problems: PeriodRangeProblems };

/** `2026-q1 ` → `2026-Q1`: what people type, as the API writes it. */
export const normalizePeriod = (text: string) => text.trim().toUpperCase();

function periodProblem(text: string, grain: Grain): PeriodProblem | undefined {
  const code = normalizePeriod(text);
  if (!code) return 'missing';
  return parsePeriod(code)?.kind === grain ? undefined : 'invalid';
}

/**
 * Checks a range of periods as the API would: both written in the grain (`2026-03`, `2026-Q1`,
 * `2026`), the first not after the last.
 */
export function checkPeriodRange(from: string, to: string, grain: Grain): PeriodRangeCheck {
  const problems: PeriodRangeProblems = {};
  const fromProblem = periodProblem(from, grain);
  const toProblem = periodProblem(to, grain);
  if (fromProblem) problems.periodFrom = fromProblem;
  if (toProblem) problems.periodTo = toProblem;
  const periodFrom = normalizePeriod(from);
  const periodTo = normalizePeriod(to);
  // Codes of one grain are zero-padded, so they sort as the periods do.
  if (!fromProblem && !toProblem && periodFrom > periodTo) problems.periodFrom = 'order';
  return Object.keys(problems).length > 0
    ? { ok: false, problems }
    : { ok: true, periodFrom, periodTo };
}

/**
 * The problems left after a change to the form: a corrected field (or a new grain, for both)
 * loses its complaint; the other keeps its own until the next check.
 */
export function withoutStaleProblems(
  problems: PeriodRangeProblems,
  changed: Partial<Record<'periodFrom' | 'periodTo' | 'granularity', unknown>>,
): PeriodRangeProblems {
  const rest = { ...problems };
  if ('periodFrom' in changed || 'granularity' in changed) delete rest.periodFrom;
  if ('periodTo' in changed || 'granularity' in changed) delete rest.periodTo;
  return rest;
}

import { parsePeriod } from '@candor/web-i18n';
import type { Granularity } from '../shared/vocabulary';

export interface OrgReleaseFormState {
  granularity: Granularity;
  periodFrom: string;
  periodTo: string;
}

export const EMPTY_ORG_RELEASE_FORM: OrgReleaseFormState = {
  granularity: 'quarter',
  periodFrom: '',
  periodTo: '',
};

/** How a period of each granularity is written, for the hints and the problems. */
export const PERIOD_EXAMPLE: Record<Granularity, string> = {
  month: '2026-03',
  quarter: '2026-Q1',
  year: '2026',
};

export type PeriodProblem = 'missing' | 'invalid' | 'order';
export type OrgReleaseProblems = Partial<Record<'periodFrom' | 'periodTo', PeriodProblem>>;

export interface OrgReleaseInput {
  granularity: Granularity;
  periodFrom: string;
  periodTo: string;
}

export type OrgReleaseCheck =
  { ok: true; input: OrgReleaseInput } | { ok: false; problems: OrgReleaseProblems };

/** `2026-q1 ` → `2026-Q1`: what people type, as the API writes it. */
export const normalizePeriod = (text: string) => text.trim().toUpperCase();

function periodProblem(text: string, granularity: Granularity): PeriodProblem | undefined {
  const code = normalizePeriod(text);
  if (!code) return 'missing';
  return parsePeriod(code)?.kind === granularity ? undefined : 'invalid';
}

/**
 * Checks the form as the API would: both periods written in the chosen granularity
 * (`2026-03`, `2026-Q1`, `2026`), the first not after the last.
 */
export function checkOrgReleaseForm(form: OrgReleaseFormState): OrgReleaseCheck {
  const problems: OrgReleaseProblems = {};
  const from = periodProblem(form.periodFrom, form.granularity);
  const to = periodProblem(form.periodTo, form.granularity);
  if (from) problems.periodFrom = from;
  if (to) problems.periodTo = to;
  const periodFrom = normalizePeriod(form.periodFrom);
  const periodTo = normalizePeriod(form.periodTo);
  // Codes of one grain are zero-padded, so they sort as the periods do.
  if (!from && !to && periodFrom > periodTo) problems.periodFrom = 'order';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, input: { granularity: form.granularity, periodFrom, periodTo } };
}

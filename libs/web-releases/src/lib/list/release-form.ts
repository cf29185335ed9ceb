import type { CreateReleaseInput } from '@candor/web-graphql';
import { parsePeriod } from '@candor/web-i18n';
import type { Granularity } from '../shared/vocabulary';

/**
 * The disclosure options of a new release, as the form holds them (strings, as inputs give
 * them). A new option is one more field here, one more line in `optionsInput` and one more row
 * in the options fieldset.
 */
export interface ReleaseOptionsState {
  /** '' = exact counts. */
  roundingBase: '' | '5' | '10';
  /** zCDP ρ of differential-privacy noise; '' = none. */
  noiseRho: string;
}

export interface ReleaseFormState {
  granularity: Granularity;
  periodFrom: string;
  periodTo: string;
  title: string;
  options: ReleaseOptionsState;
}

export const EMPTY_RELEASE_FORM: ReleaseFormState = {
  granularity: 'month',
  periodFrom: '',
  periodTo: '',
  title: '',
  options: { roundingBase: '', noiseRho: '' },
};

export const PERIOD_EXAMPLE: Record<Granularity, string> = {
  month: '2026-03',
  quarter: '2026-Q1',
  year: '2026',
};

export type PeriodProblem = 'missing' | 'invalid' | 'order';
export type ReleaseFormProblems = Partial<Record<'periodFrom' | 'periodTo', PeriodProblem>>;

export type ReleaseFormCheck =
  { ok: true; input: CreateReleaseInput } | { ok: false; problems: ReleaseFormProblems };

/** `2026-q1 ` → `2026-Q1`: what people type, as the API writes it. */
export const normalizePeriod = (text: string) => text.trim().toUpperCase();

function periodProblem(text: string, granularity: Granularity): PeriodProblem | undefined {
  const code = normalizePeriod(text);
  if (!code) return 'missing';
  return parsePeriod(code)?.kind === granularity ? undefined : 'invalid';
}

function optionsInput(options: ReleaseOptionsState): Partial<CreateReleaseInput> {
  const noiseRho = options.noiseRho.trim().replace(',', '.');
  return {
    ...(options.roundingBase ? { roundingBase: Number(options.roundingBase) } : {}),
    // The API says what is wrong with a bad number; a non-number is sent as is to be refused.
    ...(noiseRho ? { noiseRho: Number(noiseRho) } : {}),
  };
}

/** Checks the form as the API would, so mistakes are shown next to their field before sending. */
export function checkReleaseForm(form: ReleaseFormState): ReleaseFormCheck {
  const problems: ReleaseFormProblems = {};
  const from = periodProblem(form.periodFrom, form.granularity);
  const to = periodProblem(form.periodTo, form.granularity);
  if (from) problems.periodFrom = from;
  if (to) problems.periodTo = to;
  const periodFrom = normalizePeriod(form.periodFrom);
  const periodTo = normalizePeriod(form.periodTo);
  // Codes of one grain are zero-padded, so they sort as the periods do.
  if (!from && !to && periodFrom > periodTo) problems.periodFrom = 'order';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const title = form.title.trim();
  return {
    ok: true,
    input: {
      granularity: form.granularity,
      periodFrom,
      periodTo,
      ...(title ? { title } : {}),
      ...optionsInput(form.options),
    },
  };
}

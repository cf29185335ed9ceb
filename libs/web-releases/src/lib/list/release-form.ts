import type { CreateReleaseInput } from '@candor/web-graphql';
import { checkPeriodRange, type PeriodRangeProblems } from '@candor/web-public-kit';
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

export type ReleaseFormProblems = PeriodRangeProblems;

export type ReleaseFormCheck =
  { ok: true; input: CreateReleaseInput } | { ok: false; problems: ReleaseFormProblems };

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
  const range = checkPeriodRange(form.periodFrom, form.periodTo, form.granularity);
  if (!range.ok) return { ok: false, problems: range.problems };
  const title = form.title.trim();
  return {
    ok: true,
    input: {
      granularity: form.granularity,
      periodFrom: range.periodFrom,
      periodTo: range.periodTo,
      ...(title ? { title } : {}),
      ...optionsInput(form.options),
    },
  };
}

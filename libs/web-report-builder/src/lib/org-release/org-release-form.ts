import { checkPeriodRange, type PeriodRangeProblems } from '@candor/web-public-kit';
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

export type OrgReleaseProblems = PeriodRangeProblems;

export interface OrgReleaseInput {
  granularity: Granularity;
  periodFrom: string;
  periodTo: string;
}

export type OrgReleaseCheck =
  { ok: true; input: OrgReleaseInput } | { ok: false; problems: OrgReleaseProblems };

/** Checks the form as the API would, so mistakes are shown next to their field before sending. */
export function checkOrgReleaseForm(form: OrgReleaseFormState): OrgReleaseCheck {
  const range = checkPeriodRange(form.periodFrom, form.periodTo, form.granularity);
  if (!range.ok) return { ok: false, problems: range.problems };
  return {
    ok: true,
    input: {
      granularity: form.granularity,
      periodFrom: range.periodFrom,
      periodTo: range.periodTo,
    },
  };
}

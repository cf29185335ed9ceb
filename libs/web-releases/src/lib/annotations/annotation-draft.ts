import { parsePeriod } from '@candor/web-i18n';

export const MAX_NOTE_LENGTH = 1000;

/** A note being written or edited, as the form holds it. */
export interface AnnotationDraft {
  period: string;
  /** '' = every series. */
  metric: string;
  text: string;
}

export const EMPTY_DRAFT: AnnotationDraft = { period: '', metric: '', text: '' };

export type AnnotationProblems = Partial<{
  period: 'invalid';
  text: 'missing' | 'tooLong';
}>;

export type AnnotationCheck =
  | { ok: true; variables: { period: string; text: string; metric: string | null } }
  | { ok: false; problems: AnnotationProblems };

/** The checks the API applies, before sending: a period code, and 1 to 1,000 characters. */
export function checkAnnotation(draft: AnnotationDraft): AnnotationCheck {
  const period = draft.period.trim().toUpperCase();
  const text = draft.text.trim();
  const problems: AnnotationProblems = {};
  if (!parsePeriod(period)) problems.period = 'invalid';
  if (!text) problems.text = 'missing';
  else if (text.length > MAX_NOTE_LENGTH) problems.text = 'tooLong';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, variables: { period, text, metric: draft.metric || null } };
}

/** A public annotation: a known reporting change shown with the series. */
export interface Annotation {
  period: string;
  /** A new contributor is a break in the series; other changes are noted. */
  kind: 'new_contributor' | 'reporting_change';
  /** Disclosure-safe words, e.g. "new contributor", "started hash matching". */
  label: string;
}

interface ExplanationBase {
  period: string;
  periodLabel: string;
  /** Annotations of the same period. */
  annotations: Annotation[];
  /** True when a new contributor joined in this period: a break in series, not a finding. */
  breakInSeries: boolean;
  /** The English sentence(s); the web may build its own from the fields above. */
  text: string;
}

export interface SpikeExplanation extends ExplanationBase {
  kind: 'spike';
  observed: number;
  expected: number;
  upper: number;
  increasePct: number | null;
  /** Share (0–1, may fall outside when other content fell) of the file increase that is known. */
  knownShareOfIncrease?: number;
  top10Share?: number;
  usualTop10Share?: number;
  next?: { period: string; periodLabel: string; status: 'returned' | 'still_above' };
}

export interface LevelShiftExplanation extends ExplanationBase {
  kind: 'level_shift';
  direction: 'up' | 'down';
  before: number;
  after: number;
  changePct: number | null;
}

export type Explanation = SpikeExplanation | LevelShiftExplanation;

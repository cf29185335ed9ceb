import type { Figure } from '../types';
import type { IssueCode } from './error-codes';

export type OrganizationKind = 'hotline' | 'company';

/** A figure as submitted, before validation. */
export interface RawFigure {
  metric: string;
  /** An empty string, null or undefined value means "total over that dimension" (not set). */
  dimensions: Record<string, string | null | undefined>;
  /** A number or a digit string; anything else is reported. */
  value: unknown;
  /** The CSV line number, when the figure came from a CSV file. */
  row?: number;
}

/** A submission document for one period, before validation. */
export interface RawDocument {
  period: string;
  figures: RawFigure[];
}

export interface ValidationIssue {
  /** The figure's CSV line when given, else its 1-based position in `figures`. */
  row?: number;
  /** 'period' | 'metric' | 'value' | a dimension code. */
  column?: string;
  code: IssueCode;
  /** One plain sentence naming the offending value and what is allowed. */
  message: string;
  period?: string;
  metric?: string;
}

export interface ValidationContext {
  organizationKind: OrganizationKind;
  now: Date;
  /** Periods the organization already has submissions for (other than this period code). */
  otherPeriods?: { period: string; metrics: string[] }[];
  /** Accepted figures of the previous period, for the soft rules. */
  previous?: Figure[];
}

export interface ValidationResult {
  ok: boolean;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  /** Normalized, typed figures; complete only when `ok`. */
  figures: Figure[];
}

/** A normalized figure with the row it is reported at (shared by the rules). */
export interface LocatedFigure {
  figure: Figure;
  row: number;
}

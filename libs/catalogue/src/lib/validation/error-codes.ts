/**
 * Stable codes of validation issues. Clients branch on these, so a code is never renamed or
 * reused for another meaning; the message that goes with it may change.
 */
export const VALIDATION_CODES = Object.freeze({
  /** The metric code is not in the catalogue. */
  UNKNOWN_METRIC: 'UNKNOWN_METRIC',
  /** The metric belongs to the other kind of organization. */
  METRIC_NOT_ALLOWED: 'METRIC_NOT_ALLOWED',
  /** The value is not a whole number (decimals, thousands separators, text, empty). */
  NOT_AN_INTEGER: 'NOT_AN_INTEGER',
  NEGATIVE_VALUE: 'NEGATIVE_VALUE',
  /** The value is beyond Number.MAX_SAFE_INTEGER (2^53 − 1). */
  VALUE_TOO_LARGE: 'VALUE_TOO_LARGE',
  /** The dimension is not allowed for the metric, or is not a dimension at all. */
  DIMENSION_NOT_ALLOWED: 'DIMENSION_NOT_ALLOWED',
  /** A figure of a histogram metric lacks the metric's required dimension. */
  DIMENSION_REQUIRED: 'DIMENSION_REQUIRED',
  /** The value is not one of the dimension's values (including invalid country codes). */
  UNKNOWN_DIMENSION_VALUE: 'UNKNOWN_DIMENSION_VALUE',
  /** The same metric with the same dimension values is given twice. */
  DUPLICATE_FIGURE: 'DUPLICATE_FIGURE',
  /** A breakdown does not add up to the total or to the figures it refines. */
  BREAKDOWN_MISMATCH: 'BREAKDOWN_MISMATCH',
  /** A hard consistency rule between metrics is broken (e.g. assessed > received). */
  INCONSISTENT_FIGURES: 'INCONSISTENT_FIGURES',
  /** A histogram has some of its buckets but not all. */
  HISTOGRAM_INCOMPLETE: 'HISTOGRAM_INCOMPLETE',
  /** The period code cannot be parsed. */
  INVALID_PERIOD: 'INVALID_PERIOD',
  /** The period has not ended, or overlaps another period submitted for the same metric. */
  PERIOD_NOT_ALLOWED: 'PERIOD_NOT_ALLOWED',
  /** The document has no figures. */
  EMPTY_SUBMISSION: 'EMPTY_SUBMISSION',
  // Raised by the CSV parser, defined here so that all codes live in one place.
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  MALFORMED_CSV: 'MALFORMED_CSV',
  /** A JSON file that cannot be parsed, or is not in the submission shape. */
  MALFORMED_JSON: 'MALFORMED_JSON',
  UNKNOWN_COLUMN: 'UNKNOWN_COLUMN',
  DUPLICATE_COLUMN: 'DUPLICATE_COLUMN',
  MISSING_COLUMN: 'MISSING_COLUMN',
  FORMULA_INJECTION: 'FORMULA_INJECTION',
  NOT_TEXT: 'NOT_TEXT',
} as const);

export type ValidationCode = (typeof VALIDATION_CODES)[keyof typeof VALIDATION_CODES];

/** Codes of warnings: soft rules that do not block a submission. */
export const WARNING_CODES = Object.freeze({
  /** More than 10 times, or less than a tenth of, the same series in the previous period. */
  SUDDEN_CHANGE: 'SUDDEN_CHANGE',
  /** A CSV row without a value: the figure is left out as not measured. */
  VALUE_OMITTED: 'VALUE_OMITTED',
} as const);

export type WarningCode = (typeof WARNING_CODES)[keyof typeof WARNING_CODES];

export type IssueCode = ValidationCode | WarningCode;

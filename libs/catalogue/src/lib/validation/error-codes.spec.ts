import { VALIDATION_CODES, WARNING_CODES } from './error-codes';

describe('validation codes', () => {
  it('are stable: each value is its own key, and the list is exactly this', () => {
    for (const [key, value] of Object.entries({ ...VALIDATION_CODES, ...WARNING_CODES })) {
      expect(value).toBe(key);
    }
    expect(Object.keys(VALIDATION_CODES).sort()).toEqual(
      [
        'UNKNOWN_METRIC',
        'METRIC_NOT_ALLOWED',
        'NOT_AN_INTEGER',
        'NEGATIVE_VALUE',
        'VALUE_TOO_LARGE',
        'DIMENSION_NOT_ALLOWED',
        'DIMENSION_REQUIRED',
        'UNKNOWN_DIMENSION_VALUE',
        'DUPLICATE_FIGURE',
        'BREAKDOWN_MISMATCH',
        'INCONSISTENT_FIGURES',
        'HISTOGRAM_INCOMPLETE',
        'INVALID_PERIOD',
        'PERIOD_NOT_ALLOWED',
        'EMPTY_SUBMISSION',
        'FILE_TOO_LARGE',
        'MALFORMED_CSV',
        'MALFORMED_JSON',
        'UNKNOWN_COLUMN',
        'DUPLICATE_COLUMN',
        'MISSING_COLUMN',
        'FORMULA_INJECTION',
        'NOT_TEXT',
      ].sort(),
    );
    expect(Object.keys(WARNING_CODES)).toEqual(['SUDDEN_CHANGE', 'VALUE_OMITTED']);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(VALIDATION_CODES)).toBe(true);
    expect(Object.isFrozen(WARNING_CODES)).toBe(true);
  });
});

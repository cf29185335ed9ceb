import { countryName, isCountryCode } from '../countries';
import { UNKNOWN, findDimension } from '../dimensions';
import type { MetricDefinition } from '../types';
import { VALIDATION_CODES as C } from './error-codes';
import { list, quote } from './format';

export interface DimensionProblem {
  code: typeof C.DIMENSION_NOT_ALLOWED | typeof C.UNKNOWN_DIMENSION_VALUE;
  message: string;
}

/** What a metric may be broken down by, as a clause for messages. */
export function allowedDimensionsText(metric: MetricDefinition): string {
  return metric.dimensions.length === 0
    ? `${metric.code} takes no dimensions, only its total`
    : `${metric.code} can be broken down by ${list([...metric.dimensions])} only`;
}

function countryHint(value: string): string {
  const upper = value.toUpperCase();
  if (upper === 'UK') return ' (the United Kingdom is "GB")';
  if (upper === UNKNOWN) return '';
  if (value !== upper && isCountryCode(upper)) {
    return ` (country codes are upper case: "${upper}" is ${countryName(upper)})`;
  }
  return '';
}

/**
 * Checks one set dimension of a figure: that the metric allows the dimension, and that the value
 * is one of the dimension's values (for countries: an assigned upper-case alpha-2 code or `unknown`).
 */
export function checkDimension(
  metric: MetricDefinition,
  dimension: string,
  value: unknown,
): DimensionProblem | undefined {
  const definition = findDimension(dimension);
  if (!definition) {
    return {
      code: C.DIMENSION_NOT_ALLOWED,
      message: `${quote(dimension)} is not a dimension: ${allowedDimensionsText(metric)}.`,
    };
  }
  if (!metric.dimensions.includes(definition.code)) {
    return {
      code: C.DIMENSION_NOT_ALLOWED,
      message: `${dimension} is not a dimension of ${metric.code}: ${allowedDimensionsText(metric)}.`,
    };
  }
  if (definition.kind === 'country') {
    if (typeof value === 'string' && (value === UNKNOWN || isCountryCode(value))) return undefined;
    const hint = typeof value === 'string' ? countryHint(value) : '';
    return {
      code: C.UNKNOWN_DIMENSION_VALUE,
      message: `${quote(value)} is not a country code for ${dimension}${hint}: use an assigned upper-case ISO 3166-1 alpha-2 code such as "NL", or "${UNKNOWN}".`,
    };
  }
  const allowed = definition.values.map((v) => v.code);
  if (typeof value === 'string' && allowed.includes(value)) return undefined;
  return {
    code: C.UNKNOWN_DIMENSION_VALUE,
    message: `${quote(value)} is not a value of ${dimension}: use one of ${list(
      allowed.map((v) => `"${v}"`),
      'or',
    )}.`,
  };
}

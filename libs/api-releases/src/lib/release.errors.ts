import { findMetric } from '@candor/catalogue';
import { DomainError } from '@candor/api-platform';

export const releaseError = (
  code:
    | 'RELEASE_NOT_FOUND'
    | 'ANNOTATION_NOT_FOUND'
    | 'NOT_PUBLISHABLE'
    | 'BAD_USER_INPUT'
    | 'REASON_REQUIRED'
    | 'PRIVACY_BUDGET_EXCEEDED'
    | 'UNKNOWN_METRIC',
  message: string,
) => new DomainError(code, message);

/** The metric code when the catalogue has it; UNKNOWN_METRIC otherwise. */
export function knownMetric(metric: string): string {
  if (!findMetric(metric))
    throw releaseError('UNKNOWN_METRIC', `"${metric}" is not a metric of the catalogue.`);
  return metric;
}

import type { ReportDefinition, ReportScope } from './types';

/** The scope as one stable string: `network`, `country:NL`, `organization:acme`. */
export function scopeKey(scope: ReportScope): string {
  if (typeof scope === 'string') return scope;
  if ('country' in scope) return `country:${scope.country}`;
  return `organization:${scope.organization}`;
}

/** A stable key for a report: `<releaseId>/<scope>/<language>`, e.g. `network-month-v3/network/en`. */
export function reportKey(definition: ReportDefinition): string {
  return `${definition.releaseId}/${scopeKey(definition.scope)}/${definition.language}`;
}

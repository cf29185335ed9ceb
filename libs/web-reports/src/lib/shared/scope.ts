import type { Words } from '../i18n';
import type { ReportFormat } from './format';
import { interpolate } from './interpolate';

/**
 * A report scope in words: `network`, `hotlines`, `companies`, `country:NL` (the country's name
 * in the report's language) or `organization:<slug>` (the organization's name when known, else
 * its slug). A scope the app does not know is shown as the API labels it, or as its code.
 */
export function scopeName(
  scope: string,
  words: Words,
  format: Pick<ReportFormat, 'country'>,
  label?: string | null,
): string {
  if (scope === 'network' || scope === 'hotlines' || scope === 'companies')
    return words.scope[scope];
  const [kind, ...rest] = scope.split(':');
  const value = rest.join(':');
  if (kind === 'country' && value)
    return interpolate(words.scope.country, { country: format.country(value) });
  if (kind === 'organization' && value)
    return interpolate(words.scope.organization, { name: label || value });
  return label || scope;
}

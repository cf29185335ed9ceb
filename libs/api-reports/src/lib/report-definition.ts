import { COUNTRIES, countryName } from '@candor/catalogue';
import type { ReportLanguage, ReportScope } from '@candor/reports';
import { reportError } from './report.errors';

export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'fr', 'de', 'es'];

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** `network`, `hotlines`, `companies`, `country:NL` or `organization:<slug>` → a report scope. */
export function parseScope(key: string): ReportScope {
  if (key === 'network' || key === 'hotlines' || key === 'companies') return key;
  const [kind, value = ''] = key.split(/:(.*)/s, 2);
  if (kind === 'country' && COUNTRIES.some((c) => c.code === value)) return { country: value };
  if (kind === 'organization' && SLUG.test(value)) return { organization: value };
  throw reportError(
    'BAD_USER_INPUT',
    `"${key}" is not a report scope: use network, hotlines, companies, country:<ISO code> or organization:<slug>.`,
  );
}

export function parseLanguage(language: string): ReportLanguage {
  if ((REPORT_LANGUAGES as readonly string[]).includes(language)) return language as ReportLanguage;
  throw reportError(
    'BAD_USER_INPUT',
    `"${language}" is not a report language: use ${REPORT_LANGUAGES.join(', ')}.`,
  );
}

/** The scope of one organization's own figures, or null for the network-level scopes. */
export const organizationSlugOf = (scope: ReportScope): string | null =>
  typeof scope === 'object' && 'organization' in scope ? scope.organization : null;

/** The scope in words, for titles and lists. */
export function scopeLabel(scope: ReportScope, organizationName?: string | null): string {
  if (scope === 'network') return 'Whole network';
  if (scope === 'hotlines') return 'Hotlines';
  if (scope === 'companies') return 'Companies';
  if ('country' in scope) return `Hosting country ${countryName(scope.country) ?? scope.country}`;
  return organizationName ?? scope.organization;
}

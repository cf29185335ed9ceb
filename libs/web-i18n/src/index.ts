export {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  isLanguage,
  languageFromSearch,
  searchWithLanguage,
  type Language,
} from './lib/languages';
export {
  formatCompact,
  formatNumber,
  formatPercentChange,
  formatPeriod,
  parsePeriod,
  type ParsedPeriod,
  type PeriodFormatOptions,
} from './lib/format';
export type { NamespaceTranslations, Translation } from './lib/translation';
export { domainTranslations, type DomainMessages } from './lib/domain';
export { useDomainLabels, type DomainLabels } from './lib/use-domain-labels';

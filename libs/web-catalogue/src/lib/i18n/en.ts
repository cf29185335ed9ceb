export const en = {
  eyebrow: 'Reference',
  title: 'Metric catalogue',
  intro:
    'What each figure counts, who submits it, and how it may be broken down. A change of meaning is published as a new version of the definition.',
  stats: {
    metrics: 'Metrics',
    dimensions: 'Dimensions',
  },
  contents: 'On this page',
  group: {
    hotline: 'Submitted by hotlines',
    company: 'Submitted by companies',
    both: 'Submitted by hotlines and companies',
    other: 'Other metrics',
  },
  field: {
    code: 'Code',
    submittedBy: 'Submitted by',
    unit: 'Unit',
    version: 'Version',
    requiredDimension: 'Always broken down by',
    dimensions: 'Dimensions',
  },
  version: 'v{{version}}',
  noDimensions: 'No breakdown: submitted as a single total.',
  countryValues: 'Any ISO 3166-1 alpha-2 country code, or “unknown”.',
  valuesLabel: 'Values of {{dimension}}',
  sourceLanguage:
    'Metric names and definitions are shown in English, the language of the reporting standard.',
  loading: 'Loading the catalogue…',
  error: 'The catalogue could not be loaded. Please try again later.',
};

export type CatalogueMessages = typeof en;

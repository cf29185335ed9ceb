export const en = {
  title: 'Countries',
  eyebrow: 'Public dashboard',
  heading: 'Where the material was hosted',
  intro:
    'Hotlines record the country where each confirmed URL was hosted when they assessed it. This page ranks the countries of one period of a release. A figure that could reveal a single organization is withheld: such a country is listed with the reason, never ranked as zero.',
  controls: {
    label: 'What to show',
    metric: 'Figure',
    granularity: 'Periods',
    period: 'Period',
    scope: 'Reported by',
  },
  scope: {
    network: 'The whole network',
    hotlines: 'Hotlines',
    companies: 'Companies',
  },
  residual: {
    unknown: 'Unknown hosting country',
    notBrokenDown: 'Not broken down by country',
  },
  chart: {
    title: '{{metric}} by hosting country, {{period}}',
    label: 'Horizontal bar chart: {{metric}} by hosting country, {{period}}',
    top: 'The {{shown}} countries with the highest figures are drawn; the table ranks all {{ranked}}.',
    none: 'No country has a published figure for this period.',
    country: 'Hosting country',
  },
  summary: {
    leaderShare:
      'Ranked first: {{country}}, with {{count}}, {{share}} of the total of {{total}} for {{period}}.',
    leader: 'Ranked first: {{country}}, with {{count}} for {{period}}.',
    next: 'Next: {{list}}.',
    item: '{{country}} ({{count}})',
    counts: 'Countries with a published figure: {{ranked}}. Countries withheld: {{withheld}}.',
    residual: '{{label}}: {{count}}.',
    totalWithheld: 'The total for the period is withheld, so no share is given. {{reason}}.',
    none: 'No country has a published figure for {{period}}. Countries withheld: {{withheld}}.',
  },
  ranking: {
    heading: 'Ranking',
    caption: '{{metric}} by hosting country, {{period}}, ranked',
    rank: 'Rank',
    country: 'Hosting country',
    share: 'Share of the total',
    notRanked: 'Not ranked',
    noShare: 'No share',
  },
  loading: 'Loading the figures by country…',
  error: 'The figures could not be loaded. Please try again later.',
  noRelease: 'No release has been published at this granularity yet.',
  notFound: 'There is no published release with this id.',
  showLatest: 'Show the latest release',
  noMetric: 'No figure of this release is broken down by hosting country.',
  noPeriods: 'This release has no figures of “{{metric}}” for this choice.',
  noBreakdown: 'No breakdown by hosting country is published for {{period}}.',
};

export type CountriesMessages = typeof en;

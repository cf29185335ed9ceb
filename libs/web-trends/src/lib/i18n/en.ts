export const en = {
  eyebrow: 'Internal preview',
  title: 'Trends (preview)',
  intro:
    'Network-wide totals of one metric, summed over the hotlines and companies whose figures have been accepted. This preview is computed from demo data; published releases will replace it.',
  withheldNote:
    'A point is withheld when too few organizations contributed to that period, or one organization dominates it. Withheld points are drawn as gaps, never as zero.',
  controls: {
    legend: 'Choose the series',
    metric: 'Metric',
    grain: 'Period',
    scale: 'Scale',
  },
  grain: {
    month: 'Month',
    quarter: 'Quarter',
    year: 'Year',
  },
  scale: {
    linear: 'Linear',
    log: 'Logarithmic',
  },
  chartTitle: {
    month: '{{metric}}: network total per month',
    quarter: '{{metric}}: network total per quarter',
    year: '{{metric}}: network total per year',
  },
  seriesLabel: 'Network total',
  loading: 'Loading figures…',
  error: 'The figures could not be loaded. Please try again later.',
};

export type TrendsMessages = typeof en;

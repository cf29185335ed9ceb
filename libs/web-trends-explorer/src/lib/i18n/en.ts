export const en = {
  title: 'Trends explorer',
  eyebrow: 'Public dashboard',
  heading: 'Trends explorer',
  intro:
    'Any published figure over time, for all organizations or one kind, broken down by country, content type or detection. Spikes, level shifts and notes from the public log are marked on the chart; a figure withheld by disclosure control is a gap with its reason, never a zero.',
  filters: {
    label: 'Choose what the chart shows',
    metric: 'Figure',
    metricGroup: {
      hotline: 'Reported by hotlines',
      company: 'Reported by companies',
      both: 'Reported by hotlines and companies',
    },
    scope: 'Organizations',
    scopeOnly: {
      hotline: 'Only hotlines report this figure.',
      company: 'Only companies report this figure.',
    },
    breakdown: 'Breakdown',
    total: 'None: the total',
    publishedGroup: 'With a figure in {{period}}',
    otherGroup: 'Other countries',
    granularity: 'Figures by',
    from: 'From',
    to: 'To',
    scale: 'Scale',
  },
  scope: {
    network: 'All organizations',
    hotlines: 'Hotlines',
    companies: 'Companies',
  },
  dimension: {
    hostingCountry: 'Hosting country',
    userCountry: 'User country',
    contentType: 'Content type',
    detection: 'Detection',
  },
  value: {
    contentType: {
      image: 'Images',
      video: 'Videos',
      other: 'Other content',
      unknown: 'Type not known',
    },
    detection: {
      userReport: 'User reports',
      hotlineNotice: 'Hotline notices',
      authorityOrder: 'Orders from authorities',
      proactiveHashMatch: 'Proactive: hash matching',
      proactiveClassifier: 'Proactive: classifier',
      other: 'Other detection',
    },
    unknownCountry: 'Country not known',
  },
  scale: {
    linear: 'Linear',
    log: 'Logarithmic',
  },
  chart: {
    breakdown: '{{dimension}}: {{value}}',
    range: '{{granularity}}, {{from}} to {{to}}',
    graphic:
      'Line chart of {{metric}} ({{selection}}). Spikes, level shifts and notes marked: {{marks}}. Tab to a mark to read its explanation.',
    noFigures: 'There are no figures to draw.',
    logNote: 'Logarithmic scale: each gridline is ten times the one below.',
    zeroHidden:
      'Zero values cannot be drawn on a logarithmic scale: {{periods}}. The table lists them.',
  },
  legend: {
    label: 'Legend',
    gap: 'No figure (the reason is given below the chart)',
    spike: 'Spike',
    levelShift: 'Level shift',
    annotation: 'Note from the public log',
  },
  mark: {
    spike: 'Spike, {{period}}',
    levelShift: 'Level shift, {{period}}',
    annotation: 'Note from the public log, {{period}}',
  },
  marks: {
    heading: 'Spikes, level shifts and notes in this view',
    lead: 'Found when the release was built, and explained from its published figures; notes come from the public log of known reporting changes.',
    none: 'No spike, level shift or note falls in this view.',
    networkOnly:
      'Spikes and level shifts are looked for in the totals for all organizations only; notes from the public log are shown for every view.',
  },
  nothing: {
    monthly:
      'This release publishes no figure for this selection. Companies report every quarter: their figures are in the quarterly and yearly releases.',
    other: 'This release publishes no figure for this selection.',
    showQuarterly: 'Show quarterly figures',
  },
  loading: 'Loading the figures…',
  error: 'The figures could not be loaded. Please try again later.',
  noRelease: 'No release has been published at this granularity yet.',
  notFound: 'There is no published release with this id.',
  showLatest: 'Show the latest release',
};

export type TrendsMessages = typeof en;

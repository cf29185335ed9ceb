export const en = {
  title: 'Overview',
  eyebrow: 'Public dashboard',
  heading: 'Child sexual abuse material: what the network reports',
  intro:
    'The latest published figures from hotlines and companies, against the period before and the same period a year earlier. Every figure has passed disclosure control: a count that could reveal a single organization is withheld, and a withheld figure is never shown as zero.',
  granularity: {
    label: 'Figures by',
  },
  headlines: {
    heading: 'Headline figures for {{period}}',
  },
  figure: {
    reports: {
      title: 'Reports received',
      lead: 'Hotlines received {{value}} reports in {{period}}',
    },
    csam: {
      title: 'Confirmed child sexual abuse material',
      lead: 'Hotlines confirmed {{value}} reports as child sexual abuse material in {{period}}',
    },
    actioned: {
      title: 'Content actioned by companies',
      lead: 'Companies took action on {{value}} items of content in {{period}}',
    },
    knownShare: {
      title: 'Known content',
      lead: '{{value}} of the files reported in {{period}} were content already known',
    },
    medianTakedown: {
      title: 'Median takedown time',
      lead: 'Half of the URLs hotlines notified in {{period}} were removed within {{value}}',
    },
    removedWithin3Days: {
      title: 'Removed within 3 days',
      lead: '{{value}} of the URLs hotlines notified in {{period}} were removed within 3 days',
    },
  },
  compare: {
    both: '{{lead}}, {{previous}} on the previous period ({{previousPeriod}}) and {{yearAgo}} on the same period a year earlier ({{yearAgoPeriod}}).',
    previous: '{{lead}}, {{previous}} on the previous period ({{previousPeriod}}).',
    yearAgo: '{{lead}}, {{yearAgo}} on the same period a year earlier ({{yearAgoPeriod}}).',
    none: '{{lead}}.',
    against: 'Against {{period}}',
    noFigure: 'no figure',
  },
  change: {
    up: 'up {{change}}',
    down: 'down {{change}}',
    same: 'unchanged',
    upPoints: 'up {{points}} percentage points',
    downPoints: 'down {{points}} percentage points',
  },
  gap: 'No figure for {{period}}. {{reason}}.',
  noFigure: 'No figure',
  spark: '{{what}}, {{from}} to {{to}}: small line chart',
  flags: {
    heading: 'Recent spikes and level shifts',
    lead: 'Unusual movements found when the release was built, explained from its published figures.',
    none: 'No spike or level shift was found in this release.',
  },
  loading: 'Loading the latest figures…',
  error: 'The figures could not be loaded. Please try again later.',
  noRelease: 'No release has been published at this granularity yet.',
  notFound: 'There is no published release with this id.',
  showLatest: 'Show the latest release',
};

export type OverviewMessages = typeof en;

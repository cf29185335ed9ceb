/** The takedown-times and known-content pages. */
export const en = {
  eyebrow: 'Public dashboard',
  granularity: {
    label: 'Figures by',
  },
  duration: {
    /** A time band between two durations: "24 hours to 3 days". */
    between: '{{from}} to {{to}}',
    within: 'Within {{duration}}',
    after: 'After more than {{duration}}',
    orMore: '{{duration}} or more',
    moreThan: 'More than {{duration}}',
    beyondCutoff: 'More than the cut-off',
    notRemoved: 'Not removed by the cut-off',
  },
  chart: {
    withheld: 'Period without figures',
    noData: 'There are no figures to draw.',
    spike: 'Spike (explained below)',
    noFigure: 'No figure: {{reason}}',
  },
  takedown: {
    title: 'Takedown times',
    heading: 'How quickly child sexual abuse material is taken down',
    intro:
      'How long it took, after a report or a notice, for the material to be removed: per period, the share removed within each time band, the median and the 90th percentile, and the share removed within 24 hours, 3 days and 7 days. A distribution is published only when enough organizations contribute and none of them dominates; otherwise the period is a gap, with the reason.',
    metric: {
      label: 'Takedowns by',
      hotline: 'Hotlines',
      company: 'Companies',
    },
    clock: {
      hotline:
        'Hotlines: URLs notified for removal, timed from the report being received to the material being removed.',
      company:
        'Companies: notices actioned, timed from the notice being received to action being taken.',
    },
    bands: {
      title: 'Time to removal, period by period',
      summary: 'Latest period with figures: {{period}}. {{list}}.',
      item: '{{band}}: {{share}}',
      none: 'No period of this release has a published takedown distribution.',
    },
    shares: {
      title: 'Share removed within 24 hours, 3 days and 7 days',
    },
    quantiles: {
      title: 'Median and 90th percentile',
      lead: 'Half of the items were removed within the median time, nine in ten within the 90th percentile. Each is published as the time band it falls in, with an estimate inside that band; when it falls beyond the longest time measured, only that is said.',
      median: 'Median',
      p90: '90th percentile',
      estimate: '{{what}}, estimate',
      band: '{{what}}, time band',
      summary:
        'In {{period}}, half of the items were removed within about {{median}} ({{medianBand}}), and nine in ten within about {{p90}} ({{p90Band}}).',
      summaryMedianBeyond:
        'In {{period}}, more than half of the items were not removed within the longest time measured.',
      summaryP90Beyond:
        'In {{period}}, half of the items were removed within about {{median}} ({{medianBand}}); more than one in ten were not removed within the longest time measured.',
      none: 'No period of this release has a published median or 90th percentile.',
      nothingNotified: 'Nothing was notified',
      tableLabel: 'Table: {{title}}',
    },
    country: {
      title: 'By hosting country',
      text: 'Hotlines send their takedown times by the country where the material was hosted, but releases do not publish them as statistics yet. This page therefore shows no takedown times by country, and does not estimate them from other published figures.',
      link: 'How takedown times are measured and published',
    },
  },
  known: {
    title: 'Known content and re-sharing',
    heading: 'Known content and re-sharing',
    intro:
      'How much of the material reported is already known, because it matches hash lists of material identified before, and how often the same items are shared again. Spikes in the number of files are explained by how much of the increase is known content shared again.',
    shares: {
      title: 'Known content and the ten most repeated items, as shares of files',
      known: 'Known content',
      top10: 'Ten most repeated items',
    },
    perItem: {
      title: 'Files per distinct item',
      series: 'Files per distinct item',
    },
    gini: {
      title: 'Concentration of files over items (Gini coefficient, bounds)',
      lower: 'Lower bound',
      upper: 'Upper bound',
    },
    files: {
      title: 'Files reported and files of known content',
      lead: 'Spikes are marked on the line of the chosen figure. Where both lines rise together, the increase is mostly material already known, shared again.',
      metric: 'Spikes of',
    },
    flags: {
      heading: 'Spikes and level shifts: {{metric}}',
      none: 'No spike or level shift was found for this figure in this release.',
    },
  },
  status: {
    loading: 'Loading the figures…',
    error: 'The figures could not be loaded. Please try again later.',
    noRelease: 'No release has been published at this granularity yet.',
    notFound: 'There is no published release with this id.',
    showLatest: 'Show the latest release',
  },
};

export type ContentPagesMessages = typeof en;

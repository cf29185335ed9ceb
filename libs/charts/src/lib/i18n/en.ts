export const en = {
  period: {
    quarter: 'Q{{quarter}} {{year}}',
    half: 'H{{half}} {{year}}',
  },
  table: {
    period: 'Period',
    value: 'Value',
  },
  frame: {
    showTable: 'Show as table',
    hideTable: 'Hide table',
    downloadCsv: 'Download CSV',
    /** Said after a button's visible text by screen readers, to tell charts apart. */
    of: ': {{title}}',
    tableLabel: 'Table: {{title}}',
    span: '{{from}} to {{to}}',
    gaps: 'No figure for {{keys}}. {{reason}}.',
    summary: {
      empty: 'There are no figures to show.',
      allGaps: 'No figure of {{series}} can be shown: every one is withheld or not published.',
      single: '{{series}}: only {{key}} has a figure, {{value}}.',
      range: '{{series}} went from {{fromValue}} in {{from}} to {{toValue}} in {{to}}.',
      change: 'That is a change of {{change}}.',
      extremes: 'The highest was {{max}} ({{maxKey}}), the lowest {{min}} ({{minKey}}).',
      gaps: '{{gaps}} of {{rows}} have no figure.',
    },
  },
  reason: {
    contributors: 'Withheld: too few organizations contribute',
    dominance: 'Withheld: one organization makes up most of the figure',
    small_count: 'Withheld: the count is too small to publish',
    secondary: 'Withheld so that another withheld figure cannot be worked out',
    not_published: 'Not published in this release',
    beyond_cutoff: 'More than half were not removed within the longest time measured',
    other: 'Withheld ({{code}})',
  },
};

export type ChartsMessages = typeof en;

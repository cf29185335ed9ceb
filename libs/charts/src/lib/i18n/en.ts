export const en = {
  period: {
    quarter: 'Q{{quarter}} {{year}}',
    half: 'H{{half}} {{year}}',
  },
  chart: {
    withheldMarker: 'Withheld period',
    noData: 'There are no figures to draw.',
    logNote: 'Logarithmic scale: each gridline is ten times the one below.',
    zeroHidden: 'Zero values cannot be drawn on a logarithmic scale; the table lists them.',
  },
  tooltip: {
    withheld: 'Withheld: too few contributors',
  },
  table: {
    show: 'Show as table',
    hide: 'Hide table',
    period: 'Period',
    value: 'Value',
    withheld: 'Withheld',
  },
  summary: {
    heading: 'Summary',
    empty: 'There are no figures for this selection.',
    allWithheld: 'Every period in this selection is withheld, so no figure can be shown.',
    single: 'Only one period is shown: {{period}}, with {{value}}.',
    range: 'From {{from}} to {{to}}, the total went from {{fromValue}} to {{toValue}}.',
    change: 'That is a change of {{change}}.',
    extremes: 'The highest figure was {{max}} ({{maxPeriod}}), the lowest {{min}} ({{minPeriod}}).',
    withheld: 'Withheld periods: {{withheld}} of {{periods}}.',
  },
};

export type ChartsMessages = typeof en;

/** Words every public page shares: metric names, the release a view reads, spike explanations. */
export const en = {
  /** Metric names by code in camel case (`hotline.urls.new_content` → `hotlineUrlsNewContent`). */
  metric: {
    hotlineReportsReceived: 'Reports received',
    hotlineReportsAssessed: 'Reports assessed',
    hotlineReportsCsam: 'Reports confirmed as child sexual abuse material',
    hotlineUrlsCsam: 'URLs of child sexual abuse material',
    hotlineUrlsNewContent: 'URLs with new content',
    hotlineTakedown: 'Hotline takedown times',
    companyReportsCybertipline: 'Reports to NCMEC or the national authority',
    companyNoticesReceived: 'Notices received',
    companyContentActioned: 'Content actioned',
    companyAccountsActioned: 'Accounts actioned',
    companyTakedown: 'Company takedown times',
    companyAppealsReceived: 'Appeals received',
    companyAppealsReinstated: 'Reinstated after appeal',
    contentFilesReported: 'Files reported or actioned',
    contentFilesKnown: 'Files of known content',
    contentItemsDistinct: 'Distinct content items',
    contentItemsByRepeat: 'Distinct items by number of files',
    contentFilesTop10: 'Files of the ten most repeated items',
  },
  granularity: {
    month: 'Monthly',
    quarter: 'Quarterly',
    year: 'Yearly',
  },
  per: {
    month: 'a month',
    quarter: 'a quarter',
    year: 'a year',
  },
  release: {
    label: 'Source of these figures',
    source:
      'Figures from the release “{{title}}”, version {{version}}, published on {{date}}, covering {{from}} to {{to}}.',
    sourceUndated:
      'Figures from the release “{{title}}”, version {{version}}, covering {{from}} to {{to}}.',
    about: 'About this release',
    pinned: 'This view is pinned to this release.',
    latest: 'Show the latest release instead',
    permalink: 'Link to these figures, pinned to this release',
    withdrawn: 'This release has been withdrawn: {{reason}}',
  },
  flag: {
    spike: 'Spike',
    levelShift: 'Level shift',
    spikeLead:
      'In {{period}} the figure was {{observed}}, where about {{expected}} was expected (the normal range goes up to {{upper}}).',
    increase: 'That is {{change}} above the expected level.',
    known: '{{share}} of the increase is re-shared known content.',
    returned: 'In {{period}} it returned to the expected level.',
    stillAbove: 'In {{period}} it stayed above the normal range.',
    shiftUp:
      'From {{period}}, the level rose to about {{after}} {{per}}, from about {{before}} before.',
    shiftDown:
      'From {{period}}, the level fell to about {{after}} {{per}}, from about {{before}} before.',
    change: 'A change of {{change}}.',
    breakInSeries:
      'A new organization started contributing in this period: this is a break in the series, not a finding.',
  },
};

export type PublicMessages = typeof en;

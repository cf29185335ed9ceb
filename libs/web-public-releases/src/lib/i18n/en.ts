/** The `publicReleases` namespace: the public releases, release and methodology pages. */
export const en = {
  loading: 'Loading…',
  eyebrow: 'Open data',
  sourceLanguage:
    'Metric names, definitions and breakdown values come from the catalogue in English, the language of the reporting standard.',
  unknownValue: 'unknown',
  period: {
    quarter: 'Q{{quarter}} {{year}}',
    half: 'H{{half}} {{year}}',
  },
  granularity: {
    month: 'Monthly',
    quarter: 'Quarterly',
    year: 'Yearly',
  },
  seriesKind: {
    month: 'Monthly series',
    quarter: 'Quarterly series',
    year: 'Yearly series',
  },
  group: {
    month: 'Monthly releases',
    quarter: 'Quarterly releases',
    year: 'Yearly releases',
    other: 'Other releases',
  },
  status: {
    published: 'Published',
    withdrawn: 'Withdrawn',
  },
  errors: {
    notFound: 'There is no published release at this address.',
    network: 'The server cannot be reached. Check your connection and try again.',
    unknown: 'The releases could not be loaded. Please try again in a moment.',
  },
  copy: {
    copied: 'Copied.',
    failed: 'Copying is not possible here: select the text and copy it yourself.',
  },
  release: {
    version: 'Version {{version}}',
    series: 'Series',
    granularity: 'Frequency',
    periods: 'Periods',
    range: '{{from}} to {{to}}',
    publishedAt: 'Published',
    withdrawnAt: 'Withdrawn',
    cells: 'Published cells',
    status: 'Status',
    checksum: 'SHA-256 checksum of cells.csv',
    copyChecksum: 'Copy the checksum',
    copyChecksumOf: 'Copy the checksum of {{title}}, version {{version}}',
    withdrawnNotice: 'Withdrawn on {{date}}. Reason given: {{reason}}',
    withdrawnShort: 'Withdrawn on {{date}}',
    open: 'Details, changes and citation',
    openOf: 'Details, changes and citation of {{title}}, version {{version}}',
  },
  downloads: {
    title: 'Downloads',
    labelOf: 'Downloads of {{title}}, version {{version}}',
    none: 'No file is available for this release.',
    name: {
      cellsCsv: 'Cells (CSV)',
      cellsJson: 'Cells (JSON)',
      statisticsJson: 'Statistics (JSON)',
      datapackageJson: 'Data package (datapackage.json)',
    },
    about: {
      cellsCsv:
        'Every cell, with its value or the reason it is withheld. Its SHA-256 is the checksum.',
      cellsJson: 'The same cells as JSON, with the facts of the release.',
      statisticsJson: 'Takedown times, re-sharing of known content, spikes and level shifts.',
      datapackageJson:
        'Describes the files: columns, size and SHA-256 of each (Frictionless Data).',
    },
  },
  verify: {
    title: 'How to check a download',
    intro:
      'The checksum identifies the exact bytes of cells.csv. If the file you have gives the same checksum, it is the published file, unchanged.',
    steps: 'Download cells.csv, then run one of these commands in the folder where it was saved:',
    linux: 'Linux',
    mac: 'macOS',
    windows: 'Windows (PowerShell)',
    check: 'Or let sha256sum compare for you; it prints “OK” when the file matches:',
    compare:
      'The command prints a code of 64 letters and digits: it must be the checksum shown for the release (PowerShell writes the letters in capitals, which does not matter).',
  },
  list: {
    title: 'Data releases',
    lead: 'Every release of the network’s figures. A published release never changes: corrections are published as a new version, and a withdrawn release stays listed with its reason.',
    empty: 'No release has been published yet.',
    contents: 'Release series',
    count_one: '{{count, number}} release',
    count_other: '{{count, number}} releases',
  },
  detail: {
    back: 'All releases',
    lead: '{{kind}}, version {{version}}: {{periods}}',
    facts: 'About this release',
    contents: 'On this page',
    methodology: 'Methodology as of this release',
    newer: 'A newer version of this series is published: version {{version}},',
    disclosure: {
      title: 'How the figures are protected',
      lead: 'Disclosure control applied to every cell of this release, totals included, before it was published.',
    },
    definitions: {
      title: 'Metric definitions used',
      lead: 'A change of meaning is a new definition version; a release records the version of each metric it uses.',
      caption: 'Definition version of each metric in this release',
      metric: 'Metric',
      code: 'Code',
      version: 'Version used',
      current: 'Current catalogue',
      same: 'Same (version {{version}})',
      newer: 'Now version {{version}}',
      unknown: 'No longer in the catalogue',
    },
    changes: {
      title: 'Changes against the previous version',
      compared: 'Compared with version {{version}} of this series ({{title}}), published {{date}}.',
      comparedUnknown: 'Compared with the previous version of this series.',
      first: 'This is the first version of this series: there is nothing to compare with.',
      none: 'No published figure changed.',
      count_one: '{{count, number}} figure changed.',
      count_other: '{{count, number}} figures changed.',
      byReasonCaption: 'Number of changed figures by reason',
      reason: 'Reason',
      figures: 'Figures',
      group_one: '{{count, number}} change',
      group_other: '{{count, number}} changes',
      showAll_one: 'Show the other change of {{metric}}',
      showAll_other: 'Show the other {{count, number}} changes of {{metric}}',
      showFewer: 'Show fewer changes of {{metric}}',
    },
    citation: {
      title: 'How to cite this release',
      lead: 'Cite the version and the checksum, so that readers can find and check exactly these figures.',
      label: 'Citation',
      copy: 'Copy the citation',
    },
  },
  change: {
    cell: '{{metric}}, {{scope}}, {{period}}',
    cellBreakdown: '{{metric}}, {{scope}}, {{dimension}}: {{value}}, {{period}}',
    changed: '{{cell}}: {{before}} → {{after}} ({{delta}})',
    changedNoDelta: '{{cell}}: {{before}} → {{after}}',
    added: '{{cell}}: newly published, {{after}}',
    removed: '{{cell}}: no longer published (was {{before}})',
    because: '{{change}} — {{reasons}}',
  },
  withheld: {
    contributors: 'withheld (too few contributors)',
    dominance: 'withheld (one contributor dominates)',
    small_count: 'fewer than 10',
    secondary: 'withheld (protects another figure)',
    other: 'withheld',
  },
  reasons: {
    corrected_submissions: 'corrected submissions',
    late_submissions: 'late submissions',
    definition_changed: 'definition changed',
    disclosure_control: 'disclosure control',
  },
  scope: {
    network: 'network',
    hotlines: 'all hotlines',
    companies: 'all companies',
    organization: '{{slug}} (own figures)',
  },
  units: {
    reports: 'reports',
    urls: 'URLs',
    notices: 'notices',
    items: 'items',
    files: 'files',
    accounts: 'accounts',
    appeals: 'appeals',
  },
  rules: {
    contributors:
      'Every published figure combines the figures of at least {{count}} organizations. The only exception is an organization’s own figures, published under its name because it asked for it.',
    dominance:
      'A figure is withheld when one organization makes up most of it, so that no one can work out that organization’s figure approximately. The exact threshold is not published, because knowing it would help to work back to that figure.',
    smallCount:
      'Counts of {{units}} from 1 to 9 are never shown: they appear as “fewer than 10”. Zero is shown as 0.',
    secondary:
      'When a withheld figure could be worked out from published ones — by subtraction from a total, from the other rows of a table, or over time (a quarter minus its published months) — more figures are withheld until it cannot.',
    roundingNone: 'Figures are not rounded.',
    rounding:
      'Each figure is rounded at random to a multiple of {{base}}, up or down, so that it is right on average. The same figure always rounds the same way, so comparing releases does not reveal the exact count.',
    noiseNone: 'No random noise is added: apart from withheld figures, the counts are exact.',
    noise:
      'Counts of {{metrics}} carry random noise (differential privacy, discrete Gaussian mechanism). This release spends a privacy budget of ρ = {{rho}} (ε = {{epsilon}} at δ = {{delta}}). The series has spent ρ = {{spent}} of its limit of {{limit}} across its releases.',
    noiseSums:
      'Quarterly and yearly figures are sums of the noisy months, never drawn afresh, so the noise cannot be averaged away.',
    zero: 'A withheld figure is a gap, never a zero: its value and its number of contributors are not published.',
  },
  suppression: {
    title: 'What a withheld figure’s reason means',
    lead: 'A withheld figure is published with one of these reasons instead of its value.',
    caption: 'Reasons a figure is withheld, and what they mean',
    code: 'Code in the files',
    name: 'Shown as',
    meaning: 'Meaning',
    meaningOf: {
      contributors: 'Fewer than {{minimum}} organizations contribute to the figure.',
      dominance:
        'One organization makes up so much of the figure that publishing it would reveal that organization’s figure approximately.',
      small_count:
        'The figure counts reports, notices, accounts or appeals and is between 1 and 9.',
      secondary:
        'The figure itself is safe, but publishing it would let someone work out another withheld figure by subtraction.',
    },
  },
  methodology: {
    title: 'Methodology',
    lead: 'What each figure counts, how figures are protected before they are published, and how the analyses are computed. This page is generated from the metric catalogue and from the parameters of a release.',
    contents: 'On this page',
    release: {
      legend: 'Parameters of release',
      label: 'Release',
      option: '{{title}}, version {{version}}',
      optionWithdrawn: '{{title}}, version {{version}} (withdrawn)',
      show: 'Show',
      pinned: 'Disclosure rules as applied in {{title}}, version {{version}}, published {{date}}.',
      latest:
        'Disclosure rules as applied in the latest release: {{title}}, version {{version}}, published {{date}}.',
      none: 'No release has been published yet: the rules below give the catalogue only.',
      notFound: 'The release asked for was not found; the latest release is shown instead.',
      open: 'See this release',
    },
    metrics: {
      title: 'What is counted',
      lead: 'Every figure is a count of whole units, submitted by hotlines, companies or both. Rates, shares and medians are derived from the counts, never submitted.',
      group: {
        hotline: 'Submitted by hotlines',
        company: 'Submitted by companies',
        both: 'Submitted by hotlines and companies',
        other: 'Other metrics',
      },
      count_one: '{{count, number}} metric',
      count_other: '{{count, number}} metrics',
      unit: 'Unit',
      version: 'Definition version',
      versionUsed: 'Version {{used}} in this release (catalogue: version {{current}})',
      versionOnly: 'Version {{version}}',
      dimensions: 'Broken down by',
      noDimensions: 'Not broken down: a single total.',
      required: 'Always broken down by',
      smallCount: 'Small counts',
      smallCountYes: 'Shown as “fewer than 10”',
      smallCountNo: 'Shown as counted (they count content, not people or reports)',
    },
    rules: {
      title: 'What may be published: disclosure rules',
      lead: 'These rules apply to every published cell, totals and sub-totals included, when a release is built. Public pages and downloads read only published releases.',
    },
    analytics: {
      title: 'How the analyses are computed',
      lead: 'Analyses are computed from the published figures when a release is built, and stored with it.',
      spikes: {
        title: 'Spikes',
        model:
          'For each monthly or quarterly series, the expected value of a period is estimated from the history before it: a trend fitted to the counts (with a month-of-year pattern once three full years exist), in which earlier unusual periods count less. The model allows for more variation than pure chance, so ordinary ups and downs are not flagged.',
        rule: 'A period is a spike when its value is above the upper bound of the {{level}} prediction interval, and at least {{relative}} and {{absolute}} counts above the expected value. A series is tested once it has {{minPoints}} periods.',
        words:
          'Every spike is explained in words from published figures only: how far above the expected value it is, how much of the increase is re-shared known content, and whether the next period came back to normal. A new contributor joining is a break in the series, not a spike; known reporting changes are listed in the public annotation log.',
      },
      shifts: {
        title: 'Level shifts',
        text: 'A level shift is a lasting change of level rather than one unusual period. It is found with a cumulative sum of the differences between observed and expected values (tabular CUSUM with k = {{k}} and h = {{h}}), and dated with a change-point search (PELT).',
      },
      takedown: {
        title: 'Takedown times',
        bands:
          'Submitters send how many items were removed within fixed time bands (under 1 hour, 1 to 2 hours … over 30 days, and not removed) instead of their own medians, because medians cannot be combined. The bands are added up across submitters.',
        shares:
          'The shares removed within 24 hours, 3 days and 7 days are divided by all notified items, including those not removed.',
        quantiles:
          'The median and the 90th percentile are given as the time band they fall in, with an estimate inside it. When they fall among items not removed, they are given as “more than the cut-off”.',
        disclosure:
          'A distribution is published only when at least {{minContributors}} organizations contribute and none holds more than {{maxShare}} of the items.',
      },
      known: {
        title: 'Known content and re-sharing',
        intro:
          'Computed from counts of files and of distinct items; no image or hash ever leaves the submitter.',
        share: 'Known-content share: files matching previously known material ÷ files reported.',
        perItem: 'Files per distinct item: files reported ÷ distinct items.',
        top10: 'Top-10 share: files showing the 10 most repeated items ÷ files reported.',
        gini: 'Concentration: lower and upper bounds of the Gini coefficient of files per item, from how many items are shown in 1, 2, 3–5 … files.',
      },
    },
  },
  citation: {
    text: '{{publisher}} ({{year}}). {{title}}, version {{version}} [data set, series {{series}}]. Published {{date}}. {{url}}. SHA-256 of cells.csv: {{checksum}}.',
    withdrawn: 'Withdrawn on {{date}}.',
    publisher: 'Candor',
    noChecksum: 'none',
  },
};

export type PublicReleasesMessages = typeof en;

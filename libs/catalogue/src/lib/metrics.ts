import type { MetricDefinition } from './types';

/** Version of the catalogue as a whole; each metric also carries its own definition version. */
export const CATALOGUE_VERSION = 1;

export const METRICS: readonly MetricDefinition[] = [
  {
    code: 'hotline.reports.received',
    version: 1,
    label: 'Reports received',
    definition:
      'Reports received by the hotline in the period, from the public or partner organizations.',
    unit: 'reports',
    submittedBy: 'hotline',
    dimensions: [],
  },
  {
    code: 'hotline.reports.assessed',
    version: 1,
    label: 'Reports assessed',
    definition: 'Reports received that an analyst assessed in the period.',
    unit: 'reports',
    submittedBy: 'hotline',
    dimensions: [],
  },
  {
    code: 'hotline.reports.csam',
    version: 1,
    label: 'Reports confirmed as CSAM',
    definition: 'Assessed reports found to contain child sexual abuse material.',
    unit: 'reports',
    submittedBy: 'hotline',
    dimensions: [],
  },
  {
    code: 'hotline.urls.csam',
    version: 1,
    label: 'CSAM URLs',
    definition: 'Unique content URLs assessed as child sexual abuse material in the period.',
    unit: 'urls',
    submittedBy: 'hotline',
    dimensions: [
      'hosting_country',
      'content_type',
      'victim_age',
      'victim_sex',
      'site_type',
      'origin',
    ],
  },
  {
    code: 'hotline.urls.new_content',
    version: 1,
    label: 'CSAM URLs with new content',
    definition:
      'Of the CSAM URLs, those whose content was not previously known to the hotline network.',
    unit: 'urls',
    submittedBy: 'hotline',
    dimensions: ['content_type'],
  },
  {
    code: 'hotline.takedown',
    version: 1,
    label: 'Hotline takedown times',
    definition:
      'CSAM URLs notified for removal in the period, by time from the report being received to the content being removed (the INHOPE notice-and-takedown clock).',
    unit: 'urls',
    submittedBy: 'hotline',
    dimensions: ['takedown_hours', 'hosting_country'],
    requiredDimension: 'takedown_hours',
  },
  {
    code: 'company.reports.cybertipline',
    version: 1,
    label: 'Reports to NCMEC or the national authority',
    definition:
      'Reports the company made to NCMEC’s CyberTipline or to the competent national authority in the period.',
    unit: 'reports',
    submittedBy: 'company',
    dimensions: ['user_country'],
  },
  {
    code: 'company.notices.received',
    version: 1,
    label: 'Notices received',
    definition:
      'Notices of suspected child sexual abuse material the company received in the period.',
    unit: 'notices',
    submittedBy: 'company',
    dimensions: ['detection'],
  },
  {
    code: 'company.content.actioned',
    version: 1,
    label: 'Content actioned',
    definition: 'Pieces of content the company removed or disabled as child sexual abuse material.',
    unit: 'items',
    submittedBy: 'company',
    dimensions: ['content_type', 'detection'],
  },
  {
    code: 'company.accounts.actioned',
    version: 1,
    label: 'Accounts actioned',
    definition: 'Accounts the company disabled for child sexual abuse material.',
    unit: 'accounts',
    submittedBy: 'company',
    dimensions: [],
  },
  {
    code: 'company.takedown',
    version: 1,
    label: 'Company takedown times',
    definition:
      'Notices actioned in the period, by time from the notice being received to action being taken (the DSA “median time to take action” clock).',
    unit: 'notices',
    submittedBy: 'company',
    dimensions: ['takedown_hours', 'detection'],
    requiredDimension: 'takedown_hours',
  },
  {
    code: 'company.appeals.received',
    version: 1,
    label: 'Appeals received',
    definition: 'Appeals against the company’s child sexual abuse material decisions.',
    unit: 'appeals',
    submittedBy: 'company',
    dimensions: [],
  },
  {
    code: 'company.appeals.reinstated',
    version: 1,
    label: 'Reinstated after appeal',
    definition: 'Content or accounts reinstated after an appeal.',
    unit: 'appeals',
    submittedBy: 'company',
    dimensions: [],
  },
  {
    code: 'content.files.reported',
    version: 1,
    label: 'Files reported or actioned',
    definition: 'Files (images, videos) reported to or actioned by the organization in the period.',
    unit: 'files',
    submittedBy: 'both',
    dimensions: ['content_type'],
  },
  {
    code: 'content.files.known',
    version: 1,
    label: 'Files of known content',
    definition:
      'Of the files reported or actioned, those matching previously known material on hash lists.',
    unit: 'files',
    submittedBy: 'both',
    dimensions: ['content_type', 'match'],
  },
  {
    code: 'content.items.distinct',
    version: 1,
    label: 'Distinct content items',
    definition: 'Distinct content items among the files reported or actioned in the period.',
    unit: 'items',
    submittedBy: 'both',
    dimensions: ['content_type'],
  },
  {
    code: 'content.items.by_repeat',
    version: 1,
    label: 'Distinct items by number of files',
    definition: 'Distinct content items, by how many files of the period show each of them.',
    unit: 'items',
    submittedBy: 'both',
    dimensions: ['repeat'],
    requiredDimension: 'repeat',
  },
  {
    code: 'content.files.top10',
    version: 1,
    label: 'Files of the ten most repeated items',
    definition: 'Files showing the ten items the organization saw most often in the period.',
    unit: 'files',
    submittedBy: 'both',
    dimensions: [],
  },
];

const byCode = new Map(METRICS.map((m) => [m.code, m]));

export function findMetric(code: string): MetricDefinition | undefined {
  return byCode.get(code);
}

/** Metrics an organization of this kind may submit. */
export function metricsFor(kind: 'hotline' | 'company'): MetricDefinition[] {
  return METRICS.filter((m) => m.submittedBy === kind || m.submittedBy === 'both');
}

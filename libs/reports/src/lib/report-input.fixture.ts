// Fixtures for the report specs: a small quarterly release with every kind of figure.
import type { CellInput, ReportInput, StatisticInput } from './types';

export const SECRET_P = 13.579;
/** A value a withheld cell holds by mistake: it must never reach a report. */
export const LEAKED = 987_654;

export const cell = (over: Partial<CellInput>): CellInput => ({
  metric: 'hotline.reports.received',
  scope: 'network',
  period: '2026-Q1',
  dimension: null,
  dimensionValue: null,
  value: 100,
  suppression: null,
  ...over,
});

const takedown = (period: string, median: number, within72h: number): StatisticInput => ({
  kind: 'takedown',
  metric: 'hotline.takedown',
  scope: 'network',
  period,
  data: {
    publishable: true,
    description: {
      notified: 4321,
      median: { q: 0.5, kind: 'within', point: median, bucket: '[24,48)', from: 24, to: 48 },
      p90: { q: 0.9, kind: 'beyond_cutoff', bucket: '[720,∞)', cutoffHours: 720 },
      within24h: 0.4,
      within72h,
      within7d: 0.9,
    },
  },
});

export function testInput(over: Partial<ReportInput> = {}): ReportInput {
  return {
    release: {
      id: 'network-quarter-v3',
      series: 'network-quarter',
      version: 3,
      title: 'Network quarterly figures',
      periodFrom: '2025-Q4',
      periodTo: '2026-Q1',
      granularity: 'quarter',
      publishedAt: '2026-04-15T09:00:00.000Z',
      checksum: 'ab'.repeat(32),
      options: { p: SECRET_P, minContributors: 3, roundingBase: 5, noise: null },
      definitionVersions: { 'hotline.reports.received': 2 },
      changelog: [
        {
          metric: 'hotline.reports.received',
          scope: 'network',
          period: '2025-Q4',
          dimension: null,
          dimensionValue: null,
          before: 1190,
          after: 1200,
          delta: 10,
          reasons: ['late_submissions'],
        },
        {
          metric: 'company.content.actioned',
          scope: 'companies',
          period: '2025-Q4',
          dimension: null,
          dimensionValue: null,
          before: 50,
          after: 'withheld (contributors)',
          delta: null,
          reasons: ['corrected_submissions'],
        },
      ],
    },
    cells: [
      cell({ period: '2025-Q4', value: 1200 }),
      cell({ period: '2026-Q1', value: 1500 }),
      cell({
        metric: 'hotline.reports.csam',
        period: '2025-Q4',
        value: null,
        suppression: 'dominance',
      }),
      cell({ metric: 'hotline.reports.csam', period: '2026-Q1', value: 400 }),
      cell({ metric: 'company.content.actioned', period: '2025-Q4', value: 0 }),
      cell({ metric: 'company.content.actioned', period: '2026-Q1', value: 5000 }),
      cell({ metric: 'company.content.actioned', scope: 'companies', period: '2025-Q4', value: 0 }),
      cell({
        metric: 'company.content.actioned',
        scope: 'companies',
        period: '2026-Q1',
        value: 5000,
      }),
      cell({
        metric: 'company.content.actioned',
        scope: 'hotlines',
        period: '2026-Q1',
        value: null,
        suppression: 'zero_contributors',
      }),
      cell({
        metric: 'hotline.reports.received',
        scope: 'organization:acme',
        period: '2026-Q1',
        value: 70,
      }),
      cell({ metric: 'hotline.urls.csam', period: '2026-Q1', value: 800 }),
      cell({
        metric: 'hotline.urls.csam',
        period: '2026-Q1',
        dimension: 'hosting_country',
        dimensionValue: 'NL',
        value: 300,
      }),
      cell({
        metric: 'hotline.urls.csam',
        period: '2026-Q1',
        dimension: 'hosting_country',
        dimensionValue: 'DE',
        value: LEAKED,
        suppression: 'small_count',
      }),
      cell({
        metric: 'hotline.urls.csam',
        period: '2025-Q4',
        dimension: 'hosting_country',
        dimensionValue: 'NL',
        value: 250,
      }),
      cell({ metric: 'content.files.reported', period: '2026-Q1', value: 1000 }),
      cell({ metric: 'content.files.known', period: '2026-Q1', value: 600 }),
    ],
    statistics: [
      takedown('2025-Q4', 40, 0.6),
      takedown('2026-Q1', 30, 0.7),
      {
        kind: 'takedown',
        metric: 'company.takedown',
        scope: 'network',
        period: '2026-Q1',
        data: { publishable: false, reason: 'contributors' },
      },
      {
        kind: 'redistribution',
        metric: 'content.files.reported',
        scope: 'network',
        period: '2026-Q1',
        data: { knownShare: 0.6, filesPerItem: 2.5, top10Share: 0.2, gini: null },
      },
      {
        kind: 'spike',
        metric: 'hotline.reports.received',
        scope: 'network',
        period: '2026-Q1',
        data: { text: 'Reports rose above the expected range.' },
      },
    ],
    metrics: [
      {
        code: 'hotline.reports.received',
        label: 'Reports received',
        unit: 'reports',
        definition: 'Reports a hotline received.',
        version: 3,
      },
      {
        code: 'hotline.reports.csam',
        label: 'Reports confirmed as CSAM',
        unit: 'reports',
        definition: 'Reports assessed as CSAM.',
        version: 1,
      },
      {
        code: 'company.content.actioned',
        label: 'Content actioned',
        unit: 'items',
        definition: 'Items a company actioned.',
        version: 1,
      },
      {
        code: 'company.appeals.received',
        label: 'Appeals',
        unit: 'appeals',
        definition: 'Appeals received.',
        version: 1,
      },
    ],
    definition: { releaseId: 'network-quarter-v3', scope: 'network', language: 'en' },
    ...over,
  };
}

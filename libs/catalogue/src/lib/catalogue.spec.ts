import {
  DIMENSIONS,
  NOT_REMOVED,
  REPEAT_BUCKETS,
  TAKEDOWN_BUCKETS,
  findDimension,
  isDimensionCode,
} from './dimensions';
import { METRICS, findMetric, metricsFor } from './metrics';

// The catalogue of metrics.md, version 1, transcribed: code → who submits it → allowed dimensions.
const METRICS_MD: [string, string, string[]][] = [
  ['hotline.reports.received', 'hotline', []],
  ['hotline.reports.assessed', 'hotline', []],
  ['hotline.reports.csam', 'hotline', []],
  [
    'hotline.urls.csam',
    'hotline',
    ['hosting_country', 'content_type', 'victim_age', 'victim_sex', 'site_type', 'origin'],
  ],
  ['hotline.urls.new_content', 'hotline', ['content_type']],
  ['hotline.takedown', 'hotline', ['takedown_hours', 'hosting_country']],
  ['company.reports.cybertipline', 'company', ['user_country']],
  ['company.notices.received', 'company', ['detection']],
  ['company.content.actioned', 'company', ['content_type', 'detection']],
  ['company.accounts.actioned', 'company', []],
  ['company.takedown', 'company', ['takedown_hours', 'detection']],
  ['company.appeals.received', 'company', []],
  ['company.appeals.reinstated', 'company', []],
  ['content.files.reported', 'both', ['content_type']],
  ['content.files.known', 'both', ['content_type', 'match']],
  ['content.items.distinct', 'both', ['content_type']],
  ['content.items.by_repeat', 'both', ['repeat']],
  ['content.files.top10', 'both', []],
];

const DIMENSIONS_MD: Record<string, string[] | 'country'> = {
  hosting_country: 'country',
  user_country: 'country',
  content_type: ['image', 'video', 'other', 'unknown'],
  detection: [
    'user_report',
    'hotline_notice',
    'authority_order',
    'proactive_hash_match',
    'proactive_classifier',
    'other',
  ],
  victim_age: ['0-2', '3-13', '14-17', 'unknown'],
  victim_sex: ['female', 'male', 'both', 'unknown'],
  site_type: [
    'image_host',
    'file_host',
    'website',
    'forum',
    'social_network',
    'video_platform',
    'other',
    'unknown',
  ],
  origin: ['self_generated', 'other', 'unknown'],
  match: ['exact', 'perceptual'],
  takedown_hours: [
    '[0,1)',
    '[1,2)',
    '[2,4)',
    '[4,8)',
    '[8,12)',
    '[12,24)',
    '[24,48)',
    '[48,72)',
    '[72,168)',
    '[168,336)',
    '[336,720)',
    '[720,∞)',
    'not_removed',
  ],
  repeat: ['1', '2', '3-5', '6-10', '11-100', '101-1000', '1001+'],
};

describe('metric catalogue, version 1', () => {
  it('holds exactly the metrics of metrics.md, in its order, with who submits them and their dimensions', () => {
    expect(METRICS.map((m) => [m.code, m.submittedBy, [...m.dimensions]])).toEqual(METRICS_MD);
  });

  it.each(METRICS.map((m) => [m.code, m] as const))(
    '%s has a version, a label, a plain-English definition and a unit',
    (_code, metric) => {
      expect(metric.version).toBe(1);
      expect(metric.label.length).toBeGreaterThan(3);
      expect(metric.definition).toMatch(/^[A-Z].{20,}\.$/);
      expect(metric.unit).toMatch(/^(reports|urls|notices|items|files|accounts|appeals)$/);
    },
  );

  it('marks the histogram dimension as required where metrics.md does', () => {
    expect(
      METRICS.filter((m) => m.requiredDimension).map((m) => [m.code, m.requiredDimension]),
    ).toEqual([
      ['hotline.takedown', 'takedown_hours'],
      ['company.takedown', 'takedown_hours'],
      ['content.items.by_repeat', 'repeat'],
    ]);
  });

  it('finds metrics by code and by submitter kind', () => {
    expect(findMetric('hotline.urls.csam')?.label).toBe('CSAM URLs');
    expect(findMetric('hotline.urls')).toBeUndefined();
    expect(metricsFor('hotline').map((m) => m.code)).toEqual(
      METRICS.filter((m) => m.submittedBy !== 'company').map((m) => m.code),
    );
    expect(metricsFor('company').some((m) => m.code.startsWith('hotline.'))).toBe(false);
  });
});

describe('dimensions', () => {
  it('holds exactly the dimensions and values of metrics.md, each with a definition', () => {
    expect(
      Object.fromEntries(
        DIMENSIONS.map((d) => [
          d.code,
          d.kind === 'country' ? 'country' : d.values.map((v) => v.code),
        ]),
      ),
    ).toEqual(DIMENSIONS_MD);
    for (const dimension of DIMENSIONS) {
      expect(dimension.definition).toMatch(/^[A-Z].{20,}\.$/);
      for (const value of dimension.values) expect(value.label.length).toBeGreaterThan(0);
    }
  });

  it('defines contiguous takedown buckets from 0 h to open-ended, plus not_removed', () => {
    TAKEDOWN_BUCKETS.forEach((bucket, i) =>
      expect(bucket.from).toBe(i === 0 ? 0 : TAKEDOWN_BUCKETS[i - 1]!.to),
    );
    expect(TAKEDOWN_BUCKETS.at(-1)!.to).toBe(Number.POSITIVE_INFINITY);
    expect(NOT_REMOVED).toBe('not_removed');
  });

  it('defines contiguous repeat buckets from 1 file', () => {
    REPEAT_BUCKETS.forEach((bucket, i) =>
      expect(bucket.from).toBe(i === 0 ? 1 : REPEAT_BUCKETS[i - 1]!.to + 1),
    );
  });

  it('recognises dimension codes', () => {
    expect(isDimensionCode('content_type')).toBe(true);
    expect(isDimensionCode('colour')).toBe(false);
    expect(findDimension('match')?.values.map((v) => v.code)).toEqual(['exact', 'perceptual']);
  });
});

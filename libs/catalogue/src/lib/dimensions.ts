import type { DimensionCode, DimensionDefinition, DimensionValue } from './types';

const values = (...pairs: [string, string][]): DimensionValue[] =>
  pairs.map(([code, label]) => ({ code, label }));

/** Histogram edges of `takedown_hours`, in hours; the last bucket is open-ended. */
export const TAKEDOWN_BUCKETS = [
  { code: '[0,1)', from: 0, to: 1 },
  { code: '[1,2)', from: 1, to: 2 },
  { code: '[2,4)', from: 2, to: 4 },
  { code: '[4,8)', from: 4, to: 8 },
  { code: '[8,12)', from: 8, to: 12 },
  { code: '[12,24)', from: 12, to: 24 },
  { code: '[24,48)', from: 24, to: 48 },
  { code: '[48,72)', from: 48, to: 72 },
  { code: '[72,168)', from: 72, to: 168 },
  { code: '[168,336)', from: 168, to: 336 },
  { code: '[336,720)', from: 336, to: 720 },
  { code: '[720,∞)', from: 720, to: Number.POSITIVE_INFINITY },
] as const;

/** The bucket for items still online at the cut-off. */
export const NOT_REMOVED = 'not_removed';

/** Buckets of `repeat`: distinct items by how many files of the period show them. */
export const REPEAT_BUCKETS = [
  { code: '1', from: 1, to: 1 },
  { code: '2', from: 2, to: 2 },
  { code: '3-5', from: 3, to: 5 },
  { code: '6-10', from: 6, to: 10 },
  { code: '11-100', from: 11, to: 100 },
  { code: '101-1000', from: 101, to: 1000 },
  { code: '1001+', from: 1001, to: Number.POSITIVE_INFINITY },
] as const;

export const UNKNOWN = 'unknown';

export const DIMENSIONS: readonly DimensionDefinition[] = [
  {
    code: 'hosting_country',
    label: 'Hosting country',
    definition:
      'The country where the content was hosted when it was assessed, as an ISO 3166-1 alpha-2 code, or unknown.',
    kind: 'country',
    values: [],
  },
  {
    code: 'user_country',
    label: 'User country',
    definition:
      'The country where the reported account appears to be located (the sense of NCMEC’s by-country tables), as an ISO 3166-1 alpha-2 code, or unknown.',
    kind: 'country',
    values: [],
  },
  {
    code: 'content_type',
    label: 'Content type',
    definition: 'The kind of media: still image, video, other media, or unknown.',
    kind: 'enumeration',
    values: values(
      ['image', 'Image'],
      ['video', 'Video'],
      ['other', 'Other'],
      [UNKNOWN, 'Unknown'],
    ),
  },
  {
    code: 'detection',
    label: 'Detection',
    definition:
      'How the content came to the organization’s attention: a user report, a hotline notice, an order from an authority, proactive matching against known-content hash lists, a proactive classifier, or another way.',
    kind: 'enumeration',
    values: values(
      ['user_report', 'User report'],
      ['hotline_notice', 'Hotline notice'],
      ['authority_order', 'Authority order'],
      ['proactive_hash_match', 'Proactive hash match'],
      ['proactive_classifier', 'Proactive classifier'],
      ['other', 'Other'],
    ),
  },
  {
    code: 'victim_age',
    label: 'Victim age',
    definition:
      'Age group of the youngest child shown, as IWF and INHOPE record it: 0–2, 3–13, 14–17 years, or unknown.',
    kind: 'enumeration',
    values: values(
      ['0-2', '0–2 years'],
      ['3-13', '3–13 years'],
      ['14-17', '14–17 years'],
      [UNKNOWN, 'Unknown'],
    ),
  },
  {
    code: 'victim_sex',
    label: 'Victim sex',
    definition:
      'Sex of the children shown, as INHOPE publishes it: female, male, both, or unknown.',
    kind: 'enumeration',
    values: values(['female', 'Female'], ['male', 'Male'], ['both', 'Both'], [UNKNOWN, 'Unknown']),
  },
  {
    code: 'site_type',
    label: 'Site type',
    definition: 'The kind of service that hosted the content.',
    kind: 'enumeration',
    values: values(
      ['image_host', 'Image host'],
      ['file_host', 'File host'],
      ['website', 'Website'],
      ['forum', 'Forum'],
      ['social_network', 'Social network'],
      ['video_platform', 'Video platform'],
      ['other', 'Other'],
      [UNKNOWN, 'Unknown'],
    ),
  },
  {
    code: 'origin',
    label: 'Origin',
    definition:
      'Whether the imagery was self-generated (made by the child, often under coercion, as IWF records it), of other origin, or unknown.',
    kind: 'enumeration',
    values: values(['self_generated', 'Self-generated'], ['other', 'Other'], [UNKNOWN, 'Unknown']),
  },
  {
    code: 'match',
    label: 'Match type',
    definition:
      'How a file matched previously known material: an exact (cryptographic) hash match or a perceptual hash match.',
    kind: 'enumeration',
    values: values(['exact', 'Exact hash'], ['perceptual', 'Perceptual hash']),
  },
  {
    code: 'takedown_hours',
    label: 'Time to removal',
    definition:
      'Histogram bucket of the time from the report or notice to removal, in hours; not_removed counts items still online at the cut-off.',
    kind: 'histogram',
    values: [
      ...TAKEDOWN_BUCKETS.map((b) => ({
        code: b.code,
        label: Number.isFinite(b.to) ? `${b.from}–${b.to} h` : `${b.from} h or more`,
      })),
      { code: NOT_REMOVED, label: 'Not removed at the cut-off' },
    ],
  },
  {
    code: 'repeat',
    label: 'Files per item',
    definition: 'Histogram bucket of how many files of the period show the same distinct item.',
    kind: 'histogram',
    values: REPEAT_BUCKETS.map((b) => ({
      code: b.code,
      label: b.code.endsWith('+') ? `${b.from} files or more` : `${b.code} files`,
    })),
  },
];

const byCode = new Map(DIMENSIONS.map((d) => [d.code, d]));

export function findDimension(code: string): DimensionDefinition | undefined {
  return byCode.get(code as DimensionCode);
}

export function isDimensionCode(code: string): code is DimensionCode {
  return byCode.has(code as DimensionCode);
}

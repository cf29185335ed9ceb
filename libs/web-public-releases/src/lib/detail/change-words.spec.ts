import { wordsFor } from '../i18n';
import { createFormat } from '../shared/format';
import { cellNames } from '../shared/names';
import { describeChange, scopeWords } from './change-words';
import { toChangeRows } from './changes';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace('−', '-');

const catalogue = [
  { code: 'hotline.reports.received', label: 'Reports received', dimensions: [] },
  {
    code: 'hotline.urls.csam',
    label: 'CSAM URLs',
    dimensions: [
      { code: 'hosting_country', label: 'Hosting country', kind: 'country', values: [] },
      {
        code: 'content_type',
        label: 'Content type',
        kind: 'enumeration',
        values: [{ code: 'video', label: 'Video' }],
      },
    ],
  },
];
const countries = [{ code: 'NL', name: 'Netherlands' }];

function sentence(language: 'en' | 'fr' | 'de' | 'es', entry: Record<string, unknown>) {
  const words = wordsFor(language);
  const format = createFormat(language, words);
  const names = cellNames(catalogue, countries, language, words.unknownValue);
  const [row] = toChangeRows([
    {
      metric: 'hotline.reports.received',
      scope: 'network',
      period: '2026-03',
      dimension: null,
      dimensionValue: null,
      before: 4200,
      after: 4700,
      reasons: ['corrected_submissions'],
      ...entry,
    },
  ]);
  return plain(describeChange(row!, words, format, names));
}

describe('describeChange', () => {
  it('says what changed, by how much and why', () => {
    expect(sentence('en', {})).toBe(
      'Reports received, network, March 2026: 4,200 → 4,700 (+500) — corrected submissions',
    );
  });

  it.each([
    ['fr', 'Reports received, réseau, mars 2026 : 4 200 → 4 700 (+500) — transmissions corrigées'],
    ['de', 'Reports received, Netzwerk, März 2026: 4.200 → 4.700 (+500) — korrigierte Meldungen'],
    ['es', 'Reports received, red, marzo de 2026: 4200 → 4700 (+500) — envíos corregidos'],
  ] as const)('says it in %s, keeping the catalogue label', (language, expected) => {
    expect(sentence(language, {})).toBe(expected);
  });

  it('joins several reasons as a sentence does', () => {
    expect(
      sentence('en', {
        before: 900,
        after: 880,
        reasons: ['late_submissions', 'definition_changed'],
      }),
    ).toBe(
      'Reports received, network, March 2026: 900 → 880 (-20) — late submissions and definition changed',
    );
  });

  it('never shows a small count, only "fewer than 10"', () => {
    expect(
      sentence('en', {
        before: 12,
        after: 'withheld (small_count)',
        reasons: ['corrected_submissions'],
      }),
    ).toBe('Reports received, network, March 2026: 12 → fewer than 10 — corrected submissions');
    expect(sentence('de', { before: 12, after: 'withheld (small_count)' })).toContain(
      '12 → weniger als 10',
    );
  });

  it.each([
    ['withheld (contributors)', 'withheld (too few contributors)'],
    ['withheld (dominance)', 'withheld (one contributor dominates)'],
    ['withheld (secondary)', 'withheld (protects another figure)'],
    ['withheld (rounding)', 'withheld'],
  ])('words the withheld value %p', (after, words) => {
    expect(sentence('en', { after, reasons: ['disclosure_control'] })).toBe(
      `Reports received, network, March 2026: 4,200 → ${words} — disclosure control`,
    );
  });

  it('names a newly published and a dropped cell', () => {
    expect(sentence('en', { before: null, reasons: ['late_submissions'] })).toBe(
      'Reports received, network, March 2026: newly published, 4,700 — late submissions',
    );
    expect(sentence('en', { after: null, reasons: [] })).toBe(
      'Reports received, network, March 2026: no longer published (was 4,200)',
    );
  });

  it('names the breakdown, with countries in the reader’s language', () => {
    const cell = {
      metric: 'hotline.urls.csam',
      dimension: 'hosting_country',
      dimensionValue: 'NL',
      period: '2026-Q1',
      before: 401,
      after: 399,
    };
    expect(sentence('en', cell)).toBe(
      'CSAM URLs, network, Hosting country: Netherlands, Q1 2026: 401 → 399 (-2) — corrected submissions',
    );
    expect(sentence('de', cell)).toContain('Hosting country: Niederlande, Q1 2026');
    expect(sentence('fr', { ...cell, dimensionValue: 'unknown' })).toContain(
      'Hosting country : inconnu, T1 2026',
    );
    expect(
      sentence('en', { ...cell, dimension: 'content_type', dimensionValue: 'video' }),
    ).toContain('Content type: Video');
  });

  it('shows codes it does not know as they are', () => {
    expect(
      sentence('en', {
        metric: 'new.metric',
        scope: 'region:eu',
        dimension: 'new_dimension',
        dimensionValue: 'x',
        reasons: ['new_reason'],
      }),
    ).toBe(
      'new.metric, region:eu, new_dimension: x, March 2026: 4,200 → 4,700 (+500) — new_reason',
    );
  });
});

describe('scopeWords', () => {
  it.each([
    ['network', 'network'],
    ['hotlines', 'all hotlines'],
    ['companies', 'all companies'],
    ['organization:acme', 'acme (own figures)'],
    ['organization:', 'organization:'],
  ])('words %p as %p', (code, expected) => {
    expect(scopeWords(code, wordsFor('en'))).toBe(expected);
  });
});

import { wordsFor } from '../i18n';
import { createReportFormat, reasonCode } from './format';

// Intl uses narrow no-break spaces and a true minus in some locales; compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
const formatIn = (language: 'en' | 'fr' | 'de' | 'es') =>
  createReportFormat(language, wordsFor(language));

describe('change of a key figure', () => {
  it.each([
    ['en', 0.25, '+25%'],
    ['en', -0.034, '-3.4%'],
    ['fr', 0.5, '+50 %'],
    ['de', -0.2, '-20 %'],
  ] as const)('is relative for counts and hours: %s %p → %p', (language, change, expected) => {
    const result = formatIn(language).change({
      change,
      changeKind: 'relative',
      changeWithheld: null,
    });
    expect({ ...result, text: plain(result.text) }).toEqual({ text: expected, withheld: false });
  });

  it.each([
    ['en', 0.1, '+10 points'],
    ['en', -0.025, '-2.5 points'],
    ['de', 0.1, '+10 Prozentpunkte'],
    ['es', 0, '0 puntos'],
    ['en', 0.01, '+1 point'],
    ['fr', -0.015, '-1,5 point'],
    ['de', 0.01, '+1 Prozentpunkt'],
  ] as const)('is a difference in points for shares: %s %p → %p', (language, change, expected) => {
    const result = formatIn(language).change({
      change,
      changeKind: 'difference',
      changeWithheld: null,
    });
    expect(plain(result.text)).toBe(expected);
    expect(result.withheld).toBe(false);
  });

  it.each([
    ['no_previous_period', 'no previous period in this release'],
    ['current_withheld', 'not comparable: no figure for this period'],
    ['previous_withheld', 'not comparable: no figure for the previous period'],
    ['previous_zero', 'not comparable: the previous period was 0'],
  ])('says why there is none (%s), in words', (reason, expected) => {
    expect(
      formatIn('en').change({ change: null, changeKind: 'relative', changeWithheld: reason }),
    ).toEqual({ text: expected, withheld: true });
  });
});

describe('figures', () => {
  const en = formatIn('en');

  it('formats by kind: counts in full, shares in %, durations in hours', () => {
    expect(en.figure('count', { value: 1234567, withheld: null })).toBe('1,234,567');
    expect(en.figure('share', { value: 0.625, withheld: null })).toBe('62.5%');
    expect(en.figure('hours', { value: 30, withheld: null })).toBe('30 hours');
    expect(plain(formatIn('fr').figure('count', { value: 1234567, withheld: null }))).toBe(
      '1 234 567',
    );
    expect(formatIn('de').figure('hours', { value: 1.5, withheld: null })).toBe('1,5 Stunden');
  });

  it.each([
    ['contributors', 'withheld (too few contributors)'],
    ['dominance', 'withheld (one contributor dominates)'],
    ['small_count', 'fewer than 10'],
    ['secondary', 'withheld (protects another figure)'],
    ['beyond_cutoff', 'beyond the longest time measured'],
    ['not_published', 'not published'],
    ['something_new', 'withheld'],
  ])('shows a withheld figure (%s) by its reason, never a number', (reason, expected) => {
    for (const kind of ['count', 'share', 'hours'] as const) {
      expect(en.figure(kind, { value: null, withheld: reason })).toBe(expected);
    }
  });

  it('translates the reasons into the report language', () => {
    expect(formatIn('fr').reason('dominance')).toBe('masqué (un contributeur domine)');
    expect(formatIn('de').reason('small_count')).toBe('weniger als 10');
    expect(formatIn('es').reason('contributors')).toBe('oculta (demasiado pocos contribuyentes)');
  });

  it('reads the changelog’s `withheld (<reason>)` and treats a missing reason as not published', () => {
    expect(reasonCode('withheld (dominance)')).toBe('dominance');
    expect(reasonCode('small_count')).toBe('small_count');
    expect(en.reason('withheld (contributors)')).toBe('withheld (too few contributors)');
    expect(en.reason(null)).toBe('not published');
  });
});

describe('appendix measures', () => {
  const en = formatIn('en');

  it.each([
    ['count', 1500, '1,500'],
    ['share_within_72h', 0.7, '70%'],
    ['known_share', 0.615, '61.5%'],
    ['median_hours', 30, '30 hours'],
    ['change_relative', 0.25, '+25%'],
    ['change_difference', 0.1, '+10 points'],
    ['delta', 10, '+10'],
    ['files_per_item', 2.5, '2.5'],
    ['noise_delta', 1e-9, '10⁻⁹'],
    ['noise_rho', 0.05, '0.05'],
    ['version', 3, '3'],
  ])('formats %s %p as %p', (measure, value, expected) => {
    expect(plain(en.measure(measure, value))).toBe(expected);
  });
});

describe('periods, dates and places', () => {
  it('reads periods and ranges in the report language', () => {
    expect(formatIn('en').periodRange('2025-10', '2026-03')).toBe('October 2025 to March 2026');
    expect(formatIn('fr').periodRange('2025-Q4', '2026-Q1')).toBe('T4 2025 – T1 2026');
    expect(formatIn('de').period('2026-03')).toBe('März 2026');
    expect(formatIn('es').periodRange('2026', '2026')).toBe('2026');
  });

  it('gives dates in UTC and country names from their codes', () => {
    expect(formatIn('en').date('2026-04-15T23:30:00.000Z')).toBe('April 15, 2026');
    expect(formatIn('de').country('NL')).toBe('Niederlande');
    expect(formatIn('en').country('unknown')).toBe('unknown');
  });
});

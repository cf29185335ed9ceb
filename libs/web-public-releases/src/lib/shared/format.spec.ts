import { wordsFor } from '../i18n';
import { createFormat, periodRange } from './format';
import { interpolate } from './interpolate';

// Intl writes narrow no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const format = (language: 'en' | 'fr' | 'de' | 'es') => createFormat(language, wordsFor(language));

describe('createFormat', () => {
  it.each([
    ['en', 4700, '4,700'],
    ['fr', 4700, '4 700'],
    ['de', 4700, '4.700'],
    ['es', 47000, '47.000'],
  ] as const)('writes counts in %s: %p → %p', (language, value, expected) => {
    expect(plain(format(language).number(value))).toBe(expected);
  });

  it.each([
    ['en', 500, '+500'],
    ['en', -20, '-20'],
    ['en', 0, '0'],
    ['de', 1500, '+1.500'],
  ] as const)('signs changes in %s: %p → %p', (language, value, expected) => {
    expect(plain(format(language).signed(value)).replace('−', '-')).toBe(expected);
  });

  it.each([
    [1e-9, '10⁻⁹'],
    [2.5e-6, '2.5 × 10⁻⁶'],
    [1e-5, '10⁻⁵'],
    [0.01, '10⁻²'],
    [0, '0'],
  ])('writes the small probability %p as %p', (value, expected) => {
    expect(format('en').scientific(value)).toBe(expected);
  });

  it('writes the mantissa in the reader’s language', () => {
    expect(format('de').scientific(2.5e-6)).toBe('2,5 × 10⁻⁶');
  });

  it.each([
    ['en', 0.5, '0.5'],
    ['fr', 0.125, '0,125'],
    ['en', 1.23456, '1.235'],
  ] as const)('writes parameters in %s: %p → %p', (language, value, expected) => {
    expect(format(language).decimal(value)).toBe(expected);
  });

  it.each([
    ['en', '2026-03', 'March 2026'],
    ['fr', '2026-03', 'mars 2026'],
    ['de', '2026-Q1', 'Q1 2026'],
    ['es', '2026-Q1', 'T1 2026'],
    ['en', '2026', '2026'],
    ['en', 'not-a-period', 'not-a-period'],
  ] as const)('names periods in %s: %p → %p', (language, code, expected) => {
    expect(format(language).period(code)).toBe(expected);
  });

  it.each([
    ['en', 'November 27, 2026'],
    ['fr', '27 novembre 2026'],
    ['de', '27. November 2026'],
    ['es', '27 de noviembre de 2026'],
  ] as const)('gives the UTC calendar day in %s', (language, expected) => {
    // Read in UTC whatever the machine's time zone, so every reader sees the same day.
    expect(format(language).date('2026-11-27T04:30:00.000Z')).toBe(expected);
    expect(format(language).date('2026-11-27T23:59:59.000Z')).toBe(expected);
  });

  it('shows an unreadable date as it is', () => {
    expect(format('en').date('yesterday')).toBe('yesterday');
  });

  it.each([
    ['en', ['a'], 'a'],
    ['en', ['a', 'b', 'c'], 'a, b, and c'],
    ['fr', ['a', 'b'], 'a et b'],
    ['de', ['a', 'b', 'c'], 'a, b und c'],
  ] as const)('joins lists in %s', (language, items, expected) => {
    expect(format(language).list(items)).toBe(expected);
  });
});

describe('periodRange', () => {
  it.each([
    ['en', '2024-09', '2026-08', 'September 2024 to August 2026'],
    ['fr', '2024-Q4', '2026-Q2', 'de T4 2024 à T2 2026'],
    ['en', '2025', '2025', '2025'],
    ['de', '2026-03', '2026-03', 'März 2026'],
  ] as const)('words a range in %s: %s to %s', (language, from, to, expected) => {
    const words = wordsFor(language);
    expect(periodRange(from, to, createFormat(language, words), words.release.range)).toBe(
      expected,
    );
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(interpolate('{{a}} → {{b}} ({{c}})', { a: 1, b: 'two' })).toBe('1 → two ({{c}})');
  });

  it('does not read inherited properties as values', () => {
    expect(interpolate('{{toString}}', {})).toBe('{{toString}}');
  });
});

import {
  formatCompact,
  formatNumber,
  formatPercentChange,
  formatPeriod,
  parsePeriod,
} from './format';

// Intl uses narrow no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatNumber', () => {
  it.each([
    [0, 'en', '0'],
    [1234567, 'en', '1,234,567'],
    [1234567, 'fr', '1 234 567'],
    [1234567, 'de', '1.234.567'],
    [1234567, 'es', '1.234.567'],
    [Number.MAX_SAFE_INTEGER, 'en', '9,007,199,254,740,991'],
  ])('formats %p in %s as %p', (value, locale, expected) => {
    expect(plain(formatNumber(value, locale))).toBe(expected);
  });
});

describe('formatCompact', () => {
  it.each([
    [950, 'en', '950'],
    [1_200_000, 'en', '1.2M'],
    [1_200_000, 'de', '1,2 Mio.'],
    [4e15, 'en', '4000T'],
  ])('formats %p in %s as %p', (value, locale, expected) => {
    expect(plain(formatCompact(value, locale))).toBe(expected);
  });
});

describe('formatPercentChange', () => {
  it.each([
    [0.25, 'en', '+25%'],
    [-0.5, 'fr', '-50 %'],
    [0, 'en', '0%'],
    [0.034, 'en', '+3.4%'],
  ])('formats %p in %s as %p', (ratio, locale, expected) => {
    expect(plain(formatPercentChange(ratio, locale)).replace('−', '-')).toBe(expected);
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2026-03', { kind: 'month', year: 2026, month: 3 }],
    ['2026-Q1', { kind: 'quarter', year: 2026, quarter: 1 }],
    ['2026-H2', { kind: 'half', year: 2026, half: 2 }],
    ['2026', { kind: 'year', year: 2026 }],
    ['2026-13', null],
    ['2026-Q5', null],
    ['', null],
    ['March', null],
  ])('reads %p', (code, expected) => {
    expect(parsePeriod(code)).toEqual(expected);
  });
});

describe('formatPeriod', () => {
  const options = (locale: string, style?: 'short' | 'long') => ({
    locale,
    style,
    quarter: (q: number, y: number) => `Q${q} ${y}`,
    half: (h: number, y: number) => `H${h} ${y}`,
  });

  it.each([
    ['2026-03', 'en', 'short', 'Mar 2026'],
    ['2026-03', 'en', 'long', 'March 2026'],
    ['2026-03', 'fr', 'long', 'mars 2026'],
    ['2026-12', 'de', 'long', 'Dezember 2026'],
    ['2026-01', 'es', 'long', 'enero de 2026'],
    ['2026-Q2', 'en', 'short', 'Q2 2026'],
    ['2026-H1', 'en', 'short', 'H1 2026'],
    ['2026', 'fr', 'short', '2026'],
    ['not-a-period', 'en', 'short', 'not-a-period'],
  ] as const)('formats %p in %s (%s) as %p', (code, locale, style, expected) => {
    expect(formatPeriod(code, options(locale, style))).toBe(expected);
  });
});

import { seriesTable, type ValueKind } from './chart-table';
import { csvNumber, toCsv } from './csv';
import { formatChangeSize, formatPoints, formatValue } from './format-value';

// Intl uses narrow no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatValue', () => {
  it.each<[number, ValueKind, string, string]>([
    [76_308, 'count', 'en', '76,308'],
    [76_308, 'count', 'fr', '76 308'],
    [76_308, 'count', 'de', '76.308'],
    [45_000_000, 'count', 'es', '45.000.000'],
    [Number.MAX_SAFE_INTEGER, 'count', 'en', '9,007,199,254,740,991'],
    [0.61297, 'share', 'en', '61.3%'],
    [0.61297, 'share', 'fr', '61,3 %'],
    [0.5, 'share', 'de', '50,0 %'],
    [36.36, 'hours', 'en', '36.4 hours'],
    [36.36, 'hours', 'fr', '36,4 heures'],
    [36.36, 'hours', 'de', '36,4 Stunden'],
    [36.36, 'hours', 'es', '36,4 horas'],
    [2.4276, 'ratio', 'en', '2.43'],
  ])('formats %p (%s) in %s as %p', (value, kind, locale, expected) => {
    expect(plain(formatValue(value, kind, locale))).toBe(expected);
  });

  it('is empty for a non-finite value', () => {
    expect(formatValue(Number.NaN, 'count', 'en')).toBe('');
  });

  it.each<[ValueKind, number]>([
    ['count', 1_234_567.5],
    ['share', 0.12345],
    ['hours', 71.96],
    ['ratio', 1.005],
  ])('shows a %s rounded exactly as the CSV writes it', (kind, value) => {
    const csv = Number(csvNumber(value, kind));
    const shown = plain(formatValue(value, kind, 'en'))
      .replace(/,/g, '')
      .replace(/[^\d.-]/g, '');
    const expected = kind === 'share' ? (csv * 100).toFixed(1) : String(csv);
    expect(Number(shown)).toBe(Number(expected));
    const table = seriesTable(
      [{ period: '2026', value }],
      { id: 'v', label: 'V', kind },
      {
        keyLabel: 'Period',
      },
    );
    expect(toCsv(table)).toContain(`2026,${csvNumber(value, kind)},`);
  });
});

describe('formatPoints', () => {
  it.each<[number, string, string]>([
    [0.021, 'en', '2.1'],
    [-0.021, 'fr', '2,1'],
    [0, 'en', '0.0'],
  ])('writes %p in %s as %p points', (difference, locale, expected) => {
    expect(formatPoints(difference, locale)).toBe(expected);
  });
});

describe('formatChangeSize', () => {
  it.each<[number, string, string]>([
    [0.254, 'en', '25%'],
    [-0.034, 'en', '3.4%'],
    [-0.5, 'fr', '50 %'],
  ])('writes %p in %s as %p', (ratio, locale, expected) => {
    expect(plain(formatChangeSize(ratio, locale))).toBe(expected);
  });
});

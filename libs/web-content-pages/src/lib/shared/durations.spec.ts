import { durationUnit, formatDuration, formatDurationRange } from './durations';

// Intl separates numbers and units with no-break spaces in some languages; compare plainly.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('durations', () => {
  it.each([
    [0, 'hour'],
    [71.9, 'hour'],
    [72, 'day'],
    [720, 'day'],
  ] as const)('says %p hours in %ss', (hours, unit) => {
    expect(durationUnit(hours)).toBe(unit);
  });

  it.each([
    ['en', 37.6247, '37.6 hours'],
    ['en', 1, '1 hour'],
    ['en', 419.71, '17.5 days'],
    ['en', 72, '3 days'],
    ['fr', 37.6247, '37,6 heures'],
    ['de', 168, '7 Tage'],
    ['es', 24, '24 horas'],
  ])('formats in %s: %p hours → %p', (locale, hours, expected) => {
    expect(plain(formatDuration(hours, locale))).toBe(expected);
  });

  it('rounds to whole units when asked', () => {
    expect(formatDuration(22.16, 'en', 0)).toBe('22 hours');
  });

  it.each([
    ['en', 24, 48, '24–48 hours'],
    ['en', 48, 72, '48–72 hours'],
    ['en', 72, 168, '3–7 days'],
    ['en', 336, 720, '14–30 days'],
    ['en', 0, 1, '0–1 hours'],
    ['de', 168, 336, '7–14 Tage'],
    ['fr', 12, 24, '12–24 heures'],
  ])('formats a band in %s: [%p, %p) → %p', (locale, from, to, expected) => {
    expect(plain(formatDurationRange(from, to, locale))).toBe(expected);
  });

  it('writes a huge duration in full, in days', () => {
    expect(formatDuration(24 * 1_000_000, 'en')).toBe('1,000,000 days');
  });
});

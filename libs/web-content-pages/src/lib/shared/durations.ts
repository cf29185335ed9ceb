/**
 * Durations in the reader's language, through `Intl` (its unit names are translated: hours,
 * heures, Stunden, horas). Under three days a duration reads in hours, from three days on in
 * days, as the takedown bands are drawn: "24–48 hours", "3–7 days".
 */

export type DurationUnit = 'hour' | 'day';

/** From this many hours on, a duration is said in days. */
export const DAYS_FROM_HOURS = 72;

const cache = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, unit: DurationUnit, digits: number): Intl.NumberFormat {
  const key = `${locale}|${unit}|${digits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'long',
      maximumFractionDigits: digits,
    });
    cache.set(key, format);
  }
  return format;
}

/** The unit a duration of `hours` is said in. */
export function durationUnit(hours: number): DurationUnit {
  return hours >= DAYS_FROM_HOURS ? 'day' : 'hour';
}

/** A duration, to at most `digits` decimals of its unit: "37.6 hours", "17.5 days", "3 days". */
export function formatDuration(hours: number, locale: string, digits = 1): string {
  const unit = durationUnit(hours);
  return unitFormat(locale, unit, digits).format(unit === 'day' ? hours / 24 : hours);
}

/**
 * A time band between two edges, in the unit of its lower edge, so a band never mixes units:
 * "24–48 hours", "3–7 days", "14–30 days".
 */
export function formatDurationRange(fromHours: number, toHours: number, locale: string): string {
  const unit = durationUnit(fromHours);
  const scale = unit === 'day' ? 24 : 1;
  return unitFormat(locale, unit, 1).formatRange(fromHours / scale, toHours / scale);
}

import type { AppendixRow, Report, ReportLanguage } from '@candor/reports';

const MAX_FIGURE_LINES = 12;

/** Counts per period as the trend and country sections publish them (not derived changes). */
const compared = (row: AppendixRow) =>
  (row.section === 'trends' || row.section === 'countries') && !row.measure.startsWith('change');
const figureKey = (row: AppendixRow) =>
  [row.metric, row.period, row.dimension, row.dimensionValue, row.measure].join('|');

interface Phrases {
  release: (from: string, to: string) => string;
  periods: (from: string, to: string) => string;
  corrections: (count: number) => string;
  figure: (label: string, period: string, before: string, after: string) => string;
  more: (count: number) => string;
  none: string;
}

const PHRASES: Record<ReportLanguage, Phrases> = {
  en: {
    release: (a, b) => `Built from release ${b} instead of ${a}.`,
    periods: (a, b) => `Covers ${b} instead of ${a}.`,
    corrections: (n) => `${n} figure${n === 1 ? '' : 's'} corrected since the previous release.`,
    figure: (l, p, a, b) => `${l}, ${p}: ${a} → ${b}.`,
    more: (n) => `… and ${n} more changed figure${n === 1 ? '' : 's'} (see the data appendix).`,
    none: 'No published figure changed.',
  },
  fr: {
    release: (a, b) => `Établi à partir de la publication ${b} au lieu de ${a}.`,
    periods: (a, b) => `Couvre ${b} au lieu de ${a}.`,
    corrections: (n) =>
      `${n} chiffre${n === 1 ? '' : 's'} corrigé${n === 1 ? '' : 's'} depuis la publication précédente.`,
    figure: (l, p, a, b) => `${l}, ${p} : ${a} → ${b}.`,
    more: (n) =>
      `… et ${n} autre${n === 1 ? '' : 's'} chiffre${n === 1 ? '' : 's'} modifié${n === 1 ? '' : 's'} (voir l’annexe).`,
    none: 'Aucun chiffre publié n’a changé.',
  },
  de: {
    release: (a, b) => `Erstellt aus der Veröffentlichung ${b} statt ${a}.`,
    periods: (a, b) => `Umfasst ${b} statt ${a}.`,
    corrections: (n) =>
      `${n} Zahl${n === 1 ? '' : 'en'} seit der vorigen Veröffentlichung korrigiert.`,
    figure: (l, p, a, b) => `${l}, ${p}: ${a} → ${b}.`,
    more: (n) => `… und ${n} weitere geänderte Zahl${n === 1 ? '' : 'en'} (siehe Datenanhang).`,
    none: 'Keine veröffentlichte Zahl hat sich geändert.',
  },
  es: {
    release: (a, b) => `Elaborado a partir de la publicación ${b} en lugar de ${a}.`,
    periods: (a, b) => `Abarca ${b} en lugar de ${a}.`,
    corrections: (n) =>
      `${n} cifra${n === 1 ? '' : 's'} corregida${n === 1 ? '' : 's'} desde la publicación anterior.`,
    figure: (l, p, a, b) => `${l}, ${p}: ${a} → ${b}.`,
    more: (n) =>
      `… y ${n} cifra${n === 1 ? '' : 's'} más modificada${n === 1 ? '' : 's'} (véase el anexo).`,
    none: 'Ninguna cifra publicada ha cambiado.',
  },
};

const releaseName = (r: Report) => `${r.titlePage.series} v${r.titlePage.version}`;
const periodRange = (r: Report) =>
  r.titlePage.periodFrom === r.titlePage.periodTo
    ? r.titlePage.periodFrom
    : `${r.titlePage.periodFrom}–${r.titlePage.periodTo}`;

/**
 * What changed from one version of a report to the next, in the report's language: the release
 * it is built from, the periods it covers, corrections, and the published counts of periods both
 * versions show that differ (a withheld figure reads as its reason, never a value).
 */
export function reportChanges(
  previous: Report,
  next: Report,
  labelOf: (metric: string) => string,
): string[] {
  const words = PHRASES[next.titlePage.language];
  const lines: string[] = [];
  if (releaseName(previous) !== releaseName(next))
    lines.push(words.release(releaseName(previous), releaseName(next)));
  if (periodRange(previous) !== periodRange(next))
    lines.push(words.periods(periodRange(previous), periodRange(next)));
  if (next.corrections.length > 0) lines.push(words.corrections(next.corrections.length));

  const format = new Intl.NumberFormat(next.titlePage.language, { maximumFractionDigits: 3 });
  const shown = (row: AppendixRow) =>
    row.value === null ? `(${row.withheld ?? 'withheld'})` : format.format(row.value);
  const before = new Map(previous.appendix.filter(compared).map((row) => [figureKey(row), row]));
  const changed: string[] = [];
  const seen = new Set<string>();
  for (const row of next.appendix.filter(compared)) {
    const key = figureKey(row);
    const old = before.get(key);
    if (!old || seen.has(key)) continue;
    seen.add(key);
    if (old.value === row.value && old.withheld === row.withheld) continue;
    const label = row.dimensionValue
      ? `${labelOf(row.metric)} (${row.dimensionValue})`
      : labelOf(row.metric);
    changed.push(words.figure(label, row.period, shown(old), shown(row)));
  }
  lines.push(...changed.slice(0, MAX_FIGURE_LINES));
  if (changed.length > MAX_FIGURE_LINES) lines.push(words.more(changed.length - MAX_FIGURE_LINES));
  return lines.length > 0 ? lines : [words.none];
}

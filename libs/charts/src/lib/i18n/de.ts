import type { Translation } from '@candor/web-i18n';
import type { ChartsMessages } from './en';

export const de: Translation<ChartsMessages> = {
  period: {
    quarter: 'Q{{quarter}} {{year}}',
    half: 'H{{half}} {{year}}',
  },
  chart: {
    withheldMarker: 'Zurückgehaltener Zeitraum',
    noData: 'Es gibt keine Zahlen darzustellen.',
    logNote: 'Logarithmische Skala: Jede Gitterlinie ist zehnmal so groß wie die darunter.',
    zeroHidden:
      'Nullwerte lassen sich auf einer logarithmischen Skala nicht darstellen; die Tabelle führt sie auf.',
  },
  tooltip: {
    withheld: 'Zurückgehalten: zu wenige beitragende Organisationen',
  },
  table: {
    show: 'Als Tabelle anzeigen',
    hide: 'Tabelle ausblenden',
    period: 'Zeitraum',
    value: 'Wert',
    withheld: 'Zurückgehalten',
  },
  summary: {
    heading: 'Zusammenfassung',
    empty: 'Für diese Auswahl liegen keine Zahlen vor.',
    allWithheld:
      'Alle Zeiträume dieser Auswahl werden zurückgehalten; es kann keine Zahl angezeigt werden.',
    single: 'Nur ein Zeitraum wird angezeigt: {{period}} mit {{value}}.',
    range: 'Von {{from}} bis {{to}} veränderte sich die Summe von {{fromValue}} auf {{toValue}}.',
    change: 'Das entspricht einer Veränderung um {{change}}.',
    extremes:
      'Der höchste Wert war {{max}} ({{maxPeriod}}), der niedrigste {{min}} ({{minPeriod}}).',
    withheld: 'Zurückgehaltene Zeiträume: {{withheld}} von {{periods}}.',
  },
};

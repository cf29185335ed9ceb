import type { Translation } from '@candor/web-i18n';
import type { ChartsMessages } from './en';

export const de: Translation<ChartsMessages> = {
  period: {
    quarter: 'Q{{quarter}} {{year}}',
    half: 'H{{half}} {{year}}',
  },
  table: {
    period: 'Zeitraum',
    value: 'Wert',
  },
  frame: {
    showTable: 'Als Tabelle anzeigen',
    hideTable: 'Tabelle ausblenden',
    downloadCsv: 'CSV herunterladen',
    of: ': {{title}}',
    tableLabel: 'Tabelle: {{title}}',
    span: '{{from}} bis {{to}}',
    gaps: 'Keine Zahl für {{keys}}. {{reason}}.',
    summary: {
      empty: 'Es gibt keine Zahlen anzuzeigen.',
      allGaps:
        'Keine Zahl der Reihe „{{series}}“ kann angezeigt werden: Alle sind zurückgehalten oder nicht veröffentlicht.',
      single: '{{series}}: Nur {{key}} hat eine Zahl, {{value}}.',
      range: '{{series}}: von {{fromValue}} ({{from}}) auf {{toValue}} ({{to}}).',
      change: 'Das entspricht einer Veränderung um {{change}}.',
      extremes: 'Der höchste Wert war {{max}} ({{maxKey}}), der niedrigste {{min}} ({{minKey}}).',
      gaps: '{{gaps}} von {{rows}} haben keine Zahl.',
    },
  },
  reason: {
    contributors: 'Zurückgehalten: zu wenige Organisationen tragen bei',
    dominance: 'Zurückgehalten: eine Organisation macht den größten Teil aus',
    small_count: 'Zurückgehalten: die Zahl ist zu klein für eine Veröffentlichung',
    secondary: 'Zurückgehalten, damit sich eine andere zurückgehaltene Zahl nicht errechnen lässt',
    not_published: 'In dieser Veröffentlichung nicht enthalten',
    beyond_cutoff:
      'Mehr als die Hälfte wurde nicht innerhalb der längsten gemessenen Zeit entfernt',
    other: 'Zurückgehalten ({{code}})',
  },
};

import type { Translation } from '@candor/web-i18n';
import type { TrendsMessages } from './en';

export const de: Translation<TrendsMessages> = {
  eyebrow: 'Interne Vorschau',
  title: 'Trends (Vorschau)',
  intro:
    'Netzwerkweite Summen einer Kennzahl über alle Meldestellen und Unternehmen, deren Zahlen angenommen wurden. Diese Vorschau beruht auf Demodaten; veröffentlichte Releases werden sie ersetzen.',
  withheldNote:
    'Ein Punkt wird zurückgehalten, wenn zu wenige Organisationen zu diesem Zeitraum beigetragen haben oder eine Organisation ihn dominiert. Zurückgehaltene Punkte erscheinen als Lücken, niemals als Null.',
  controls: {
    legend: 'Reihe auswählen',
    metric: 'Kennzahl',
    grain: 'Zeitraum',
    scale: 'Skala',
  },
  grain: {
    month: 'Monat',
    quarter: 'Quartal',
    year: 'Jahr',
  },
  scale: {
    linear: 'Linear',
    log: 'Logarithmisch',
  },
  chartTitle: {
    month: '{{metric}}: Netzwerksumme pro Monat',
    quarter: '{{metric}}: Netzwerksumme pro Quartal',
    year: '{{metric}}: Netzwerksumme pro Jahr',
  },
  seriesLabel: 'Netzwerksumme',
  loading: 'Zahlen werden geladen …',
  error: 'Die Zahlen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
};

import type { Translation } from '@candor/web-i18n';
import type { OverviewMessages } from './en';

export const de: Translation<OverviewMessages> = {
  title: 'Überblick',
  eyebrow: 'Öffentliches Dashboard',
  heading: 'Darstellungen sexuellen Kindesmissbrauchs: was das Netzwerk meldet',
  intro:
    'Die neuesten veröffentlichten Zahlen von Hotlines und Unternehmen, verglichen mit dem Vorzeitraum und dem gleichen Zeitraum ein Jahr zuvor. Jede Zahl hat die Offenlegungskontrolle durchlaufen: Eine Zahl, die eine einzelne Organisation erkennbar machen könnte, wird zurückgehalten, und eine zurückgehaltene Zahl wird nie als Null gezeigt.',
  granularity: {
    label: 'Zahlen nach Zeitraum',
  },
  headlines: {
    heading: 'Kennzahlen für {{period}}',
  },
  figure: {
    reports: {
      title: 'Eingegangene Meldungen',
      lead: 'Im Zeitraum {{period}} gingen bei den Hotlines {{value}} Meldungen ein',
    },
    csam: {
      title: 'Bestätigte Missbrauchsdarstellungen',
      lead: 'Im Zeitraum {{period}} bestätigten die Hotlines {{value}} Meldungen als Darstellungen sexuellen Kindesmissbrauchs',
    },
    actioned: {
      title: 'Von Unternehmen bearbeitete Inhalte',
      lead: 'Im Zeitraum {{period}} gingen Unternehmen gegen {{value}} Inhalte vor',
    },
    knownShare: {
      title: 'Bereits bekannte Inhalte',
      lead: 'Im Zeitraum {{period}} waren {{value}} der gemeldeten Dateien bereits bekannte Inhalte',
    },
    medianTakedown: {
      title: 'Mittlere Löschzeit (Median)',
      lead: 'Die Hälfte der im Zeitraum {{period}} von Hotlines gemeldeten URLs wurde innerhalb von {{value}} entfernt',
    },
    removedWithin3Days: {
      title: 'Innerhalb von 3 Tagen entfernt',
      lead: '{{value}} der im Zeitraum {{period}} von Hotlines gemeldeten URLs wurden innerhalb von 3 Tagen entfernt',
    },
  },
  compare: {
    both: '{{lead}} – {{previous}} gegenüber dem Vorzeitraum ({{previousPeriod}}) und {{yearAgo}} gegenüber dem gleichen Zeitraum des Vorjahres ({{yearAgoPeriod}}).',
    previous: '{{lead}} – {{previous}} gegenüber dem Vorzeitraum ({{previousPeriod}}).',
    yearAgo:
      '{{lead}} – {{yearAgo}} gegenüber dem gleichen Zeitraum des Vorjahres ({{yearAgoPeriod}}).',
    none: '{{lead}}.',
    against: 'Gegenüber {{period}}',
    noFigure: 'keine Zahl',
  },
  change: {
    up: 'ein Plus von {{change}}',
    down: 'ein Minus von {{change}}',
    same: 'unverändert',
    upPoints: 'ein Plus von {{points}} Prozentpunkten',
    downPoints: 'ein Minus von {{points}} Prozentpunkten',
  },
  gap: 'Keine Zahl für {{period}}. {{reason}}.',
  noFigure: 'Keine Zahl',
  spark: '{{what}}, {{from}} bis {{to}}: kleines Liniendiagramm',
  flags: {
    heading: 'Neueste Ausschläge und Niveauwechsel',
    lead: 'Ungewöhnliche Bewegungen, die beim Erstellen der Veröffentlichung gefunden wurden, erklärt anhand der veröffentlichten Zahlen.',
    none: 'In dieser Veröffentlichung wurde kein Ausschlag und kein Niveauwechsel gefunden.',
  },
  loading: 'Die neuesten Zahlen werden geladen …',
  error: 'Die Zahlen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
  noRelease: 'Für diesen Zeitraum wurde noch keine Veröffentlichung herausgegeben.',
  notFound: 'Es gibt keine Veröffentlichung mit dieser Kennung.',
  showLatest: 'Die neueste Veröffentlichung zeigen',
};

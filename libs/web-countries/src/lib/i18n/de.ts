import type { Translation } from '@candor/web-i18n';
import type { CountriesMessages } from './en';

export const de: Translation<CountriesMessages> = {
  title: 'Länder',
  eyebrow: 'Öffentliches Dashboard',
  heading: 'Wo die Inhalte gehostet wurden',
  intro:
    'Hotlines erfassen für jede bestätigte URL das Land, in dem sie bei der Prüfung gehostet war. Diese Seite ordnet die Länder für einen Zeitraum einer Veröffentlichung. Eine Zahl, die eine einzelne Organisation erkennbar machen könnte, wird zurückgehalten: Das Land wird mit dem Grund aufgeführt, nie mit null eingeordnet.',
  controls: {
    label: 'Was angezeigt wird',
    metric: 'Kennzahl',
    granularity: 'Zeiträume',
    period: 'Zeitraum',
    scope: 'Gemeldet von',
  },
  scope: {
    network: 'Dem gesamten Netzwerk',
    hotlines: 'Hotlines',
    companies: 'Unternehmen',
  },
  residual: {
    unknown: 'Hosting-Land unbekannt',
    notBrokenDown: 'Nicht nach Ländern aufgeschlüsselt',
  },
  chart: {
    title: '{{metric}} nach Hosting-Land, {{period}}',
    label: 'Horizontales Balkendiagramm: {{metric}} nach Hosting-Land, {{period}}',
    top: 'Gezeichnet sind die {{shown}} Länder mit den höchsten Zahlen; die Tabelle ordnet alle {{ranked}}.',
    none: 'Für diesen Zeitraum hat kein Land eine veröffentlichte Zahl.',
    country: 'Hosting-Land',
  },
  summary: {
    leaderShare:
      'An erster Stelle: {{country}} mit {{count}}, {{share}} der Gesamtzahl von {{total}} im Zeitraum {{period}}.',
    leader: 'An erster Stelle: {{country}} mit {{count}} im Zeitraum {{period}}.',
    next: 'Danach: {{list}}.',
    item: '{{country}} ({{count}})',
    counts: 'Länder mit veröffentlichter Zahl: {{ranked}}. Zurückgehaltene Länder: {{withheld}}.',
    residual: '{{label}}: {{count}}.',
    totalWithheld:
      'Die Gesamtzahl des Zeitraums ist zurückgehalten, daher werden keine Anteile angegeben. {{reason}}.',
    none: 'Für den Zeitraum {{period}} hat kein Land eine veröffentlichte Zahl. Zurückgehaltene Länder: {{withheld}}.',
  },
  ranking: {
    heading: 'Rangfolge',
    caption: '{{metric}} nach Hosting-Land, {{period}}, nach Rang',
    rank: 'Rang',
    country: 'Hosting-Land',
    share: 'Anteil an der Gesamtzahl',
    notRanked: 'Ohne Rang',
    noShare: 'Kein Anteil',
  },
  loading: 'Die Zahlen nach Ländern werden geladen …',
  error: 'Die Zahlen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
  noRelease: 'Für diesen Zeitraum wurde noch keine Veröffentlichung herausgegeben.',
  notFound: 'Es gibt keine Veröffentlichung mit dieser Kennung.',
  showLatest: 'Die neueste Veröffentlichung anzeigen',
  noMetric: 'Keine Zahl dieser Veröffentlichung ist nach Hosting-Land aufgeschlüsselt.',
  noPeriods: 'Diese Veröffentlichung enthält für diese Auswahl keine Zahlen zu „{{metric}}“.',
  noBreakdown:
    'Für den Zeitraum {{period}} ist keine Aufschlüsselung nach Hosting-Land veröffentlicht.',
};

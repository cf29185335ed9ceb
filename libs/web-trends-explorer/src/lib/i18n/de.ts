import type { Translation } from '@candor/web-i18n';
import type { TrendsMessages } from './en';

export const de: Translation<TrendsMessages> = {
  title: 'Trend-Explorer',
  eyebrow: 'Öffentliches Dashboard',
  heading: 'Trend-Explorer',
  intro:
    'Jede veröffentlichte Zahl im Zeitverlauf, für alle Organisationen oder eine Art, aufgeschlüsselt nach Land, Inhaltsart oder Erkennung. Spitzen, Niveauverschiebungen und Hinweise aus dem öffentlichen Protokoll sind im Diagramm markiert; eine durch die Offenlegungskontrolle zurückgehaltene Zahl ist eine Lücke mit ihrem Grund, niemals eine Null.',
  filters: {
    label: 'Auswählen, was das Diagramm zeigt',
    metric: 'Kennzahl',
    metricGroup: {
      hotline: 'Von Hotlines gemeldet',
      company: 'Von Unternehmen gemeldet',
      both: 'Von Hotlines und Unternehmen gemeldet',
    },
    scope: 'Organisationen',
    scopeOnly: {
      hotline: 'Nur Hotlines melden diese Zahl.',
      company: 'Nur Unternehmen melden diese Zahl.',
    },
    breakdown: 'Aufschlüsselung',
    total: 'Keine: die Gesamtzahl',
    publishedGroup: 'Mit einer Zahl für {{period}}',
    otherGroup: 'Weitere Länder',
    granularity: 'Zahlen pro',
    from: 'Von',
    to: 'Bis',
    scale: 'Skala',
  },
  scope: {
    network: 'Alle Organisationen',
    hotlines: 'Hotlines',
    companies: 'Unternehmen',
  },
  dimension: {
    hostingCountry: 'Hosting-Land',
    userCountry: 'Land der Nutzenden',
    contentType: 'Inhaltsart',
    detection: 'Erkennung',
  },
  value: {
    contentType: {
      image: 'Bilder',
      video: 'Videos',
      other: 'Andere Inhalte',
      unknown: 'Art unbekannt',
    },
    detection: {
      userReport: 'Meldungen von Nutzenden',
      hotlineNotice: 'Hinweise von Hotlines',
      authorityOrder: 'Anordnungen von Behörden',
      proactiveHashMatch: 'Proaktiv: Hash-Abgleich',
      proactiveClassifier: 'Proaktiv: Klassifikator',
      other: 'Andere Erkennung',
    },
    unknownCountry: 'Land unbekannt',
  },
  scale: {
    linear: 'Linear',
    log: 'Logarithmisch',
  },
  chart: {
    breakdown: '{{dimension}}: {{value}}',
    range: '{{granularity}}, {{from}} bis {{to}}',
    graphic:
      'Liniendiagramm: {{metric}} ({{selection}}). Markierte Spitzen, Niveauverschiebungen und Hinweise: {{marks}}. Mit der Tabulatortaste zu einer Markierung wechseln, um ihre Erklärung zu lesen.',
    noFigures: 'Es gibt keine Zahlen darzustellen.',
    logNote: 'Logarithmische Skala: Jede Gitterlinie ist zehnmal so groß wie die darunter.',
    zeroHidden:
      'Nullwerte lassen sich auf einer logarithmischen Skala nicht darstellen: {{periods}}. Die Tabelle führt sie auf.',
  },
  legend: {
    label: 'Legende',
    gap: 'Keine Zahl (der Grund steht unter dem Diagramm)',
    spike: 'Spitze',
    levelShift: 'Niveauverschiebung',
    annotation: 'Hinweis aus dem öffentlichen Protokoll',
  },
  mark: {
    spike: 'Spitze, {{period}}',
    levelShift: 'Niveauverschiebung, {{period}}',
    annotation: 'Hinweis aus dem öffentlichen Protokoll, {{period}}',
  },
  marks: {
    heading: 'Spitzen, Niveauverschiebungen und Hinweise in dieser Ansicht',
    lead: 'Beim Erstellen der Veröffentlichung gefunden und aus ihren veröffentlichten Zahlen erklärt; Hinweise stammen aus dem öffentlichen Protokoll bekannter Änderungen im Meldewesen.',
    none: 'In dieser Ansicht gibt es keine Spitze, keine Niveauverschiebung und keinen Hinweis.',
    networkOnly:
      'Spitzen und Niveauverschiebungen werden nur in den Gesamtzahlen aller Organisationen gesucht; Hinweise aus dem öffentlichen Protokoll erscheinen in jeder Ansicht.',
  },
  nothing: {
    monthly:
      'Diese Veröffentlichung enthält keine Zahl für diese Auswahl. Unternehmen melden vierteljährlich: Ihre Zahlen stehen in den vierteljährlichen und jährlichen Veröffentlichungen.',
    other: 'Diese Veröffentlichung enthält keine Zahl für diese Auswahl.',
    showQuarterly: 'Vierteljährliche Zahlen anzeigen',
  },
  loading: 'Zahlen werden geladen …',
  error: 'Die Zahlen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
  noRelease: 'In dieser Granularität wurde noch keine Veröffentlichung herausgegeben.',
  notFound: 'Es gibt keine Veröffentlichung mit dieser Kennung.',
  showLatest: 'Neueste Veröffentlichung anzeigen',
};

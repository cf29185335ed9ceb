import type { Translation } from '@candor/web-i18n';
import type { ContentPagesMessages } from './en';

export const de: Translation<ContentPagesMessages> = {
  eyebrow: 'Öffentliches Dashboard',
  granularity: {
    label: 'Zahlen nach Zeitraum',
  },
  duration: {
    between: '{{from}} bis {{to}}',
    within: 'Höchstens {{duration}}',
    after: 'Länger als {{duration}}',
    orMore: '{{duration}} oder mehr',
    moreThan: 'Mehr als {{duration}}',
    beyondCutoff: 'Länger als bis zum Stichtag',
    notRemoved: 'Bis zum Stichtag nicht entfernt',
  },
  chart: {
    withheld: 'Zeitraum ohne Zahlen',
    noData: 'Es gibt keine Zahlen zum Darstellen.',
    spike: 'Ausschlag (unten erklärt)',
    noFigure: 'Keine Zahl: {{reason}}',
  },
  takedown: {
    title: 'Löschzeiten',
    heading: 'Wie schnell Darstellungen sexuellen Kindesmissbrauchs entfernt werden',
    intro:
      'Wie lange es nach einer Meldung oder einem Hinweis dauerte, bis das Material entfernt war: je Zeitraum der Anteil, der in jedem Zeitband entfernt wurde, der Median und das 90. Perzentil sowie der Anteil, der innerhalb von 24 Stunden, 3 Tagen und 7 Tagen entfernt wurde. Eine Verteilung wird nur veröffentlicht, wenn genügend Organisationen beitragen und keine davon dominiert; sonst bleibt der Zeitraum leer, mit Angabe des Grundes.',
    metric: {
      label: 'Löschungen durch',
      hotline: 'Hotlines',
      company: 'Unternehmen',
    },
    clock: {
      hotline:
        'Hotlines: zur Entfernung gemeldete URLs, gemessen vom Eingang der Meldung bis zur Entfernung des Materials.',
      company:
        'Unternehmen: bearbeitete Hinweise, gemessen vom Eingang des Hinweises bis zur ergriffenen Maßnahme.',
    },
    bands: {
      title: 'Zeit bis zur Entfernung, Zeitraum für Zeitraum',
      summary: 'Letzter Zeitraum mit Zahlen: {{period}}. {{list}}.',
      item: '{{band}}: {{share}}',
      none: 'Für keinen Zeitraum dieser Veröffentlichung ist eine Verteilung der Löschzeiten veröffentlicht.',
    },
    shares: {
      title: 'Anteil entfernt innerhalb von 24 Stunden, 3 Tagen und 7 Tagen',
    },
    quantiles: {
      title: 'Median und 90. Perzentil',
      lead: 'Die Hälfte der Fälle wurde innerhalb der Medianzeit entfernt, neun von zehn innerhalb des 90. Perzentils. Beide werden als das Zeitband veröffentlicht, in das sie fallen, mit einer Schätzung innerhalb dieses Bandes; liegen sie jenseits der längsten gemessenen Zeit, wird nur das angegeben.',
      median: 'Median',
      p90: '90. Perzentil',
      estimate: '{{what}}, Schätzung',
      band: '{{what}}, Zeitband',
      summary:
        'Im Zeitraum {{period}} dauerte es etwa {{median}} ({{medianBand}}), bis die Hälfte der Fälle entfernt war, und etwa {{p90}} ({{p90Band}}), bis neun von zehn entfernt waren.',
      summaryMedianBeyond:
        'Im Zeitraum {{period}} wurde mehr als die Hälfte der Fälle nicht innerhalb der längsten gemessenen Zeit entfernt.',
      summaryP90Beyond:
        'Im Zeitraum {{period}} dauerte es etwa {{median}} ({{medianBand}}), bis die Hälfte der Fälle entfernt war; mehr als einer von zehn wurde nicht innerhalb der längsten gemessenen Zeit entfernt.',
      none: 'Für keinen Zeitraum dieser Veröffentlichung sind Median oder 90. Perzentil veröffentlicht.',
      nothingNotified: 'Es wurde nichts gemeldet',
      tableLabel: 'Tabelle: {{title}}',
    },
    country: {
      title: 'Nach Hosting-Land',
      text: 'Hotlines übermitteln ihre Löschzeiten nach dem Land, in dem das Material gehostet war, doch die Veröffentlichungen enthalten sie noch nicht als Statistik. Diese Seite zeigt daher keine Löschzeiten nach Land und schätzt sie auch nicht aus anderen veröffentlichten Zahlen.',
      link: 'Wie Löschzeiten gemessen und veröffentlicht werden',
    },
  },
  known: {
    title: 'Bekannte Inhalte und erneute Verbreitung',
    heading: 'Bekannte Inhalte und erneute Verbreitung',
    intro:
      'Wie viel des gemeldeten Materials bereits bekannt ist, weil es mit Hash-Listen früher identifizierten Materials übereinstimmt, und wie oft dieselben Inhalte erneut geteilt werden. Ausschläge bei der Zahl der Dateien werden dadurch erklärt, wie viel des Anstiegs bereits bekannte, erneut geteilte Inhalte sind.',
    shares: {
      title:
        'Bekannte Inhalte und die zehn am häufigsten wiederholten Inhalte, als Anteil der Dateien',
      known: 'Bekannte Inhalte',
      top10: 'Zehn am häufigsten wiederholte Inhalte',
    },
    perItem: {
      title: 'Dateien je unterschiedlichem Inhalt',
      series: 'Dateien je unterschiedlichem Inhalt',
    },
    gini: {
      title: 'Konzentration der Dateien auf Inhalte (Gini-Koeffizient, Schranken)',
      lower: 'Untere Schranke',
      upper: 'Obere Schranke',
    },
    files: {
      title: 'Gemeldete Dateien und Dateien bekannter Inhalte',
      lead: 'Ausschläge sind auf der Linie der gewählten Zahl markiert. Steigen beide Linien gemeinsam, besteht der Anstieg vor allem aus bereits bekanntem, erneut geteiltem Material.',
      metric: 'Ausschläge von',
    },
    flags: {
      heading: 'Ausschläge und Niveauwechsel: {{metric}}',
      none: 'Für diese Zahl wurde in dieser Veröffentlichung kein Ausschlag und kein Niveauwechsel gefunden.',
    },
  },
  status: {
    loading: 'Die Zahlen werden geladen …',
    error: 'Die Zahlen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
    noRelease: 'Für diese Zeiteinteilung ist noch keine Veröffentlichung erschienen.',
    notFound: 'Es gibt keine Veröffentlichung mit dieser Kennung.',
    showLatest: 'Die neueste Veröffentlichung zeigen',
  },
};

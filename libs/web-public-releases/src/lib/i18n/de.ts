import type { Translation } from '@candor/web-i18n';
import type { PublicReleasesMessages } from './en';

export const de: Translation<PublicReleasesMessages> = {
  loading: 'Wird geladen …',
  eyebrow: 'Offene Daten',
  sourceLanguage:
    'Namen und Definitionen der Kennzahlen sowie die Werte der Aufschlüsselungen stammen aus dem Katalog auf Englisch, der Sprache des Meldestandards.',
  unknownValue: 'unbekannt',
  period: {
    quarter: 'Q{{quarter}} {{year}}',
    half: 'H{{half}} {{year}}',
  },
  granularity: {
    month: 'Monatlich',
    quarter: 'Vierteljährlich',
    year: 'Jährlich',
  },
  seriesKind: {
    month: 'Monatsreihe',
    quarter: 'Quartalsreihe',
    year: 'Jahresreihe',
  },
  group: {
    month: 'Monatliche Veröffentlichungen',
    quarter: 'Vierteljährliche Veröffentlichungen',
    year: 'Jährliche Veröffentlichungen',
    other: 'Weitere Veröffentlichungen',
  },
  status: {
    published: 'Veröffentlicht',
    withdrawn: 'Zurückgezogen',
  },
  errors: {
    notFound: 'Unter dieser Adresse gibt es keine veröffentlichte Ausgabe.',
    network:
      'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    unknown:
      'Die Veröffentlichungen konnten nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.',
  },
  copy: {
    copied: 'Kopiert.',
    failed: 'Kopieren ist hier nicht möglich: Markieren Sie den Text und kopieren Sie ihn selbst.',
  },
  release: {
    version: 'Version {{version}}',
    series: 'Reihe',
    granularity: 'Häufigkeit',
    periods: 'Zeiträume',
    range: '{{from}} bis {{to}}',
    publishedAt: 'Veröffentlicht',
    withdrawnAt: 'Zurückgezogen',
    cells: 'Veröffentlichte Zellen',
    status: 'Status',
    checksum: 'SHA-256-Prüfsumme von cells.csv',
    copyChecksum: 'Prüfsumme kopieren',
    copyChecksumOf: 'Prüfsumme kopieren von {{title}}, Version {{version}}',
    withdrawnNotice: 'Am {{date}} zurückgezogen. Angegebener Grund: {{reason}}',
    withdrawnShort: 'Am {{date}} zurückgezogen',
    open: 'Details, Änderungen und Zitierweise',
    openOf: 'Details, Änderungen und Zitierweise von {{title}}, Version {{version}}',
  },
  downloads: {
    title: 'Downloads',
    labelOf: 'Downloads von {{title}}, Version {{version}}',
    none: 'Für diese Veröffentlichung ist keine Datei verfügbar.',
    name: {
      cellsCsv: 'Zellen (CSV)',
      cellsJson: 'Zellen (JSON)',
      statisticsJson: 'Statistiken (JSON)',
      datapackageJson: 'Datenpaket (datapackage.json)',
    },
    about: {
      cellsCsv:
        'Jede Zelle mit ihrem Wert oder dem Grund, warum sie zurückgehalten wird. Ihr SHA-256 ist die Prüfsumme.',
      cellsJson: 'Dieselben Zellen als JSON, mit den Angaben zur Veröffentlichung.',
      statisticsJson:
        'Entfernungszeiten, Weiterverbreitung bekannter Inhalte, Spitzen und Niveauverschiebungen.',
      datapackageJson:
        'Beschreibt die Dateien: Spalten, Größe und SHA-256 jeder Datei (Frictionless Data).',
    },
  },
  verify: {
    title: 'So prüfen Sie einen Download',
    intro:
      'Die Prüfsumme kennzeichnet die genauen Bytes von cells.csv. Ergibt Ihre Datei dieselbe Prüfsumme, ist sie die veröffentlichte Datei, unverändert.',
    steps:
      'Laden Sie cells.csv herunter und führen Sie dann einen dieser Befehle in dem Ordner aus, in dem die Datei gespeichert wurde:',
    linux: 'Linux',
    mac: 'macOS',
    windows: 'Windows (PowerShell)',
    check: 'Oder lassen Sie sha256sum vergleichen; es gibt „OK“ aus, wenn die Datei übereinstimmt:',
    compare:
      'Der Befehl gibt einen Code aus 64 Buchstaben und Ziffern aus: Er muss der für die Veröffentlichung angegebenen Prüfsumme entsprechen (PowerShell schreibt die Buchstaben groß, das spielt keine Rolle).',
  },
  list: {
    title: 'Datenveröffentlichungen',
    lead: 'Alle Veröffentlichungen der Zahlen des Netzwerks. Eine Veröffentlichung ändert sich nie: Korrekturen erscheinen als neue Version, und eine zurückgezogene Veröffentlichung bleibt mit ihrem Grund aufgeführt.',
    empty: 'Bisher wurde nichts veröffentlicht.',
    contents: 'Reihen von Veröffentlichungen',
    count_one: '{{count, number}} Veröffentlichung',
    count_other: '{{count, number}} Veröffentlichungen',
  },
  detail: {
    back: 'Alle Veröffentlichungen',
    lead: '{{kind}}, Version {{version}}: {{periods}}',
    facts: 'Über diese Veröffentlichung',
    contents: 'Auf dieser Seite',
    methodology: 'Methodik nach dieser Veröffentlichung',
    newer: 'Eine neuere Version dieser Reihe ist veröffentlicht: Version {{version}},',
    disclosure: {
      title: 'Wie die Zahlen geschützt werden',
      lead: 'Geheimhaltungsregeln, die vor der Veröffentlichung auf jede Zelle dieser Veröffentlichung angewendet wurden, Summen eingeschlossen.',
    },
    definitions: {
      title: 'Verwendete Definitionen der Kennzahlen',
      lead: 'Eine Bedeutungsänderung ist eine neue Version der Definition; jede Veröffentlichung hält fest, welche Version jeder Kennzahl sie verwendet.',
      caption: 'Version der Definition jeder Kennzahl in dieser Veröffentlichung',
      metric: 'Kennzahl',
      code: 'Code',
      version: 'Verwendete Version',
      current: 'Aktueller Katalog',
      same: 'Gleich (Version {{version}})',
      newer: 'Inzwischen Version {{version}}',
      unknown: 'Nicht mehr im Katalog',
    },
    changes: {
      title: 'Änderungen gegenüber der vorigen Version',
      compared:
        'Verglichen mit Version {{version}} dieser Reihe ({{title}}), veröffentlicht am {{date}}.',
      comparedUnknown: 'Verglichen mit der vorigen Version dieser Reihe.',
      first:
        'Dies ist die erste Version dieser Reihe: Es gibt nichts, womit sie verglichen werden könnte.',
      none: 'Keine veröffentlichte Zahl hat sich geändert.',
      count_one: '{{count, number}} Zahl hat sich geändert.',
      count_other: '{{count, number}} Zahlen haben sich geändert.',
      byReasonCaption: 'Anzahl geänderter Zahlen nach Grund',
      reason: 'Grund',
      figures: 'Zahlen',
      group_one: '{{count, number}} Änderung',
      group_other: '{{count, number}} Änderungen',
      showAll_one: 'Die weitere Änderung von {{metric}} anzeigen',
      showAll_other: 'Die weiteren {{count, number}} Änderungen von {{metric}} anzeigen',
      showFewer: 'Weniger Änderungen von {{metric}} anzeigen',
    },
    citation: {
      title: 'So zitieren Sie diese Veröffentlichung',
      lead: 'Zitieren Sie Version und Prüfsumme, damit Ihre Leserinnen und Leser genau diese Zahlen finden und prüfen können.',
      label: 'Zitierweise',
      copy: 'Zitierweise kopieren',
    },
  },
  change: {
    cell: '{{metric}}, {{scope}}, {{period}}',
    cellBreakdown: '{{metric}}, {{scope}}, {{dimension}}: {{value}}, {{period}}',
    changed: '{{cell}}: {{before}} → {{after}} ({{delta}})',
    changedNoDelta: '{{cell}}: {{before}} → {{after}}',
    added: '{{cell}}: neu veröffentlicht, {{after}}',
    removed: '{{cell}}: nicht mehr veröffentlicht (vorher {{before}})',
    because: '{{change}} — {{reasons}}',
  },
  withheld: {
    contributors: 'zurückgehalten (zu wenige Beitragende)',
    dominance: 'zurückgehalten (ein Beitragender dominiert)',
    small_count: 'weniger als 10',
    secondary: 'zurückgehalten (schützt eine andere Zahl)',
    other: 'zurückgehalten',
  },
  reasons: {
    corrected_submissions: 'korrigierte Meldungen',
    late_submissions: 'verspätete Meldungen',
    definition_changed: 'Definition geändert',
    disclosure_control: 'Geheimhaltung',
  },
  scope: {
    network: 'Netzwerk',
    hotlines: 'alle Meldestellen',
    companies: 'alle Unternehmen',
    organization: '{{slug}} (eigene Zahlen)',
  },
  units: {
    reports: 'Meldungen',
    urls: 'URLs',
    notices: 'Hinweisen',
    items: 'Inhalten',
    files: 'Dateien',
    accounts: 'Konten',
    appeals: 'Beschwerden',
  },
  rules: {
    contributors:
      'Jede veröffentlichte Zahl fasst die Zahlen von mindestens {{count}} Organisationen zusammen. Einzige Ausnahme sind die eigenen Zahlen einer Organisation, die auf deren Wunsch unter ihrem Namen veröffentlicht werden.',
    dominance:
      'Eine Zahl wird zurückgehalten, wenn eine einzelne Organisation den größten Teil davon ausmacht, damit niemand die Zahl dieser Organisation näherungsweise ermitteln kann. Der genaue Schwellenwert wird nicht veröffentlicht, weil seine Kenntnis helfen würde, auf diese Zahl zurückzuschließen.',
    smallCount:
      'Anzahlen von {{units}} zwischen 1 und 9 werden nie gezeigt: Sie erscheinen als „weniger als 10“. Null wird als 0 gezeigt.',
    secondary:
      'Ließe sich eine zurückgehaltene Zahl aus veröffentlichten Zahlen errechnen – durch Abzug von einer Summe, aus den übrigen Zeilen einer Tabelle oder über die Zeit (ein Quartal minus seine veröffentlichten Monate) –, werden weitere Zahlen zurückgehalten, bis das nicht mehr möglich ist.',
    roundingNone: 'Die Zahlen werden nicht gerundet.',
    rounding:
      'Jede Zahl wird zufällig auf ein Vielfaches von {{base}} auf- oder abgerundet, sodass sie im Mittel stimmt. Dieselbe Zahl wird immer gleich gerundet, sodass ein Vergleich von Veröffentlichungen die genaue Anzahl nicht verrät.',
    noiseNone:
      'Es wird kein Zufallsrauschen hinzugefügt: Abgesehen von zurückgehaltenen Zahlen sind die Anzahlen exakt.',
    noise:
      'Anzahlen von {{metrics}} enthalten Zufallsrauschen (Differential Privacy, diskreter Gauß-Mechanismus). Diese Veröffentlichung verbraucht ein Datenschutzbudget von ρ = {{rho}} (ε = {{epsilon}} bei δ = {{delta}}). Die Reihe hat über ihre Veröffentlichungen ρ = {{spent}} von ihrer Grenze von {{limit}} verbraucht.',
    noiseSums:
      'Quartals- und Jahreszahlen sind Summen der verrauschten Monate und werden nie neu gezogen, sodass sich das Rauschen nicht herausmitteln lässt.',
    zero: 'Eine zurückgehaltene Zahl ist eine Lücke, nie eine Null: Weder ihr Wert noch die Zahl ihrer Beitragenden werden veröffentlicht.',
  },
  suppression: {
    title: 'Was der Grund einer zurückgehaltenen Zahl bedeutet',
    lead: 'Eine zurückgehaltene Zahl wird statt mit ihrem Wert mit einem dieser Gründe veröffentlicht.',
    caption: 'Gründe, aus denen eine Zahl zurückgehalten wird, und ihre Bedeutung',
    code: 'Code in den Dateien',
    name: 'Angezeigt als',
    meaning: 'Bedeutung',
    meaningOf: {
      contributors: 'Weniger als {{minimum}} Organisationen tragen zu der Zahl bei.',
      dominance:
        'Eine Organisation macht einen so großen Teil der Zahl aus, dass ihre Veröffentlichung die Zahl dieser Organisation näherungsweise verraten würde.',
      small_count:
        'Die Zahl zählt Meldungen, Hinweise, Konten oder Beschwerden und liegt zwischen 1 und 9.',
      secondary:
        'Die Zahl selbst ist unbedenklich, aber ihre Veröffentlichung würde erlauben, eine andere zurückgehaltene Zahl durch Subtraktion zu errechnen.',
    },
  },
  methodology: {
    title: 'Methodik',
    lead: 'Was jede Zahl zählt, wie die Zahlen vor der Veröffentlichung geschützt werden und wie die Auswertungen berechnet werden. Diese Seite wird aus dem Kennzahlenkatalog und den Parametern einer Veröffentlichung erzeugt.',
    contents: 'Auf dieser Seite',
    release: {
      legend: 'Parameter der Veröffentlichung',
      label: 'Veröffentlichung',
      option: '{{title}}, Version {{version}}',
      optionWithdrawn: '{{title}}, Version {{version}} (zurückgezogen)',
      show: 'Anzeigen',
      pinned:
        'Geheimhaltungsregeln, wie sie in {{title}}, Version {{version}}, veröffentlicht am {{date}}, angewendet wurden.',
      latest:
        'Geheimhaltungsregeln, wie sie in der neuesten Veröffentlichung angewendet wurden: {{title}}, Version {{version}}, veröffentlicht am {{date}}.',
      none: 'Bisher wurde nichts veröffentlicht: Die folgenden Regeln geben nur den Katalog wieder.',
      notFound:
        'Die gewünschte Veröffentlichung wurde nicht gefunden; stattdessen wird die neueste gezeigt.',
      open: 'Diese Veröffentlichung ansehen',
    },
    metrics: {
      title: 'Was gezählt wird',
      lead: 'Jede Zahl ist eine Anzahl ganzer Einheiten, gemeldet von Meldestellen, Unternehmen oder beiden. Quoten, Anteile und Mediane werden aus den Anzahlen abgeleitet, nie gemeldet.',
      group: {
        hotline: 'Gemeldet von Meldestellen',
        company: 'Gemeldet von Unternehmen',
        both: 'Gemeldet von Meldestellen und Unternehmen',
        other: 'Weitere Kennzahlen',
      },
      count_one: '{{count, number}} Kennzahl',
      count_other: '{{count, number}} Kennzahlen',
      unit: 'Einheit',
      version: 'Version der Definition',
      versionUsed: 'Version {{used}} in dieser Veröffentlichung (Katalog: Version {{current}})',
      versionOnly: 'Version {{version}}',
      dimensions: 'Aufgeschlüsselt nach',
      noDimensions: 'Nicht aufgeschlüsselt: eine einzige Summe.',
      required: 'Immer aufgeschlüsselt nach',
      smallCount: 'Kleine Anzahlen',
      smallCountYes: 'Angezeigt als „weniger als 10“',
      smallCountNo: 'Wie gezählt angezeigt (sie zählen Inhalte, keine Personen oder Meldungen)',
    },
    rules: {
      title: 'Was veröffentlicht werden darf: Geheimhaltungsregeln',
      lead: 'Diese Regeln gelten beim Erstellen einer Veröffentlichung für jede veröffentlichte Zelle, Summen und Teilsummen eingeschlossen. Öffentliche Seiten und Downloads lesen nur veröffentlichte Ausgaben.',
    },
    analytics: {
      title: 'Wie die Auswertungen berechnet werden',
      lead: 'Die Auswertungen werden beim Erstellen einer Veröffentlichung aus den veröffentlichten Zahlen berechnet und mit ihr gespeichert.',
      spikes: {
        title: 'Spitzen',
        model:
          'Für jede monatliche oder vierteljährliche Reihe wird der erwartete Wert eines Zeitraums aus dem vorangehenden Verlauf geschätzt: ein an die Anzahlen angepasster Trend (mit einem Monatsmuster, sobald drei volle Jahre vorliegen), in dem frühere ungewöhnliche Zeiträume weniger zählen. Das Modell lässt mehr Schwankung zu als reiner Zufall, sodass gewöhnliches Auf und Ab nicht markiert wird.',
        rule: 'Ein Zeitraum ist eine Spitze, wenn sein Wert über der oberen Grenze des {{level}}-Prognoseintervalls liegt und den erwarteten Wert um mindestens {{relative}} und {{absolute}} Einheiten übersteigt. Eine Reihe wird geprüft, sobald sie {{minPoints}} Zeiträume umfasst.',
        words:
          'Jede Spitze wird allein aus veröffentlichten Zahlen in Worten erklärt: wie weit sie über dem erwarteten Wert liegt, welcher Anteil des Anstiegs weiterverbreitete bekannte Inhalte sind und ob der nächste Zeitraum wieder normal war. Ein neu hinzugekommener Beitragender ist ein Bruch in der Reihe, keine Spitze; bekannte Änderungen im Meldeverhalten stehen im öffentlichen Anmerkungsprotokoll.',
      },
      shifts: {
        title: 'Niveauverschiebungen',
        text: 'Eine Niveauverschiebung ist eine dauerhafte Veränderung des Niveaus statt eines einzelnen ungewöhnlichen Zeitraums. Sie wird mit einer kumulierten Summe der Abweichungen zwischen beobachteten und erwarteten Werten erkannt (tabellarische CUSUM mit k = {{k}} und h = {{h}}) und mit einer Bruchpunktsuche (PELT) datiert.',
      },
      takedown: {
        title: 'Entfernungszeiten',
        bands:
          'Die Beitragenden melden, wie viele Inhalte innerhalb fester Zeitspannen entfernt wurden (unter 1 Stunde, 1 bis 2 Stunden … über 30 Tage, und nicht entfernt), statt eigener Mediane, weil sich Mediane nicht zusammenfassen lassen. Die Zeitspannen werden über alle Beitragenden addiert.',
        shares:
          'Die Anteile, die innerhalb von 24 Stunden, 3 Tagen und 7 Tagen entfernt wurden, beziehen sich auf alle gemeldeten Inhalte, auch die nicht entfernten.',
        quantiles:
          'Median und 90. Perzentil werden als die Zeitspanne angegeben, in die sie fallen, mit einer Schätzung darin. Fallen sie unter die nicht entfernten Inhalte, werden sie als „länger als der Stichtag“ angegeben.',
        disclosure:
          'Eine Verteilung wird nur veröffentlicht, wenn mindestens {{minContributors}} Organisationen beitragen und keine mehr als {{maxShare}} der Inhalte hält.',
      },
      known: {
        title: 'Bekannte Inhalte und Weiterverbreitung',
        intro:
          'Berechnet aus Anzahlen von Dateien und eindeutigen Inhalten; kein Bild und kein Hashwert verlässt jemals den Beitragenden.',
        share:
          'Anteil bekannter Inhalte: Dateien, die bereits bekanntem Material entsprechen ÷ gemeldete Dateien.',
        perItem: 'Dateien je eindeutigem Inhalt: gemeldete Dateien ÷ eindeutige Inhalte.',
        top10:
          'Top-10-Anteil: Dateien mit den 10 am häufigsten wiederholten Inhalten ÷ gemeldete Dateien.',
        gini: 'Konzentration: untere und obere Grenze des Gini-Koeffizienten der Dateien je Inhalt, aus der Zahl der Inhalte, die in 1, 2, 3–5 … Dateien vorkommen.',
      },
    },
  },
  citation: {
    text: '{{publisher}} ({{year}}). {{title}}, Version {{version}} [Datensatz, Reihe {{series}}]. Veröffentlicht am {{date}}. {{url}}. SHA-256 von cells.csv: {{checksum}}.',
    withdrawn: 'Zurückgezogen am {{date}}.',
    publisher: 'Candor',
    noChecksum: 'keine',
  },
};

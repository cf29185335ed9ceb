import type { Translation } from '@candor/web-i18n';
import type { PublicMessages } from './en';

export const de: Translation<PublicMessages> = {
  metric: {
    hotlineReportsReceived: 'Eingegangene Meldungen',
    hotlineReportsAssessed: 'Geprüfte Meldungen',
    hotlineReportsCsam: 'Als Darstellungen sexuellen Kindesmissbrauchs bestätigte Meldungen',
    hotlineUrlsCsam: 'URLs mit Darstellungen sexuellen Kindesmissbrauchs',
    hotlineUrlsNewContent: 'URLs mit neuen Inhalten',
    hotlineTakedown: 'Löschzeiten (Hotlines)',
    companyReportsCybertipline: 'Meldungen an NCMEC oder die nationale Behörde',
    companyNoticesReceived: 'Eingegangene Hinweise',
    companyContentActioned: 'Inhalte, gegen die vorgegangen wurde',
    companyAccountsActioned: 'Konten, gegen die vorgegangen wurde',
    companyTakedown: 'Löschzeiten (Unternehmen)',
    companyAppealsReceived: 'Eingegangene Beschwerden',
    companyAppealsReinstated: 'Nach Beschwerde wiederhergestellt',
    contentFilesReported: 'Gemeldete oder bearbeitete Dateien',
    contentFilesKnown: 'Dateien bereits bekannter Inhalte',
    contentItemsDistinct: 'Unterschiedliche Inhalte',
    contentItemsByRepeat: 'Unterschiedliche Inhalte nach Anzahl der Dateien',
    contentFilesTop10: 'Dateien der zehn am häufigsten wiederholten Inhalte',
  },
  granularity: {
    month: 'Monatlich',
    quarter: 'Vierteljährlich',
    year: 'Jährlich',
  },
  per: {
    month: 'pro Monat',
    quarter: 'pro Quartal',
    year: 'pro Jahr',
  },
  release: {
    label: 'Quelle dieser Zahlen',
    source:
      'Zahlen aus der Veröffentlichung „{{title}}“, Version {{version}}, veröffentlicht am {{date}}, für den Zeitraum {{from}} bis {{to}}.',
    sourceUndated:
      'Zahlen aus der Veröffentlichung „{{title}}“, Version {{version}}, für den Zeitraum {{from}} bis {{to}}.',
    about: 'Über diese Veröffentlichung',
    pinned: 'Diese Ansicht ist an diese Veröffentlichung gebunden.',
    latest: 'Stattdessen die neueste Veröffentlichung zeigen',
    permalink: 'Link zu diesen Zahlen, an diese Veröffentlichung gebunden',
    withdrawn: 'Diese Veröffentlichung wurde zurückgezogen: {{reason}}',
  },
  flag: {
    spike: 'Ausschlag',
    levelShift: 'Niveauwechsel',
    spikeLead:
      'Im Zeitraum {{period}} lag die Zahl bei {{observed}}, erwartet waren etwa {{expected}} (der Normalbereich reicht bis {{upper}}).',
    increase: 'Das sind {{change}} über dem erwarteten Niveau.',
    known: '{{share}} des Anstiegs sind erneut geteilte, bereits bekannte Inhalte.',
    returned: 'Im Zeitraum {{period}} kehrte sie auf das erwartete Niveau zurück.',
    stillAbove: 'Im Zeitraum {{period}} blieb sie über dem Normalbereich.',
    shiftUp:
      'Ab dem Zeitraum {{period}} stieg das Niveau auf etwa {{after}} {{per}}, zuvor waren es etwa {{before}}.',
    shiftDown:
      'Ab dem Zeitraum {{period}} sank das Niveau auf etwa {{after}} {{per}}, zuvor waren es etwa {{before}}.',
    change: 'Eine Veränderung um {{change}}.',
    breakInSeries:
      'In diesem Zeitraum kam eine neue Organisation hinzu: Das ist ein Bruch in der Reihe, kein Befund.',
  },
};

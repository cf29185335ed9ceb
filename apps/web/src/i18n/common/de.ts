import type { Translation } from '@candor/web-i18n';
import type { CommonMessages } from './en';

export const de: Translation<CommonMessages> = {
  appName: 'Candor',
  tagline: 'Kennzahlen zur Meldung von Darstellungen sexuellen Kindesmissbrauchs',
  skipLink: 'Zum Hauptinhalt springen',
  nav: {
    label: 'Hauptnavigation',
    overview: 'Überblick',
    trends: 'Trends',
    catalogue: 'Katalog',
    submit: 'Melden',
    review: 'Prüfung',
    releases: 'Veröffentlichungen vorbereiten',
    publicReleases: 'Datenveröffentlichungen',
    reports: 'Berichte',
    reportBuilder: 'Bericht erstellen',
    methodology: 'Methodik',
    countries: 'Länder',
    takedown: 'Löschzeiten',
    knownContent: 'Bekannte Inhalte',
  },
  language: {
    label: 'Sprache',
    name: 'Deutsch',
  },
  account: {
    signIn: 'Anmelden',
    signOut: 'Abmelden',
    signedInAs: 'Angemeldet als',
  },
  session: {
    checking: 'Ihre Sitzung wird geprüft…',
    failed:
      'Ihre Sitzung konnte nicht geprüft werden: Der Server ist nicht erreichbar. Laden Sie die Seite neu, um es erneut zu versuchen.',
    closedTitle: 'Für Ihr Konto nicht zugänglich',
    closedStaff: 'Diese Seiten sind für die Prüfenden des Netzwerks der Meldestellen.',
    closedMember:
      'Diese Seiten sind für Personen, die Zahlen für eine Meldestelle oder ein Unternehmen übermitteln.',
    closedReporter:
      'Diese Seite ist für die Prüfenden des Netzwerks und für Admins einer Meldestelle oder eines Unternehmens, die Transparenzberichte veröffentlichen.',
  },
  loading: 'Wird geladen …',
  footer: {
    about:
      'Candor veröffentlicht anonymisierte, aggregierte Zahlen zur Meldung von Darstellungen sexuellen Kindesmissbrauchs. Keine Zahl identifiziert eine Person, eine Meldung oder eine einzelne Organisation.',
    preview: 'Entwicklungsvorschau: Die gezeigten Zahlen sind Demodaten.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    body: 'Unter dieser Adresse gibt es keine Seite.',
  },
  error: {
    title: 'Etwas ist schiefgelaufen',
    body: 'Diese Seite konnte nicht angezeigt werden. Laden Sie die Seite neu, um es erneut zu versuchen.',
  },
  home: 'Zur Startseite',
};

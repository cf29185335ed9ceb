import type { Translation } from '@candor/web-i18n';
import type { CommonMessages } from './en';

export const de: Translation<CommonMessages> = {
  appName: 'Candor',
  tagline: 'Kennzahlen zur Meldung von Darstellungen sexuellen Kindesmissbrauchs',
  skipLink: 'Zum Hauptinhalt springen',
  nav: {
    label: 'Hauptnavigation',
    trends: 'Trends',
    catalogue: 'Katalog',
  },
  language: {
    label: 'Sprache',
    name: 'Deutsch',
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

import type { Translation } from '@candor/web-i18n';
import type { CatalogueMessages } from './en';

export const de: Translation<CatalogueMessages> = {
  eyebrow: 'Referenz',
  title: 'Kennzahlenkatalog',
  intro:
    'Was jede Zahl zählt, wer sie meldet und wie sie aufgeschlüsselt werden darf. Eine Bedeutungsänderung wird als neue Version der Definition veröffentlicht.',
  stats: {
    metrics: 'Kennzahlen',
    dimensions: 'Dimensionen',
  },
  contents: 'Auf dieser Seite',
  group: {
    hotline: 'Gemeldet von Meldestellen',
    company: 'Gemeldet von Unternehmen',
    both: 'Gemeldet von Meldestellen und Unternehmen',
    other: 'Weitere Kennzahlen',
  },
  field: {
    code: 'Code',
    submittedBy: 'Gemeldet von',
    unit: 'Einheit',
    version: 'Version',
    requiredDimension: 'Immer aufgeschlüsselt nach',
    dimensions: 'Dimensionen',
  },
  version: 'v{{version}}',
  noDimensions: 'Keine Aufschlüsselung: als einzelne Summe gemeldet.',
  countryValues: 'Jeder Ländercode nach ISO 3166-1 Alpha-2 oder „unknown“ (unbekannt).',
  valuesLabel: 'Werte von {{dimension}}',
  sourceLanguage:
    'Namen und Definitionen der Kennzahlen werden auf Englisch angezeigt, der Sprache des Meldestandards.',
  loading: 'Katalog wird geladen …',
  error: 'Der Katalog konnte nicht geladen werden. Bitte versuchen Sie es später erneut.',
};

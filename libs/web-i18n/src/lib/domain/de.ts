import type { Translation } from '../translation';
import type { DomainMessages } from './en';

export const de: Translation<DomainMessages> = {
  unit: {
    reports: 'Meldungen',
    urls: 'URLs',
    notices: 'Hinweise',
    items: 'Inhalte',
    files: 'Dateien',
    accounts: 'Konten',
    appeals: 'Beschwerden',
  },
  submittedBy: {
    hotline: 'Meldestellen',
    company: 'Unternehmen',
    both: 'Meldestellen und Unternehmen',
  },
  dimensionKind: {
    enumeration: 'Feste Liste',
    country: 'Ländercode',
    histogram: 'Histogramm',
  },
};

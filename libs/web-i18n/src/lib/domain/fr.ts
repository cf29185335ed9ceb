import type { Translation } from '../translation';
import type { DomainMessages } from './en';

export const fr: Translation<DomainMessages> = {
  unit: {
    reports: 'Signalements',
    urls: 'URL',
    notices: 'Notifications',
    items: 'Contenus',
    files: 'Fichiers',
    accounts: 'Comptes',
    appeals: 'Recours',
  },
  submittedBy: {
    hotline: 'Lignes de signalement',
    company: 'Entreprises',
    both: 'Lignes de signalement et entreprises',
  },
  dimensionKind: {
    enumeration: 'Liste fermée',
    country: 'Code pays',
    histogram: 'Histogramme',
  },
};

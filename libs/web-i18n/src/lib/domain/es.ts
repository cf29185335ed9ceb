import type { Translation } from '../translation';
import type { DomainMessages } from './en';

export const es: Translation<DomainMessages> = {
  unit: {
    reports: 'Denuncias',
    urls: 'URL',
    notices: 'Notificaciones',
    items: 'Contenidos',
    files: 'Archivos',
    accounts: 'Cuentas',
    appeals: 'Recursos',
  },
  submittedBy: {
    hotline: 'Líneas de denuncia',
    company: 'Empresas',
    both: 'Líneas de denuncia y empresas',
  },
  dimensionKind: {
    enumeration: 'Lista cerrada',
    country: 'Código de país',
    histogram: 'Histograma',
  },
};

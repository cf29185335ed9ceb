import type { Translation } from '@candor/web-i18n';
import type { CatalogueMessages } from './en';

export const es: Translation<CatalogueMessages> = {
  eyebrow: 'Referencia',
  title: 'Catálogo de indicadores',
  intro:
    'Qué cuenta cada cifra, quién la envía y cómo puede desglosarse. Un cambio de significado se publica como una nueva versión de la definición.',
  stats: {
    metrics: 'Indicadores',
    dimensions: 'Dimensiones',
  },
  contents: 'En esta página',
  group: {
    hotline: 'Enviados por las líneas de denuncia',
    company: 'Enviados por las empresas',
    both: 'Enviados por las líneas de denuncia y las empresas',
    other: 'Otros indicadores',
  },
  field: {
    code: 'Código',
    submittedBy: 'Enviado por',
    unit: 'Unidad',
    version: 'Versión',
    requiredDimension: 'Siempre desglosado por',
    dimensions: 'Dimensiones',
  },
  version: 'v{{version}}',
  noDimensions: 'Sin desglose: se envía como un único total.',
  countryValues: 'Cualquier código de país ISO 3166-1 alfa-2, o «unknown» (desconocido).',
  valuesLabel: 'Valores de {{dimension}}',
  sourceLanguage:
    'Los nombres y definiciones de los indicadores se muestran en inglés, el idioma del estándar de notificación.',
  loading: 'Cargando el catálogo…',
  error: 'No se ha podido cargar el catálogo. Inténtelo de nuevo más tarde.',
};

import type { Translation } from '@candor/web-i18n';
import type { CountriesMessages } from './en';

export const es: Translation<CountriesMessages> = {
  title: 'Países',
  eyebrow: 'Panel público',
  heading: 'Dónde estaba alojado el material',
  intro:
    'Las líneas de denuncia registran el país en el que estaba alojada cada URL confirmada cuando la evaluaron. Esta página ordena los países en un periodo de una publicación. Una cifra que podría revelar a una sola organización se retiene: ese país figura con el motivo y nunca se clasifica como cero.',
  controls: {
    label: 'Qué se muestra',
    metric: 'Indicador',
    granularity: 'Periodos',
    period: 'Periodo',
    scope: 'Notificado por',
  },
  scope: {
    network: 'Toda la red',
    hotlines: 'Líneas de denuncia',
    companies: 'Empresas',
  },
  residual: {
    unknown: 'País de alojamiento desconocido',
    notBrokenDown: 'Sin desglose por país',
  },
  chart: {
    title: '{{metric}} por país de alojamiento, {{period}}',
    label: 'Gráfico de barras horizontales: {{metric}} por país de alojamiento, {{period}}',
    top: 'Se dibujan los {{shown}} países con las cifras más altas; la tabla ordena los {{ranked}}.',
    none: 'Ningún país tiene una cifra publicada en este periodo.',
    country: 'País de alojamiento',
  },
  summary: {
    leaderShare:
      'En primer lugar: {{country}}, con {{count}}, el {{share}} del total de {{total}} en {{period}}.',
    leader: 'En primer lugar: {{country}}, con {{count}} en {{period}}.',
    next: 'A continuación: {{list}}.',
    item: '{{country}} ({{count}})',
    counts: 'Países con cifra publicada: {{ranked}}. Países retenidos: {{withheld}}.',
    residual: '{{label}}: {{count}}.',
    totalWithheld:
      'El total del periodo está retenido, por lo que no se indica ningún porcentaje. {{reason}}.',
    none: 'Ningún país tiene una cifra publicada en {{period}}. Países retenidos: {{withheld}}.',
  },
  ranking: {
    heading: 'Clasificación',
    caption: '{{metric}} por país de alojamiento, {{period}}, por puesto',
    rank: 'Puesto',
    country: 'País de alojamiento',
    share: 'Porcentaje del total',
    notRanked: 'Sin puesto',
    noShare: 'Sin porcentaje',
  },
  loading: 'Cargando las cifras por país…',
  error: 'No se han podido cargar las cifras. Inténtelo de nuevo más tarde.',
  noRelease: 'Todavía no se ha publicado ninguna edición con esta periodicidad.',
  notFound: 'No hay ninguna publicación con este identificador.',
  showLatest: 'Mostrar la publicación más reciente',
  noMetric: 'Ninguna cifra de esta publicación está desglosada por país de alojamiento.',
  noPeriods: 'Esta publicación no tiene cifras de «{{metric}}» para esta selección.',
  noBreakdown: 'No se publica ningún desglose por país de alojamiento para {{period}}.',
};

import type { Translation } from '@candor/web-i18n';
import type { TrendsMessages } from './en';

export const es: Translation<TrendsMessages> = {
  title: 'Explorador de tendencias',
  eyebrow: 'Panel público',
  heading: 'Explorador de tendencias',
  intro:
    'Cualquier cifra publicada a lo largo del tiempo, para todas las organizaciones o un solo tipo, desglosada por país, tipo de contenido o forma de detección. Los picos, los cambios de nivel y las notas del registro público se marcan en el gráfico; una cifra retenida por el control de divulgación es un hueco con su motivo, nunca un cero.',
  filters: {
    label: 'Elegir lo que muestra el gráfico',
    metric: 'Cifra',
    metricGroup: {
      hotline: 'Comunicada por las líneas de denuncia',
      company: 'Comunicada por las empresas',
      both: 'Comunicada por las líneas de denuncia y las empresas',
    },
    scope: 'Organizaciones',
    scopeOnly: {
      hotline: 'Solo las líneas de denuncia comunican esta cifra.',
      company: 'Solo las empresas comunican esta cifra.',
    },
    breakdown: 'Desglose',
    total: 'Ninguno: el total',
    publishedGroup: 'Con cifra en {{period}}',
    otherGroup: 'Otros países',
    granularity: 'Cifras por',
    from: 'Desde',
    to: 'Hasta',
    scale: 'Escala',
  },
  scope: {
    network: 'Todas las organizaciones',
    hotlines: 'Líneas de denuncia',
    companies: 'Empresas',
  },
  dimension: {
    hostingCountry: 'País de alojamiento',
    userCountry: 'País del usuario',
    contentType: 'Tipo de contenido',
    detection: 'Detección',
  },
  value: {
    contentType: {
      image: 'Imágenes',
      video: 'Vídeos',
      other: 'Otros contenidos',
      unknown: 'Tipo desconocido',
    },
    detection: {
      userReport: 'Denuncias de usuarios',
      hotlineNotice: 'Avisos de líneas de denuncia',
      authorityOrder: 'Órdenes de las autoridades',
      proactiveHashMatch: 'Proactiva: coincidencia de hash',
      proactiveClassifier: 'Proactiva: clasificador',
      other: 'Otra detección',
    },
    unknownCountry: 'País desconocido',
  },
  scale: {
    linear: 'Lineal',
    log: 'Logarítmica',
  },
  chart: {
    breakdown: '{{dimension}}: {{value}}',
    range: '{{granularity}}, de {{from}} a {{to}}',
    graphic:
      'Gráfico de líneas: {{metric}} ({{selection}}). Picos, cambios de nivel y notas marcados: {{marks}}. Use el tabulador para llegar a una marca y leer su explicación.',
    noFigures: 'No hay cifras que representar.',
    logNote: 'Escala logarítmica: cada línea de la cuadrícula vale diez veces la anterior.',
    zeroHidden:
      'Los valores cero no se pueden representar en una escala logarítmica: {{periods}}. La tabla los indica.',
  },
  legend: {
    label: 'Leyenda',
    gap: 'Sin cifra (el motivo figura debajo del gráfico)',
    spike: 'Pico',
    levelShift: 'Cambio de nivel',
    annotation: 'Nota del registro público',
  },
  mark: {
    spike: 'Pico, {{period}}',
    levelShift: 'Cambio de nivel, {{period}}',
    annotation: 'Nota del registro público, {{period}}',
  },
  marks: {
    heading: 'Picos, cambios de nivel y notas de esta vista',
    lead: 'Detectados al elaborar la publicación y explicados a partir de sus cifras publicadas; las notas proceden del registro público de cambios conocidos en las denuncias.',
    none: 'No hay ningún pico, cambio de nivel ni nota en esta vista.',
    networkOnly:
      'Los picos y cambios de nivel solo se buscan en los totales de todas las organizaciones; las notas del registro público aparecen en todas las vistas.',
  },
  nothing: {
    monthly:
      'Esta publicación no publica ninguna cifra para esta selección. Las empresas comunican sus datos cada trimestre: sus cifras están en las publicaciones trimestrales y anuales.',
    other: 'Esta publicación no publica ninguna cifra para esta selección.',
    showQuarterly: 'Ver las cifras trimestrales',
  },
  loading: 'Cargando las cifras…',
  error: 'No se han podido cargar las cifras. Inténtelo de nuevo más tarde.',
  noRelease: 'Todavía no se ha publicado ninguna publicación con esta granularidad.',
  notFound: 'No hay ninguna publicación publicada con este identificador.',
  showLatest: 'Ver la última publicación',
};

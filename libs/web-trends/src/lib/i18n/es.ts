import type { Translation } from '@candor/web-i18n';
import type { TrendsMessages } from './en';

export const es: Translation<TrendsMessages> = {
  eyebrow: 'Vista previa interna',
  title: 'Tendencias (vista previa)',
  intro:
    'Totales de la red para un indicador, sumados sobre las líneas de denuncia y las empresas cuyas cifras se han aceptado. Esta vista previa se calcula con datos de demostración; las publicaciones oficiales la sustituirán.',
  withheldNote:
    'Un punto se retiene cuando muy pocas organizaciones contribuyeron a ese periodo o una sola lo domina. Los puntos retenidos aparecen como huecos, nunca como cero.',
  controls: {
    legend: 'Elegir la serie',
    metric: 'Indicador',
    grain: 'Periodo',
    scale: 'Escala',
  },
  grain: {
    month: 'Mes',
    quarter: 'Trimestre',
    year: 'Año',
  },
  scale: {
    linear: 'Lineal',
    log: 'Logarítmica',
  },
  chartTitle: {
    month: '{{metric}}: total de la red por mes',
    quarter: '{{metric}}: total de la red por trimestre',
    year: '{{metric}}: total de la red por año',
  },
  seriesLabel: 'Total de la red',
  loading: 'Cargando cifras…',
  error: 'No se han podido cargar las cifras. Inténtelo de nuevo más tarde.',
};

import type { Translation } from '@candor/web-i18n';
import type { ChartsMessages } from './en';

export const es: Translation<ChartsMessages> = {
  period: {
    quarter: 'T{{quarter}} {{year}}',
    half: 'S{{half}} {{year}}',
  },
  table: {
    period: 'Periodo',
    value: 'Valor',
  },
  frame: {
    showTable: 'Mostrar como tabla',
    hideTable: 'Ocultar tabla',
    downloadCsv: 'Descargar CSV',
    of: ': {{title}}',
    tableLabel: 'Tabla: {{title}}',
    span: '{{from}} – {{to}}',
    gaps: 'Sin cifra para {{keys}}. {{reason}}.',
    summary: {
      empty: 'No hay cifras que mostrar.',
      allGaps:
        'No se puede mostrar ninguna cifra de «{{series}}»: todas están retenidas o sin publicar.',
      single: '{{series}}: solo {{key}} tiene cifra, {{value}}.',
      range: '{{series}}: de {{fromValue}} ({{from}}) a {{toValue}} ({{to}}).',
      change: 'Supone una variación del {{change}}.',
      extremes: 'La cifra más alta fue {{max}} ({{maxKey}}) y la más baja, {{min}} ({{minKey}}).',
      gaps: '{{gaps}} de {{rows}} no tienen cifra.',
    },
  },
  reason: {
    contributors: 'Retenido: contribuyen muy pocas organizaciones',
    dominance: 'Retenido: una sola organización representa la mayor parte',
    small_count: 'Retenido: el número es demasiado pequeño para publicarlo',
    secondary: 'Retenido para que no se pueda deducir otra cifra retenida',
    not_published: 'No publicado en esta edición',
    beyond_cutoff: 'Más de la mitad no se retiró en el plazo más largo medido',
    other: 'Retenido ({{code}})',
  },
};

import type { Translation } from '@candor/web-i18n';
import type { ChartsMessages } from './en';

export const es: Translation<ChartsMessages> = {
  period: {
    quarter: 'T{{quarter}} {{year}}',
    half: 'S{{half}} {{year}}',
  },
  chart: {
    withheldMarker: 'Periodo retenido',
    noData: 'No hay cifras que representar.',
    logNote: 'Escala logarítmica: cada línea de la cuadrícula es diez veces la anterior.',
    zeroHidden:
      'Los valores cero no se pueden representar en una escala logarítmica; la tabla los recoge.',
  },
  tooltip: {
    withheld: 'Retenido: muy pocos contribuyentes',
  },
  table: {
    show: 'Mostrar como tabla',
    hide: 'Ocultar tabla',
    period: 'Periodo',
    value: 'Valor',
    withheld: 'Retenido',
  },
  summary: {
    heading: 'Resumen',
    empty: 'No hay cifras para esta selección.',
    allWithheld:
      'Todos los periodos de esta selección están retenidos, por lo que no se puede mostrar ninguna cifra.',
    single: 'Solo se muestra un periodo: {{period}}, con {{value}}.',
    range: 'De {{from}} a {{to}}, el total pasó de {{fromValue}} a {{toValue}}.',
    change: 'Supone una variación del {{change}}.',
    extremes:
      'La cifra más alta fue {{max}} ({{maxPeriod}}) y la más baja, {{min}} ({{minPeriod}}).',
    withheld: 'Periodos retenidos: {{withheld}} de {{periods}}.',
  },
};

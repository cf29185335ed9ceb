import type { Translation } from '@candor/web-i18n';
import type { PublicMessages } from './en';

export const es: Translation<PublicMessages> = {
  metric: {
    hotlineReportsReceived: 'Denuncias recibidas',
    hotlineReportsAssessed: 'Denuncias evaluadas',
    hotlineReportsCsam: 'Denuncias confirmadas como material de abuso sexual infantil',
    hotlineUrlsCsam: 'URL de material de abuso sexual infantil',
    hotlineUrlsNewContent: 'URL con contenido nuevo',
    hotlineTakedown: 'Tiempos de retirada (líneas de denuncia)',
    companyReportsCybertipline: 'Denuncias al NCMEC o a la autoridad nacional',
    companyNoticesReceived: 'Avisos recibidos',
    companyContentActioned: 'Contenidos sobre los que se actuó',
    companyAccountsActioned: 'Cuentas sobre las que se actuó',
    companyTakedown: 'Tiempos de retirada (empresas)',
    companyAppealsReceived: 'Recursos recibidos',
    companyAppealsReinstated: 'Restablecidos tras recurso',
    contentFilesReported: 'Archivos denunciados o tratados',
    contentFilesKnown: 'Archivos de contenido ya conocido',
    contentItemsDistinct: 'Contenidos distintos',
    contentItemsByRepeat: 'Contenidos distintos por número de archivos',
    contentFilesTop10: 'Archivos de los diez contenidos más repetidos',
  },
  granularity: {
    month: 'Mensual',
    quarter: 'Trimestral',
    year: 'Anual',
  },
  per: {
    month: 'al mes',
    quarter: 'por trimestre',
    year: 'al año',
  },
  release: {
    label: 'Fuente de estas cifras',
    source:
      'Cifras de la publicación «{{title}}», versión {{version}}, publicada el {{date}}, periodo cubierto: {{from}} – {{to}}.',
    sourceUndated:
      'Cifras de la publicación «{{title}}», versión {{version}}, periodo cubierto: {{from}} – {{to}}.',
    about: 'Acerca de esta publicación',
    pinned: 'Esta vista está fijada a esta publicación.',
    latest: 'Mostrar la publicación más reciente',
    permalink: 'Enlace a estas cifras, fijado a esta publicación',
    withdrawn: 'Esta publicación ha sido retirada: {{reason}}',
  },
  flag: {
    spike: 'Pico',
    levelShift: 'Cambio de nivel',
    spikeLead:
      'En el periodo {{period}} la cifra fue de {{observed}}, cuando se esperaban unos {{expected}} (el rango normal llega hasta {{upper}}).',
    increase: 'Es decir, un {{change}} por encima del nivel esperado.',
    known: 'El {{share}} del aumento es contenido ya conocido que se ha vuelto a compartir.',
    returned: 'En el periodo {{period}} volvió al nivel esperado.',
    stillAbove: 'En el periodo {{period}} siguió por encima del rango normal.',
    shiftUp:
      'Desde el periodo {{period}}, el nivel subió a unos {{after}} {{per}}, frente a unos {{before}} antes.',
    shiftDown:
      'Desde el periodo {{period}}, el nivel bajó a unos {{after}} {{per}}, frente a unos {{before}} antes.',
    change: 'Una variación del {{change}}.',
    breakInSeries:
      'Una nueva organización empezó a contribuir en este periodo: es una ruptura de la serie, no un hallazgo.',
  },
};

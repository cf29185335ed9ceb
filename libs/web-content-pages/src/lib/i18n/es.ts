import type { Translation } from '@candor/web-i18n';
import type { ContentPagesMessages } from './en';

export const es: Translation<ContentPagesMessages> = {
  eyebrow: 'Panel público',
  granularity: {
    label: 'Cifras por periodo',
  },
  duration: {
    between: 'De {{from}} a {{to}}',
    within: 'En {{duration}} como máximo',
    after: 'Después de más de {{duration}}',
    orMore: '{{duration}} o más',
    moreThan: 'Más de {{duration}}',
    beyondCutoff: 'Más allá de la fecha de corte',
    notRemoved: 'No retirado en la fecha de corte',
  },
  chart: {
    withheld: 'Periodo sin cifras',
    noData: 'No hay cifras que representar.',
    spike: 'Pico (explicado más abajo)',
    noFigure: 'Sin cifra: {{reason}}',
  },
  takedown: {
    title: 'Tiempos de retirada',
    heading: 'Con qué rapidez se retira el material de abuso sexual infantil',
    intro:
      'Cuánto tiempo pasó, tras una denuncia o una notificación, hasta que el material fue retirado: por periodo, la proporción retirada en cada tramo de tiempo, la mediana y el percentil 90, y la proporción retirada en 24 horas, 3 días y 7 días. Una distribución solo se publica cuando contribuyen suficientes organizaciones y ninguna domina; si no, el periodo queda vacío, con el motivo.',
    metric: {
      label: 'Retiradas por',
      hotline: 'Líneas de denuncia',
      company: 'Empresas',
    },
    clock: {
      hotline:
        'Líneas de denuncia: URL notificadas para su retirada, desde la recepción de la denuncia hasta la retirada del material.',
      company:
        'Empresas: notificaciones atendidas, desde la recepción de la notificación hasta la medida adoptada.',
    },
    bands: {
      title: 'Tiempo hasta la retirada, periodo a periodo',
      summary: 'Último periodo con cifras: {{period}}. {{list}}.',
      item: '{{band}}: {{share}}',
      none: 'Ningún periodo de esta publicación tiene publicada una distribución de los tiempos de retirada.',
    },
    shares: {
      title: 'Proporción retirada en 24 horas, 3 días y 7 días',
    },
    quantiles: {
      title: 'Mediana y percentil 90',
      lead: 'La mitad de los elementos se retiró dentro del tiempo mediano y nueve de cada diez dentro del percentil 90. Cada uno se publica como el tramo de tiempo en el que cae, con una estimación dentro de ese tramo; cuando queda más allá del tiempo más largo medido, solo se indica eso.',
      median: 'Mediana',
      p90: 'Percentil 90',
      estimate: '{{what}}, estimación',
      band: '{{what}}, tramo de tiempo',
      summary:
        'En el periodo {{period}}, la mitad de los elementos se retiró en aproximadamente {{median}} ({{medianBand}}), y nueve de cada diez en aproximadamente {{p90}} ({{p90Band}}).',
      summaryMedianBeyond:
        'En el periodo {{period}}, más de la mitad de los elementos no se retiró dentro del tiempo más largo medido.',
      summaryP90Beyond:
        'En el periodo {{period}}, la mitad de los elementos se retiró en aproximadamente {{median}} ({{medianBand}}); más de uno de cada diez no se retiró dentro del tiempo más largo medido.',
      none: 'Ningún periodo de esta publicación tiene publicadas la mediana ni el percentil 90.',
      nothingNotified: 'No se notificó nada',
      tableLabel: 'Tabla: {{title}}',
    },
    country: {
      title: 'Por país de alojamiento',
      text: 'Las líneas de denuncia envían sus tiempos de retirada según el país donde estaba alojado el material, pero las publicaciones todavía no los difunden como estadísticas. Por eso esta página no muestra tiempos de retirada por país, ni los estima a partir de otras cifras publicadas.',
      link: 'Cómo se miden y publican los tiempos de retirada',
    },
  },
  known: {
    title: 'Contenido conocido y recompartición',
    heading: 'Contenido ya conocido y recompartición',
    intro:
      'Qué parte del material denunciado ya es conocida, porque coincide con listas de hashes de material identificado antes, y con qué frecuencia se vuelven a compartir los mismos contenidos. Los picos en el número de archivos se explican por la parte del aumento que es contenido conocido compartido de nuevo.',
    shares: {
      title:
        'Contenido conocido y los diez contenidos más repetidos, como proporción de los archivos',
      known: 'Contenido conocido',
      top10: 'Diez contenidos más repetidos',
    },
    perItem: {
      title: 'Archivos por contenido distinto',
      series: 'Archivos por contenido distinto',
    },
    gini: {
      title: 'Concentración de los archivos en los contenidos (coeficiente de Gini, cotas)',
      lower: 'Cota inferior',
      upper: 'Cota superior',
    },
    files: {
      title: 'Archivos denunciados y archivos de contenido conocido',
      lead: 'Los picos se marcan en la línea de la cifra elegida. Cuando ambas líneas suben juntas, el aumento es sobre todo material ya conocido, compartido de nuevo.',
      metric: 'Picos de',
    },
    flags: {
      heading: 'Picos y cambios de nivel: {{metric}}',
      none: 'No se encontró ningún pico ni cambio de nivel para esta cifra en esta publicación.',
    },
  },
  status: {
    loading: 'Cargando las cifras…',
    error: 'No se pudieron cargar las cifras. Vuelva a intentarlo más tarde.',
    noRelease: 'Todavía no se ha publicado ninguna edición con esta periodicidad.',
    notFound: 'No hay ninguna publicación con este identificador.',
    showLatest: 'Mostrar la publicación más reciente',
  },
};

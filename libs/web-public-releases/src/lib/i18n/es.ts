import type { Translation } from '@candor/web-i18n';
import type { PublicReleasesMessages } from './en';

export const es: Translation<PublicReleasesMessages> = {
  loading: 'Cargando…',
  eyebrow: 'Datos abiertos',
  sourceLanguage:
    'Los nombres de los indicadores, sus definiciones y los valores de los desgloses proceden del catálogo en inglés, el idioma de la norma de denuncia.',
  unknownValue: 'desconocido',
  period: {
    quarter: 'T{{quarter}} {{year}}',
    half: 'S{{half}} {{year}}',
  },
  granularity: {
    month: 'Mensual',
    quarter: 'Trimestral',
    year: 'Anual',
  },
  seriesKind: {
    month: 'Serie mensual',
    quarter: 'Serie trimestral',
    year: 'Serie anual',
  },
  group: {
    month: 'Publicaciones mensuales',
    quarter: 'Publicaciones trimestrales',
    year: 'Publicaciones anuales',
    other: 'Otras publicaciones',
  },
  status: {
    published: 'Publicada',
    withdrawn: 'Retirada',
  },
  errors: {
    notFound: 'No hay ninguna publicación en esta dirección.',
    network: 'No se puede acceder al servidor. Compruebe su conexión e inténtelo de nuevo.',
    unknown: 'No se pudieron cargar las publicaciones. Inténtelo de nuevo en un momento.',
  },
  copy: {
    copied: 'Copiado.',
    failed: 'Aquí no se puede copiar: seleccione el texto y cópielo usted.',
  },
  release: {
    version: 'Versión {{version}}',
    series: 'Serie',
    granularity: 'Frecuencia',
    periods: 'Periodos',
    range: 'de {{from}} a {{to}}',
    publishedAt: 'Publicada',
    withdrawnAt: 'Retirada',
    cells: 'Celdas publicadas',
    status: 'Estado',
    checksum: 'Suma de verificación SHA-256 de cells.csv',
    copyChecksum: 'Copiar la suma de verificación',
    copyChecksumOf: 'Copiar la suma de verificación de {{title}}, versión {{version}}',
    withdrawnNotice: 'Retirada el {{date}}. Motivo indicado: {{reason}}',
    withdrawnShort: 'Retirada el {{date}}',
    open: 'Detalles, cambios y cita',
    openOf: 'Detalles, cambios y cita de {{title}}, versión {{version}}',
  },
  downloads: {
    title: 'Descargas',
    labelOf: 'Descargas de {{title}}, versión {{version}}',
    none: 'No hay ningún archivo disponible para esta publicación.',
    name: {
      cellsCsv: 'Celdas (CSV)',
      cellsJson: 'Celdas (JSON)',
      statisticsJson: 'Estadísticas (JSON)',
      datapackageJson: 'Paquete de datos (datapackage.json)',
    },
    about: {
      cellsCsv:
        'Cada celda, con su valor o el motivo por el que se oculta. Su SHA-256 es la suma de verificación.',
      cellsJson: 'Las mismas celdas en JSON, con los datos de la publicación.',
      statisticsJson:
        'Tiempos de retirada, redifusión de contenido conocido, picos y cambios de nivel.',
      datapackageJson:
        'Describe los archivos: columnas, tamaño y SHA-256 de cada uno (Frictionless Data).',
    },
  },
  verify: {
    title: 'Cómo comprobar una descarga',
    intro:
      'La suma de verificación identifica los bytes exactos de cells.csv. Si su archivo da la misma suma de verificación, es el archivo publicado, sin cambios.',
    steps: 'Descargue cells.csv y ejecute uno de estos comandos en la carpeta donde se guardó:',
    linux: 'Linux',
    mac: 'macOS',
    windows: 'Windows (PowerShell)',
    check: 'O deje que sha256sum compare por usted; muestra «OK» cuando el archivo coincide:',
    compare:
      'El comando muestra un código de 64 letras y cifras: debe ser la suma de verificación indicada para la publicación (PowerShell escribe las letras en mayúsculas, lo que no importa).',
  },
  list: {
    title: 'Publicaciones de datos',
    lead: 'Todas las publicaciones de las cifras de la red. Una publicación nunca cambia: las correcciones se publican como una nueva versión, y una publicación retirada sigue en la lista con su motivo.',
    empty: 'Todavía no se ha publicado nada.',
    contents: 'Series de publicaciones',
    count_one: '{{count, number}} publicación',
    count_other: '{{count, number}} publicaciones',
  },
  detail: {
    back: 'Todas las publicaciones',
    lead: '{{kind}}, versión {{version}}: {{periods}}',
    facts: 'Sobre esta publicación',
    contents: 'En esta página',
    methodology: 'Metodología según esta publicación',
    newer: 'Hay una versión más reciente de esta serie publicada: versión {{version}},',
    disclosure: {
      title: 'Cómo se protegen las cifras',
      lead: 'Control de divulgación aplicado a cada celda de esta publicación, totales incluidos, antes de publicarla.',
    },
    definitions: {
      title: 'Definiciones de indicadores utilizadas',
      lead: 'Un cambio de significado es una nueva versión de la definición; cada publicación registra la versión de cada indicador que utiliza.',
      caption: 'Versión de la definición de cada indicador en esta publicación',
      metric: 'Indicador',
      code: 'Código',
      version: 'Versión utilizada',
      current: 'Catálogo actual',
      same: 'Igual (versión {{version}})',
      newer: 'Ahora versión {{version}}',
      unknown: 'Ya no figura en el catálogo',
    },
    changes: {
      title: 'Cambios respecto a la versión anterior',
      compared:
        'Comparada con la versión {{version}} de esta serie ({{title}}), publicada el {{date}}.',
      comparedUnknown: 'Comparada con la versión anterior de esta serie.',
      first: 'Es la primera versión de esta serie: no hay nada con qué compararla.',
      none: 'Ninguna cifra publicada ha cambiado.',
      count_one: 'Ha cambiado {{count, number}} cifra.',
      count_other: 'Han cambiado {{count, number}} cifras.',
      byReasonCaption: 'Número de cifras cambiadas por motivo',
      reason: 'Motivo',
      figures: 'Cifras',
      group_one: '{{count, number}} cambio',
      group_other: '{{count, number}} cambios',
      showAll_one: 'Mostrar el otro cambio de {{metric}}',
      showAll_other: 'Mostrar los otros {{count, number}} cambios de {{metric}}',
      showFewer: 'Mostrar menos cambios de {{metric}}',
    },
    citation: {
      title: 'Cómo citar esta publicación',
      lead: 'Cite la versión y la suma de verificación, para que sus lectores encuentren y comprueben exactamente estas cifras.',
      label: 'Cita',
      copy: 'Copiar la cita',
    },
  },
  change: {
    cell: '{{metric}}, {{scope}}, {{period}}',
    cellBreakdown: '{{metric}}, {{scope}}, {{dimension}}: {{value}}, {{period}}',
    changed: '{{cell}}: {{before}} → {{after}} ({{delta}})',
    changedNoDelta: '{{cell}}: {{before}} → {{after}}',
    added: '{{cell}}: publicada por primera vez, {{after}}',
    removed: '{{cell}}: ya no se publica (era {{before}})',
    because: '{{change}} — {{reasons}}',
  },
  withheld: {
    contributors: 'oculta (demasiado pocos contribuyentes)',
    dominance: 'oculta (un contribuyente domina)',
    small_count: 'menos de 10',
    secondary: 'oculta (protege otra cifra)',
    other: 'oculta',
  },
  reasons: {
    corrected_submissions: 'envíos corregidos',
    late_submissions: 'envíos tardíos',
    definition_changed: 'definición modificada',
    disclosure_control: 'control de divulgación',
  },
  scope: {
    network: 'red',
    hotlines: 'todas las líneas de denuncia',
    companies: 'todas las empresas',
    organization: '{{slug}} (cifras propias)',
  },
  units: {
    reports: 'denuncias',
    urls: 'URL',
    notices: 'notificaciones',
    items: 'contenidos',
    files: 'archivos',
    accounts: 'cuentas',
    appeals: 'recursos',
  },
  rules: {
    contributors:
      'Cada cifra publicada reúne las cifras de al menos {{count}} organizaciones. La única excepción son las cifras propias de una organización, publicadas con su nombre porque lo ha pedido.',
    dominance:
      'Una cifra se oculta cuando una sola organización representa la mayor parte, para que nadie pueda deducir aproximadamente la cifra de esa organización. El umbral exacto no se publica, porque conocerlo ayudaría a llegar a esa cifra.',
    smallCount:
      'Los recuentos de {{units}} entre 1 y 9 nunca se muestran: aparecen como «menos de 10». El cero se muestra como 0.',
    secondary:
      'Cuando una cifra oculta podría deducirse de las publicadas —restándola de un total, a partir de las demás filas de una tabla o en el tiempo (un trimestre menos sus meses publicados)—, se ocultan más cifras hasta que ya no sea posible.',
    roundingNone: 'Las cifras no se redondean.',
    rounding:
      'Cada cifra se redondea al azar a un múltiplo de {{base}}, hacia arriba o hacia abajo, de modo que sea correcta en promedio. La misma cifra siempre se redondea igual, así que comparar publicaciones no revela el recuento exacto.',
    noiseNone: 'No se añade ruido aleatorio: salvo las cifras ocultas, los recuentos son exactos.',
    noise:
      'Los recuentos de {{metrics}} llevan ruido aleatorio (privacidad diferencial, mecanismo gaussiano discreto). Esta publicación gasta un presupuesto de privacidad de ρ = {{rho}} (ε = {{epsilon}} con δ = {{delta}}). La serie ha gastado ρ = {{spent}} de su límite de {{limit}} en sus publicaciones.',
    noiseSums:
      'Las cifras trimestrales y anuales son sumas de los meses con ruido, nunca se vuelven a sortear, así que el ruido no se puede eliminar promediando.',
    zero: 'Una cifra oculta es un hueco, nunca un cero: no se publican ni su valor ni su número de contribuyentes.',
  },
  suppression: {
    title: 'Qué significa el motivo de una cifra oculta',
    lead: 'Una cifra oculta se publica con uno de estos motivos en lugar de su valor.',
    caption: 'Motivos por los que se oculta una cifra, y su significado',
    code: 'Código en los archivos',
    name: 'Se muestra como',
    meaning: 'Significado',
    meaningOf: {
      contributors: 'Contribuyen a la cifra menos de {{minimum}} organizaciones.',
      dominance:
        'Una organización representa una parte tan grande de la cifra que publicarla revelaría aproximadamente la cifra de esa organización.',
      small_count:
        'La cifra cuenta denuncias, notificaciones, cuentas o recursos y está entre 1 y 9.',
      secondary:
        'La cifra en sí es segura, pero publicarla permitiría deducir otra cifra oculta por sustracción.',
    },
  },
  methodology: {
    title: 'Metodología',
    lead: 'Qué cuenta cada cifra, cómo se protegen las cifras antes de publicarlas y cómo se calculan los análisis. Esta página se genera a partir del catálogo de indicadores y de los parámetros de una publicación.',
    contents: 'En esta página',
    release: {
      legend: 'Parámetros de la publicación',
      label: 'Publicación',
      option: '{{title}}, versión {{version}}',
      optionWithdrawn: '{{title}}, versión {{version}} (retirada)',
      show: 'Mostrar',
      pinned:
        'Reglas de divulgación tal como se aplicaron en {{title}}, versión {{version}}, publicada el {{date}}.',
      latest:
        'Reglas de divulgación tal como se aplicaron en la publicación más reciente: {{title}}, versión {{version}}, publicada el {{date}}.',
      none: 'Todavía no se ha publicado nada: las reglas siguientes solo recogen el catálogo.',
      notFound: 'No se encontró la publicación solicitada; se muestra en su lugar la más reciente.',
      open: 'Ver esta publicación',
    },
    metrics: {
      title: 'Qué se cuenta',
      lead: 'Cada cifra es un recuento de unidades enteras, enviado por líneas de denuncia, empresas o ambas. Tasas, proporciones y medianas se derivan de los recuentos, nunca se envían.',
      group: {
        hotline: 'Enviados por líneas de denuncia',
        company: 'Enviados por empresas',
        both: 'Enviados por líneas de denuncia y empresas',
        other: 'Otros indicadores',
      },
      count_one: '{{count, number}} indicador',
      count_other: '{{count, number}} indicadores',
      unit: 'Unidad',
      version: 'Versión de la definición',
      versionUsed: 'Versión {{used}} en esta publicación (catálogo: versión {{current}})',
      versionOnly: 'Versión {{version}}',
      dimensions: 'Desglosado por',
      noDimensions: 'Sin desglose: un único total.',
      required: 'Siempre desglosado por',
      smallCount: 'Recuentos pequeños',
      smallCountYes: 'Se muestran como «menos de 10»',
      smallCountNo: 'Se muestran tal cual (cuentan contenido, no personas ni denuncias)',
    },
    rules: {
      title: 'Qué se puede publicar: reglas de divulgación',
      lead: 'Estas reglas se aplican a cada celda publicada, totales y subtotales incluidos, al generar una publicación. Las páginas públicas y las descargas solo leen publicaciones ya publicadas.',
    },
    analytics: {
      title: 'Cómo se calculan los análisis',
      lead: 'Los análisis se calculan a partir de las cifras publicadas al generar una publicación, y se guardan con ella.',
      spikes: {
        title: 'Picos',
        model:
          'Para cada serie mensual o trimestral, el valor esperado de un periodo se estima a partir de la historia anterior: una tendencia ajustada a los recuentos (con un patrón por mes del año cuando hay tres años completos), en la que los periodos inusuales anteriores cuentan menos. El modelo admite más variación que el puro azar, de modo que las subidas y bajadas normales no se señalan.',
        rule: 'Un periodo es un pico cuando su valor supera el límite superior del intervalo de predicción del {{level}} y está al menos un {{relative}} y {{absolute}} unidades por encima del valor esperado. Una serie se analiza cuando tiene {{minPoints}} periodos.',
        words:
          'Cada pico se explica con palabras solo a partir de cifras publicadas: cuánto supera el valor esperado, qué parte del aumento es contenido conocido redifundido y si el periodo siguiente volvió a la normalidad. La incorporación de un nuevo contribuyente es una ruptura de la serie, no un pico; los cambios conocidos en las denuncias figuran en el registro público de anotaciones.',
      },
      shifts: {
        title: 'Cambios de nivel',
        text: 'Un cambio de nivel es una modificación duradera del nivel, no un único periodo inusual. Se detecta con una suma acumulada de las diferencias entre valores observados y esperados (CUSUM tabular con k = {{k}} y h = {{h}}) y se fecha con una búsqueda de puntos de cambio (PELT).',
      },
      takedown: {
        title: 'Tiempos de retirada',
        bands:
          'Los contribuyentes envían cuántos contenidos se retiraron dentro de tramos de tiempo fijos (menos de 1 hora, de 1 a 2 horas … más de 30 días, y no retirados) en lugar de sus propias medianas, porque las medianas no se pueden combinar. Los tramos se suman entre contribuyentes.',
        shares:
          'Las proporciones retiradas en 24 horas, 3 días y 7 días se dividen entre todos los contenidos notificados, incluidos los no retirados.',
        quantiles:
          'La mediana y el percentil 90 se dan como el tramo de tiempo en el que caen, con una estimación dentro de él. Cuando caen entre los contenidos no retirados, se dan como «más que la fecha de corte».',
        disclosure:
          'Una distribución solo se publica cuando contribuyen al menos {{minContributors}} organizaciones y ninguna reúne más del {{maxShare}} de los contenidos.',
      },
      known: {
        title: 'Contenido conocido y redifusión',
        intro:
          'Se calcula a partir de recuentos de archivos y de contenidos distintos; ninguna imagen ni ningún hash sale nunca del contribuyente.',
        share:
          'Proporción de contenido conocido: archivos que coinciden con material ya conocido ÷ archivos denunciados.',
        perItem: 'Archivos por contenido distinto: archivos denunciados ÷ contenidos distintos.',
        top10:
          'Proporción de los 10 principales: archivos que muestran los 10 contenidos más repetidos ÷ archivos denunciados.',
        gini: 'Concentración: límites inferior y superior del coeficiente de Gini de archivos por contenido, a partir de cuántos contenidos aparecen en 1, 2, 3–5 … archivos.',
      },
    },
  },
  citation: {
    text: '{{publisher}} ({{year}}). {{title}}, versión {{version}} [conjunto de datos, serie {{series}}]. Publicado el {{date}}. {{url}}. SHA-256 de cells.csv: {{checksum}}.',
    withdrawn: 'Retirado el {{date}}.',
    publisher: 'Candor',
    noChecksum: 'ninguna',
  },
};

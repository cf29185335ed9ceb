import type { Translation } from '@candor/web-i18n';
import type { OverviewMessages } from './en';

export const es: Translation<OverviewMessages> = {
  title: 'Resumen',
  eyebrow: 'Panel público',
  heading: 'Material de abuso sexual infantil: lo que denuncia la red',
  intro:
    'Las últimas cifras publicadas de las líneas de denuncia y las empresas, frente al periodo anterior y al mismo periodo del año anterior. Cada cifra ha pasado el control de divulgación: un número que podría revelar a una sola organización se retiene, y una cifra retenida nunca se muestra como cero.',
  granularity: {
    label: 'Cifras por periodo',
  },
  headlines: {
    heading: 'Cifras principales de {{period}}',
  },
  figure: {
    reports: {
      title: 'Denuncias recibidas',
      lead: 'En el periodo {{period}}, las líneas de denuncia recibieron {{value}} denuncias',
    },
    csam: {
      title: 'Material de abuso sexual infantil confirmado',
      lead: 'En el periodo {{period}}, las líneas de denuncia confirmaron {{value}} denuncias como material de abuso sexual infantil',
    },
    actioned: {
      title: 'Contenidos tratados por las empresas',
      lead: 'En el periodo {{period}}, las empresas actuaron sobre {{value}} contenidos',
    },
    knownShare: {
      title: 'Contenido ya conocido',
      lead: 'En el periodo {{period}}, el {{value}} de los archivos denunciados era contenido ya conocido',
    },
    medianTakedown: {
      title: 'Tiempo mediano de retirada',
      lead: 'La mitad de las URL notificadas por las líneas de denuncia en el periodo {{period}} se retiró en {{value}} o menos',
    },
    removedWithin3Days: {
      title: 'Retiradas en 3 días',
      lead: 'El {{value}} de las URL notificadas por las líneas de denuncia en el periodo {{period}} se retiró en 3 días o menos',
    },
  },
  compare: {
    both: '{{lead}}, {{previous}} respecto al periodo anterior ({{previousPeriod}}) y {{yearAgo}} respecto al mismo periodo del año anterior ({{yearAgoPeriod}}).',
    previous: '{{lead}}, {{previous}} respecto al periodo anterior ({{previousPeriod}}).',
    yearAgo:
      '{{lead}}, {{yearAgo}} respecto al mismo periodo del año anterior ({{yearAgoPeriod}}).',
    none: '{{lead}}.',
    against: 'Frente a {{period}}',
    noFigure: 'sin cifra',
  },
  change: {
    up: 'un {{change}} más',
    down: 'un {{change}} menos',
    same: 'sin cambios',
    upPoints: '{{points}} puntos porcentuales más',
    downPoints: '{{points}} puntos porcentuales menos',
  },
  gap: 'Sin cifra para {{period}}. {{reason}}.',
  noFigure: 'Sin cifra',
  spark: '{{what}}, {{from}} – {{to}}: pequeño gráfico de líneas',
  flags: {
    heading: 'Picos y cambios de nivel recientes',
    lead: 'Movimientos inusuales detectados al elaborar la publicación, explicados a partir de sus cifras publicadas.',
    none: 'No se detectó ningún pico ni cambio de nivel en esta publicación.',
  },
  loading: 'Cargando las últimas cifras…',
  error: 'No se han podido cargar las cifras. Inténtelo de nuevo más tarde.',
  noRelease: 'Todavía no se ha publicado ninguna edición con esta periodicidad.',
  notFound: 'No hay ninguna publicación con este identificador.',
  showLatest: 'Mostrar la publicación más reciente',
};

import type { Translation } from '@candor/web-i18n';
import type { CommonMessages } from './en';

export const es: Translation<CommonMessages> = {
  appName: 'Candor',
  tagline: 'Indicadores sobre la denuncia de material de abuso sexual infantil',
  skipLink: 'Saltar al contenido principal',
  nav: {
    label: 'Navegación principal',
    overview: 'Resumen',
    trends: 'Tendencias',
    catalogue: 'Catálogo',
    submit: 'Enviar',
    review: 'Revisión',
    releases: 'Preparar publicaciones',
    publicReleases: 'Publicaciones de datos',
    reports: 'Informes',
    reportBuilder: 'Preparar un informe',
    methodology: 'Metodología',
    countries: 'Países',
    takedown: 'Tiempos de retirada',
    knownContent: 'Contenido conocido',
  },
  language: {
    label: 'Idioma',
    name: 'Español',
  },
  account: {
    signIn: 'Iniciar sesión',
    signOut: 'Cerrar sesión',
    signedInAs: 'Sesión iniciada como',
  },
  session: {
    checking: 'Comprobando su sesión…',
    failed:
      'No se ha podido comprobar su sesión: no se puede contactar con el servidor. Vuelva a cargar la página para intentarlo de nuevo.',
    closedTitle: 'No disponible para su cuenta',
    closedStaff: 'Estas páginas son para los revisores de la red de líneas de denuncia.',
    closedMember:
      'Estas páginas son para quienes envían las cifras de una línea de denuncia o de una empresa.',
    closedReporter:
      'Esta página es para los revisores de la red y para los administradores de una línea de denuncia o de una empresa, que publican informes de transparencia.',
  },
  loading: 'Cargando…',
  footer: {
    about:
      'Candor publica cifras agregadas y anonimizadas sobre la denuncia de material de abuso sexual infantil. Ninguna cifra identifica a una persona, una denuncia ni una organización concreta.',
    preview: 'Versión preliminar de desarrollo: las cifras mostradas son datos de demostración.',
  },
  notFound: {
    title: 'Página no encontrada',
    body: 'No hay ninguna página en esta dirección.',
  },
  error: {
    title: 'Algo ha fallado',
    body: 'No se ha podido mostrar esta página. Vuelva a cargarla para intentarlo de nuevo.',
  },
  home: 'Ir a la página de inicio',
};

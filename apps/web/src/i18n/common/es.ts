import type { Translation } from '@candor/web-i18n';
import type { CommonMessages } from './en';

export const es: Translation<CommonMessages> = {
  appName: 'Candor',
  tagline: 'Indicadores sobre la denuncia de material de abuso sexual infantil',
  skipLink: 'Saltar al contenido principal',
  nav: {
    label: 'Navegación principal',
    trends: 'Tendencias',
    catalogue: 'Catálogo',
  },
  language: {
    label: 'Idioma',
    name: 'Español',
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

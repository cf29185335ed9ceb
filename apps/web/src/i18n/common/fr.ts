import type { Translation } from '@candor/web-i18n';
import type { CommonMessages } from './en';

export const fr: Translation<CommonMessages> = {
  appName: 'Candor',
  tagline: 'Indicateurs sur le signalement des contenus pédocriminels',
  skipLink: 'Aller au contenu principal',
  nav: {
    label: 'Navigation principale',
    trends: 'Tendances',
    catalogue: 'Catalogue',
  },
  language: {
    label: 'Langue',
    name: 'Français',
  },
  loading: 'Chargement…',
  footer: {
    about:
      'Candor publie des chiffres agrégés et anonymisés sur le signalement des contenus pédocriminels. Aucun chiffre n’identifie une personne, un signalement ou une organisation.',
    preview: 'Aperçu de développement : les chiffres affichés sont des données de démonstration.',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Il n’y a aucune page à cette adresse.',
  },
  error: {
    title: 'Une erreur s’est produite',
    body: 'Cette page n’a pas pu être affichée. Rechargez la page pour réessayer.',
  },
  home: 'Aller à la page d’accueil',
};

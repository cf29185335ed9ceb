import type { Translation } from '@candor/web-i18n';
import type { CommonMessages } from './en';

export const fr: Translation<CommonMessages> = {
  appName: 'Candor',
  tagline: 'Indicateurs sur le signalement des contenus pédocriminels',
  skipLink: 'Aller au contenu principal',
  nav: {
    label: 'Navigation principale',
    overview: 'Vue d’ensemble',
    trends: 'Tendances',
    catalogue: 'Catalogue',
    submit: 'Transmettre',
    review: 'Revue',
    releases: 'Préparer les publications',
    publicReleases: 'Publications de données',
    reports: 'Rapports',
    reportBuilder: 'Préparer un rapport',
    methodology: 'Méthodologie',
    countries: 'Pays',
    takedown: 'Délais de retrait',
    knownContent: 'Contenus connus',
  },
  language: {
    label: 'Langue',
    name: 'Français',
  },
  account: {
    signIn: 'Se connecter',
    signOut: 'Se déconnecter',
    signedInAs: 'Connecté en tant que',
  },
  session: {
    checking: 'Vérification de votre session…',
    failed:
      'Votre session n’a pas pu être vérifiée : le serveur est injoignable. Rechargez la page pour réessayer.',
    closedTitle: 'Page non accessible à votre compte',
    closedStaff: 'Ces pages sont réservées aux relecteurs du réseau des lignes de signalement.',
    closedMember:
      'Ces pages sont réservées aux personnes qui transmettent les chiffres d’une ligne de signalement ou d’une entreprise.',
    closedReporter:
      'Cette page est réservée aux relecteurs du réseau et aux administrateurs d’une ligne de signalement ou d’une entreprise, qui publient les rapports de transparence.',
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

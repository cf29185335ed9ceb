import type { Translation } from '@candor/web-i18n';
import type { TrendsMessages } from './en';

export const fr: Translation<TrendsMessages> = {
  title: 'Explorateur de tendances',
  eyebrow: 'Tableau de bord public',
  heading: 'Explorateur de tendances',
  intro:
    'Tout chiffre publié au fil du temps, pour l’ensemble des organisations ou un seul type, ventilé par pays, type de contenu ou mode de détection. Les pics, les changements de niveau et les notes du journal public sont signalés sur le graphique ; un chiffre retenu par le contrôle de divulgation apparaît comme une lacune avec sa raison, jamais comme un zéro.',
  filters: {
    label: 'Choisir ce que montre le graphique',
    metric: 'Chiffre',
    metricGroup: {
      hotline: 'Déclaré par les hotlines',
      company: 'Déclaré par les entreprises',
      both: 'Déclaré par les hotlines et les entreprises',
    },
    scope: 'Organisations',
    scopeOnly: {
      hotline: 'Seules les hotlines déclarent ce chiffre.',
      company: 'Seules les entreprises déclarent ce chiffre.',
    },
    breakdown: 'Ventilation',
    total: 'Aucune : le total',
    publishedGroup: 'Avec un chiffre pour {{period}}',
    otherGroup: 'Autres pays',
    granularity: 'Chiffres par',
    from: 'Du',
    to: 'Au',
    scale: 'Échelle',
  },
  scope: {
    network: 'Toutes les organisations',
    hotlines: 'Hotlines',
    companies: 'Entreprises',
  },
  dimension: {
    hostingCountry: 'Pays d’hébergement',
    userCountry: 'Pays de l’utilisateur',
    contentType: 'Type de contenu',
    detection: 'Détection',
  },
  value: {
    contentType: {
      image: 'Images',
      video: 'Vidéos',
      other: 'Autres contenus',
      unknown: 'Type inconnu',
    },
    detection: {
      userReport: 'Signalements d’utilisateurs',
      hotlineNotice: 'Notifications de hotlines',
      authorityOrder: 'Injonctions des autorités',
      proactiveHashMatch: 'Proactive : correspondance d’empreintes',
      proactiveClassifier: 'Proactive : classificateur',
      other: 'Autre détection',
    },
    unknownCountry: 'Pays inconnu',
  },
  scale: {
    linear: 'Linéaire',
    log: 'Logarithmique',
  },
  chart: {
    breakdown: '{{dimension}} : {{value}}',
    range: '{{granularity}}, {{from}} – {{to}}',
    graphic:
      'Graphique linéaire : {{metric}} ({{selection}}). Pics, changements de niveau et notes signalés : {{marks}}. Utilisez la touche Tab pour atteindre un repère et lire son explication.',
    noFigures: 'Aucun chiffre à représenter.',
    logNote: 'Échelle logarithmique : chaque ligne de la grille vaut dix fois la précédente.',
    zeroHidden:
      'Les valeurs nulles ne peuvent pas figurer sur une échelle logarithmique : {{periods}}. Le tableau les indique.',
  },
  legend: {
    label: 'Légende',
    gap: 'Aucun chiffre (la raison est donnée sous le graphique)',
    spike: 'Pic',
    levelShift: 'Changement de niveau',
    annotation: 'Note du journal public',
  },
  mark: {
    spike: 'Pic, {{period}}',
    levelShift: 'Changement de niveau, {{period}}',
    annotation: 'Note du journal public, {{period}}',
  },
  marks: {
    heading: 'Pics, changements de niveau et notes de cette vue',
    lead: 'Repérés lors de la construction de la publication et expliqués à partir de ses chiffres publiés ; les notes viennent du journal public des changements connus dans les signalements.',
    none: 'Aucun pic, changement de niveau ni note dans cette vue.',
    networkOnly:
      'Les pics et changements de niveau ne sont recherchés que dans les totaux de l’ensemble des organisations ; les notes du journal public figurent dans toutes les vues.',
  },
  nothing: {
    monthly:
      'Cette publication ne contient aucun chiffre pour cette sélection. Les entreprises déclarent chaque trimestre : leurs chiffres figurent dans les publications trimestrielles et annuelles.',
    other: 'Cette publication ne contient aucun chiffre pour cette sélection.',
    showQuarterly: 'Afficher les chiffres trimestriels',
  },
  loading: 'Chargement des chiffres…',
  error: 'Les chiffres n’ont pas pu être chargés. Veuillez réessayer plus tard.',
  noRelease: 'Aucune publication n’a encore été faite à cette granularité.',
  notFound: 'Aucune publication n’a cet identifiant.',
  showLatest: 'Afficher la dernière publication',
};

import type { Translation } from '@candor/web-i18n';
import type { CountriesMessages } from './en';

export const fr: Translation<CountriesMessages> = {
  title: 'Pays',
  eyebrow: 'Tableau de bord public',
  heading: 'Où les contenus étaient hébergés',
  intro:
    'Les hotlines relèvent le pays où chaque URL confirmée était hébergée au moment de son examen. Cette page classe les pays pour une période d’une publication. Un chiffre qui pourrait révéler une seule organisation n’est pas publié : le pays concerné est listé avec la raison, jamais classé comme un zéro.',
  controls: {
    label: 'Ce qui est affiché',
    metric: 'Indicateur',
    granularity: 'Périodes',
    period: 'Période',
    scope: 'Déclaré par',
  },
  scope: {
    network: 'L’ensemble du réseau',
    hotlines: 'Les hotlines',
    companies: 'Les entreprises',
  },
  residual: {
    unknown: 'Pays d’hébergement inconnu',
    notBrokenDown: 'Non ventilé par pays',
  },
  chart: {
    title: '{{metric}} par pays d’hébergement, {{period}}',
    label: 'Diagramme en barres horizontales : {{metric}} par pays d’hébergement, {{period}}',
    top: 'Les {{shown}} pays aux chiffres les plus élevés sont représentés ; le tableau classe les {{ranked}}.',
    none: 'Aucun pays n’a de chiffre publié pour cette période.',
    country: 'Pays d’hébergement',
  },
  summary: {
    leaderShare:
      'En tête : {{country}}, avec {{count}}, soit {{share}} du total de {{total}} pour la période {{period}}.',
    leader: 'En tête : {{country}}, avec {{count}} pour la période {{period}}.',
    next: 'Ensuite : {{list}}.',
    item: '{{country}} ({{count}})',
    counts:
      'Pays avec un chiffre publié : {{ranked}}. Pays dont le chiffre n’est pas publié : {{withheld}}.',
    residual: '{{label}} : {{count}}.',
    totalWithheld:
      'Le total de la période n’est pas publié, aucune part n’est donc indiquée. {{reason}}.',
    none: 'Aucun pays n’a de chiffre publié pour la période {{period}}. Pays dont le chiffre n’est pas publié : {{withheld}}.',
  },
  ranking: {
    heading: 'Classement',
    caption: '{{metric}} par pays d’hébergement, {{period}}, classement',
    rank: 'Rang',
    country: 'Pays d’hébergement',
    share: 'Part du total',
    notRanked: 'Non classé',
    noShare: 'Aucune part',
  },
  loading: 'Chargement des chiffres par pays…',
  error: 'Les chiffres n’ont pas pu être chargés. Veuillez réessayer plus tard.',
  noRelease: 'Aucune publication n’existe encore pour cette périodicité.',
  notFound: 'Aucune publication ne porte cet identifiant.',
  showLatest: 'Afficher la dernière publication',
  noMetric: 'Aucun chiffre de cette publication n’est ventilé par pays d’hébergement.',
  noPeriods: 'Cette publication ne contient aucun chiffre « {{metric}} » pour ce choix.',
  noBreakdown:
    'Aucune ventilation par pays d’hébergement n’est publiée pour la période {{period}}.',
};

import type { Translation } from '@candor/web-i18n';
import type { OverviewMessages } from './en';

export const fr: Translation<OverviewMessages> = {
  title: 'Vue d’ensemble',
  eyebrow: 'Tableau de bord public',
  heading: 'Contenus pédocriminels : ce que signale le réseau',
  intro:
    'Les derniers chiffres publiés par les hotlines et les entreprises, comparés à la période précédente et à la même période un an plus tôt. Chaque chiffre a passé le contrôle de divulgation : un nombre qui pourrait révéler une seule organisation n’est pas publié, et un chiffre non publié n’est jamais affiché comme un zéro.',
  granularity: {
    label: 'Chiffres par période',
  },
  headlines: {
    heading: 'Chiffres clés : {{period}}',
  },
  figure: {
    reports: {
      title: 'Signalements reçus',
      lead: 'Les hotlines ont reçu {{value}} signalements sur la période {{period}}',
    },
    csam: {
      title: 'Contenus pédocriminels confirmés',
      lead: 'Les hotlines ont confirmé {{value}} signalements comme contenus pédocriminels sur la période {{period}}',
    },
    actioned: {
      title: 'Contenus traités par les entreprises',
      lead: 'Les entreprises ont pris des mesures contre {{value}} contenus sur la période {{period}}',
    },
    knownShare: {
      title: 'Contenus déjà connus',
      lead: '{{value}} des fichiers signalés sur la période {{period}} étaient des contenus déjà connus',
    },
    medianTakedown: {
      title: 'Délai médian de retrait',
      lead: 'La moitié des URL notifiées par les hotlines sur la période {{period}} ont été retirées en {{value}} au plus',
    },
    removedWithin3Days: {
      title: 'Retirés en 3 jours',
      lead: '{{value}} des URL notifiées par les hotlines sur la période {{period}} ont été retirées en 3 jours au plus',
    },
  },
  compare: {
    both: '{{lead}}, {{previous}} par rapport à la période précédente ({{previousPeriod}}) et {{yearAgo}} par rapport à la même période un an plus tôt ({{yearAgoPeriod}}).',
    previous: '{{lead}}, {{previous}} par rapport à la période précédente ({{previousPeriod}}).',
    yearAgo:
      '{{lead}}, {{yearAgo}} par rapport à la même période un an plus tôt ({{yearAgoPeriod}}).',
    none: '{{lead}}.',
    against: 'Par rapport à {{period}}',
    noFigure: 'aucun chiffre',
  },
  change: {
    up: 'en hausse de {{change}}',
    down: 'en baisse de {{change}}',
    same: 'sans changement',
    upPoints: 'en hausse de {{points}} points de pourcentage',
    downPoints: 'en baisse de {{points}} points de pourcentage',
  },
  gap: 'Aucun chiffre pour {{period}}. {{reason}}.',
  noFigure: 'Aucun chiffre',
  spark: '{{what}}, {{from}} – {{to}} : petit graphique linéaire',
  flags: {
    heading: 'Pics et changements de niveau récents',
    lead: 'Mouvements inhabituels détectés lors de la constitution de la publication, expliqués à partir des chiffres publiés.',
    none: 'Aucun pic ni changement de niveau n’a été détecté dans cette publication.',
  },
  loading: 'Chargement des derniers chiffres…',
  error: 'Les chiffres n’ont pas pu être chargés. Veuillez réessayer plus tard.',
  noRelease: 'Aucune publication n’existe encore pour cette périodicité.',
  notFound: 'Aucune publication ne porte cet identifiant.',
  showLatest: 'Afficher la dernière publication',
};

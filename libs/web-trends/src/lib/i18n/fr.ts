import type { Translation } from '@candor/web-i18n';
import type { TrendsMessages } from './en';

export const fr: Translation<TrendsMessages> = {
  eyebrow: 'Aperçu interne',
  title: 'Tendances (aperçu)',
  intro:
    'Totaux à l’échelle du réseau pour un indicateur, additionnés sur les lignes de signalement et les entreprises dont les chiffres ont été acceptés. Cet aperçu est calculé à partir de données de démonstration ; les publications officielles le remplaceront.',
  withheldNote:
    'Un point n’est pas publié lorsque trop peu d’organisations ont contribué à la période, ou qu’une seule organisation y domine. Ces points apparaissent comme des interruptions de la courbe, jamais comme des zéros.',
  controls: {
    legend: 'Choisir la série',
    metric: 'Indicateur',
    grain: 'Période',
    scale: 'Échelle',
  },
  grain: {
    month: 'Mois',
    quarter: 'Trimestre',
    year: 'Année',
  },
  scale: {
    linear: 'Linéaire',
    log: 'Logarithmique',
  },
  chartTitle: {
    month: '{{metric}} : total du réseau par mois',
    quarter: '{{metric}} : total du réseau par trimestre',
    year: '{{metric}} : total du réseau par année',
  },
  seriesLabel: 'Total du réseau',
  loading: 'Chargement des chiffres…',
  error: 'Les chiffres n’ont pas pu être chargés. Veuillez réessayer plus tard.',
};

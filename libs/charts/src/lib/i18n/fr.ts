import type { Translation } from '@candor/web-i18n';
import type { ChartsMessages } from './en';

export const fr: Translation<ChartsMessages> = {
  period: {
    quarter: 'T{{quarter}} {{year}}',
    half: 'S{{half}} {{year}}',
  },
  chart: {
    withheldMarker: 'Période non publiée',
    noData: 'Aucun chiffre à représenter.',
    logNote: 'Échelle logarithmique : chaque ligne de la grille vaut dix fois la précédente.',
    zeroHidden:
      'Les valeurs nulles ne peuvent pas figurer sur une échelle logarithmique ; le tableau les indique.',
  },
  tooltip: {
    withheld: 'Non publié : trop peu de contributeurs',
  },
  table: {
    show: 'Afficher sous forme de tableau',
    hide: 'Masquer le tableau',
    period: 'Période',
    value: 'Valeur',
    withheld: 'Non publié',
  },
  summary: {
    heading: 'Résumé',
    empty: 'Aucun chiffre n’est disponible pour cette sélection.',
    allWithheld:
      'Aucune période de cette sélection n’est publiée : aucun chiffre ne peut être affiché.',
    single: 'Une seule période est affichée : {{period}}, avec {{value}}.',
    range: 'De {{from}} à {{to}}, le total est passé de {{fromValue}} à {{toValue}}.',
    change: 'Cela représente une variation de {{change}}.',
    extremes:
      'Le chiffre le plus élevé était de {{max}} ({{maxPeriod}}), le plus bas de {{min}} ({{minPeriod}}).',
    withheld: 'Périodes non publiées : {{withheld}} sur {{periods}}.',
  },
};

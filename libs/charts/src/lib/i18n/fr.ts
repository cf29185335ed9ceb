import type { Translation } from '@candor/web-i18n';
import type { ChartsMessages } from './en';

export const fr: Translation<ChartsMessages> = {
  period: {
    quarter: 'T{{quarter}} {{year}}',
    half: 'S{{half}} {{year}}',
  },
  table: {
    period: 'Période',
    value: 'Valeur',
  },
  frame: {
    showTable: 'Afficher sous forme de tableau',
    hideTable: 'Masquer le tableau',
    downloadCsv: 'Télécharger le CSV',
    of: ' : {{title}}',
    tableLabel: 'Tableau : {{title}}',
    span: '{{from}} – {{to}}',
    gaps: 'Aucun chiffre pour {{keys}}. {{reason}}.',
    summary: {
      empty: 'Aucun chiffre à afficher.',
      allGaps:
        'Aucun chiffre de la série « {{series}} » ne peut être affiché : tous sont non publiés.',
      single: '{{series}} : seule la période {{key}} a un chiffre, {{value}}.',
      range: '{{series}} : de {{fromValue}} ({{from}}) à {{toValue}} ({{to}}).',
      change: 'Cela représente une variation de {{change}}.',
      extremes: 'Le plus élevé était de {{max}} ({{maxKey}}), le plus bas de {{min}} ({{minKey}}).',
      gaps: '{{gaps}} sur {{rows}} n’ont pas de chiffre.',
    },
  },
  reason: {
    contributors: 'Non publié : trop peu d’organisations y contribuent',
    dominance: 'Non publié : une seule organisation en représente l’essentiel',
    small_count: 'Non publié : le nombre est trop petit pour être publié',
    secondary: 'Non publié pour qu’un autre chiffre non publié ne puisse pas être déduit',
    not_published: 'Ne figure pas dans cette publication',
    beyond_cutoff: 'Plus de la moitié n’a pas été retirée dans le plus long délai mesuré',
    other: 'Non publié ({{code}})',
  },
};

import type { Translation } from '@candor/web-i18n';
import type { CatalogueMessages } from './en';

export const fr: Translation<CatalogueMessages> = {
  eyebrow: 'Référence',
  title: 'Catalogue des indicateurs',
  intro:
    'Ce que compte chaque chiffre, qui le transmet et comment il peut être ventilé. Tout changement de sens est publié comme une nouvelle version de la définition.',
  stats: {
    metrics: 'Indicateurs',
    dimensions: 'Dimensions',
  },
  contents: 'Sur cette page',
  group: {
    hotline: 'Transmis par les lignes de signalement',
    company: 'Transmis par les entreprises',
    both: 'Transmis par les lignes de signalement et les entreprises',
    other: 'Autres indicateurs',
  },
  field: {
    code: 'Code',
    submittedBy: 'Transmis par',
    unit: 'Unité',
    version: 'Version',
    requiredDimension: 'Toujours ventilé par',
    dimensions: 'Dimensions',
  },
  version: 'v{{version}}',
  noDimensions: 'Pas de ventilation : transmis sous forme d’un total unique.',
  countryValues: 'Tout code pays ISO 3166-1 alpha-2, ou « unknown » (inconnu).',
  valuesLabel: 'Valeurs de {{dimension}}',
  sourceLanguage:
    'Les noms et définitions des indicateurs sont affichés en anglais, langue de la norme de déclaration.',
  loading: 'Chargement du catalogue…',
  error: 'Le catalogue n’a pas pu être chargé. Veuillez réessayer plus tard.',
};

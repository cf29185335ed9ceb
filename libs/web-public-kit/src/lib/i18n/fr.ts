import type { Translation } from '@candor/web-i18n';
import type { PublicMessages } from './en';

export const fr: Translation<PublicMessages> = {
  metric: {
    hotlineReportsReceived: 'Signalements reçus',
    hotlineReportsAssessed: 'Signalements examinés',
    hotlineReportsCsam: 'Signalements confirmés comme contenus pédocriminels',
    hotlineUrlsCsam: 'URL de contenus pédocriminels',
    hotlineUrlsNewContent: 'URL de contenus nouveaux',
    hotlineTakedown: 'Délais de retrait (hotlines)',
    companyReportsCybertipline: 'Signalements au NCMEC ou à l’autorité nationale',
    companyNoticesReceived: 'Notifications reçues',
    companyContentActioned: 'Contenus ayant fait l’objet d’une mesure',
    companyAccountsActioned: 'Comptes ayant fait l’objet d’une mesure',
    companyTakedown: 'Délais de retrait (entreprises)',
    companyAppealsReceived: 'Recours reçus',
    companyAppealsReinstated: 'Rétablis après recours',
    contentFilesReported: 'Fichiers signalés ou traités',
    contentFilesKnown: 'Fichiers de contenus déjà connus',
    contentItemsDistinct: 'Contenus distincts',
    contentItemsByRepeat: 'Contenus distincts par nombre de fichiers',
    contentFilesTop10: 'Fichiers des dix contenus les plus répétés',
  },
  granularity: {
    month: 'Mensuel',
    quarter: 'Trimestriel',
    year: 'Annuel',
  },
  per: {
    month: 'par mois',
    quarter: 'par trimestre',
    year: 'par an',
  },
  release: {
    label: 'Source de ces chiffres',
    source:
      'Chiffres de la publication « {{title}} », version {{version}}, publiée le {{date}}, période couverte : {{from}} – {{to}}.',
    sourceUndated:
      'Chiffres de la publication « {{title}} », version {{version}}, période couverte : {{from}} – {{to}}.',
    about: 'À propos de cette publication',
    pinned: 'Cette vue est figée sur cette publication.',
    latest: 'Afficher plutôt la dernière publication',
    permalink: 'Lien vers ces chiffres, figé sur cette publication',
    withdrawn: 'Cette publication a été retirée : {{reason}}',
  },
  flag: {
    spike: 'Pic',
    levelShift: 'Changement de niveau',
    spikeLead:
      'Sur la période {{period}}, le chiffre a atteint {{observed}}, alors qu’environ {{expected}} était attendu (la plage normale va jusqu’à {{upper}}).',
    increase: 'Soit {{change}} au-dessus du niveau attendu.',
    known: '{{share}} de la hausse correspond à des contenus déjà connus, partagés à nouveau.',
    returned: 'Sur la période {{period}}, il est revenu au niveau attendu.',
    stillAbove: 'Sur la période {{period}}, il est resté au-dessus de la plage normale.',
    shiftUp:
      'À partir de la période {{period}}, le niveau est monté à environ {{after}} {{per}}, contre environ {{before}} auparavant.',
    shiftDown:
      'À partir de la période {{period}}, le niveau est descendu à environ {{after}} {{per}}, contre environ {{before}} auparavant.',
    change: 'Une variation de {{change}}.',
    breakInSeries:
      'Une nouvelle organisation a commencé à contribuer sur cette période : il s’agit d’une rupture de série, pas d’un constat.',
  },
};

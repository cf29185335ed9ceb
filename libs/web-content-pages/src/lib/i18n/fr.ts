import type { Translation } from '@candor/web-i18n';
import type { ContentPagesMessages } from './en';

export const fr: Translation<ContentPagesMessages> = {
  eyebrow: 'Tableau de bord public',
  granularity: {
    label: 'Chiffres par période',
  },
  duration: {
    between: 'De {{from}} à {{to}}',
    within: 'En {{duration}} au plus',
    after: 'Après plus de {{duration}}',
    orMore: '{{duration}} ou plus',
    moreThan: 'Plus de {{duration}}',
    beyondCutoff: 'Au-delà de la date limite',
    notRemoved: 'Non retiré à la date limite',
  },
  chart: {
    withheld: 'Période sans chiffres',
    noData: 'Aucun chiffre à représenter.',
    spike: 'Pic (expliqué ci-dessous)',
    noFigure: 'Aucun chiffre : {{reason}}',
  },
  takedown: {
    title: 'Délais de retrait',
    heading: 'En combien de temps les contenus pédocriminels sont-ils retirés ?',
    intro:
      'Le temps écoulé entre un signalement ou une notification et le retrait du contenu : par période, la part retirée dans chaque tranche de délai, la médiane et le 90e centile, et la part retirée en 24 heures, 3 jours et 7 jours. Une distribution n’est publiée que si assez d’organisations y contribuent et qu’aucune ne domine ; sinon, la période reste vide, avec la raison.',
    metric: {
      label: 'Retraits par',
      hotline: 'Hotlines',
      company: 'Entreprises',
    },
    clock: {
      hotline:
        'Hotlines : URL notifiées pour retrait, du signalement reçu jusqu’au retrait du contenu.',
      company:
        'Entreprises : notifications traitées, de la réception de la notification jusqu’à la mesure prise.',
    },
    bands: {
      title: 'Délai de retrait, période par période',
      summary: 'Dernière période avec des chiffres : {{period}}. {{list}}.',
      item: '{{band}} : {{share}}',
      none: 'Aucune période de cette publication n’a de distribution des délais de retrait publiée.',
    },
    shares: {
      title: 'Part retirée en 24 heures, 3 jours et 7 jours',
    },
    quantiles: {
      title: 'Médiane et 90e centile',
      lead: 'La moitié des éléments a été retirée dans le délai médian, neuf sur dix dans le 90e centile. Chacun est publié sous la forme de la tranche de délai où il se situe, avec une estimation à l’intérieur de cette tranche ; s’il dépasse le plus long délai mesuré, seul ce fait est indiqué.',
      median: 'Médiane',
      p90: '90e centile',
      estimate: '{{what}}, estimation',
      band: '{{what}}, tranche de délai',
      summary:
        'Sur la période {{period}}, la moitié des éléments a été retirée en environ {{median}} ({{medianBand}}), et neuf sur dix en environ {{p90}} ({{p90Band}}).',
      summaryMedianBeyond:
        'Sur la période {{period}}, plus de la moitié des éléments n’a pas été retirée dans le plus long délai mesuré.',
      summaryP90Beyond:
        'Sur la période {{period}}, la moitié des éléments a été retirée en environ {{median}} ({{medianBand}}) ; plus d’un sur dix n’a pas été retiré dans le plus long délai mesuré.',
      none: 'Aucune période de cette publication n’a de médiane ni de 90e centile publiés.',
      nothingNotified: 'Rien n’a été notifié',
      tableLabel: 'Tableau : {{title}}',
    },
    country: {
      title: 'Par pays d’hébergement',
      text: 'Les hotlines transmettent leurs délais de retrait selon le pays où le contenu était hébergé, mais les publications ne les diffusent pas encore comme statistiques. Cette page n’affiche donc aucun délai de retrait par pays, et ne les estime pas à partir d’autres chiffres publiés.',
      link: 'Comment les délais de retrait sont mesurés et publiés',
    },
  },
  known: {
    title: 'Contenus connus et repartage',
    heading: 'Contenus déjà connus et repartage',
    intro:
      'La part des contenus signalés qui est déjà connue, parce qu’elle correspond à des listes d’empreintes de contenus identifiés auparavant, et la fréquence à laquelle les mêmes contenus sont partagés à nouveau. Les pics du nombre de fichiers sont expliqués par la part de la hausse due à des contenus connus partagés à nouveau.',
    shares: {
      title: 'Contenus connus et dix contenus les plus répétés, en part des fichiers',
      known: 'Contenus connus',
      top10: 'Dix contenus les plus répétés',
    },
    perItem: {
      title: 'Fichiers par contenu distinct',
      series: 'Fichiers par contenu distinct',
    },
    gini: {
      title: 'Concentration des fichiers sur les contenus (coefficient de Gini, bornes)',
      lower: 'Borne inférieure',
      upper: 'Borne supérieure',
    },
    files: {
      title: 'Fichiers signalés et fichiers de contenus connus',
      lead: 'Les pics sont marqués sur la courbe du chiffre choisi. Quand les deux courbes montent ensemble, la hausse vient surtout de contenus déjà connus, partagés à nouveau.',
      metric: 'Pics de',
    },
    flags: {
      heading: 'Pics et changements de niveau : {{metric}}',
      none: 'Aucun pic ni changement de niveau n’a été détecté pour ce chiffre dans cette publication.',
    },
  },
  status: {
    loading: 'Chargement des chiffres…',
    error: 'Les chiffres n’ont pas pu être chargés. Veuillez réessayer plus tard.',
    noRelease: 'Aucune publication n’existe encore pour cette périodicité.',
    notFound: 'Aucune publication n’a cet identifiant.',
    showLatest: 'Afficher la dernière publication',
  },
};

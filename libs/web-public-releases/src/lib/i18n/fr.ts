import type { Translation } from '@candor/web-i18n';
import type { PublicReleasesMessages } from './en';

export const fr: Translation<PublicReleasesMessages> = {
  loading: 'Chargement…',
  eyebrow: 'Données ouvertes',
  sourceLanguage:
    'Les noms des indicateurs, leurs définitions et les valeurs des ventilations viennent du catalogue en anglais, la langue de la norme de signalement.',
  unknownValue: 'inconnu',
  period: {
    quarter: 'T{{quarter}} {{year}}',
    half: 'S{{half}} {{year}}',
  },
  granularity: {
    month: 'Mensuelle',
    quarter: 'Trimestrielle',
    year: 'Annuelle',
  },
  seriesKind: {
    month: 'Série mensuelle',
    quarter: 'Série trimestrielle',
    year: 'Série annuelle',
  },
  group: {
    month: 'Publications mensuelles',
    quarter: 'Publications trimestrielles',
    year: 'Publications annuelles',
    other: 'Autres publications',
  },
  status: {
    published: 'Publiée',
    withdrawn: 'Retirée',
  },
  errors: {
    notFound: 'Aucune publication n’existe à cette adresse.',
    network: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    unknown: 'Les publications n’ont pas pu être chargées. Réessayez dans un instant.',
  },
  copy: {
    copied: 'Copié.',
    failed: 'La copie n’est pas possible ici : sélectionnez le texte et copiez-le vous-même.',
  },
  release: {
    version: 'Version {{version}}',
    series: 'Série',
    granularity: 'Fréquence',
    periods: 'Périodes',
    range: 'de {{from}} à {{to}}',
    publishedAt: 'Publiée le',
    withdrawnAt: 'Retirée le',
    cells: 'Cellules publiées',
    status: 'État',
    checksum: 'Somme de contrôle SHA-256 de cells.csv',
    copyChecksum: 'Copier la somme de contrôle',
    copyChecksumOf: 'Copier la somme de contrôle de {{title}}, version {{version}}',
    withdrawnNotice: 'Retirée le {{date}}. Motif indiqué : {{reason}}',
    withdrawnShort: 'Retirée le {{date}}',
    open: 'Détails, modifications et citation',
    openOf: 'Détails, modifications et citation de {{title}}, version {{version}}',
  },
  downloads: {
    title: 'Téléchargements',
    labelOf: 'Téléchargements de {{title}}, version {{version}}',
    none: 'Aucun fichier n’est disponible pour cette publication.',
    name: {
      cellsCsv: 'Cellules (CSV)',
      cellsJson: 'Cellules (JSON)',
      statisticsJson: 'Statistiques (JSON)',
      datapackageJson: 'Paquet de données (datapackage.json)',
    },
    about: {
      cellsCsv:
        'Chaque cellule, avec sa valeur ou le motif de son masquage. Son SHA-256 est la somme de contrôle.',
      cellsJson: 'Les mêmes cellules en JSON, avec les caractéristiques de la publication.',
      statisticsJson:
        'Délais de retrait, rediffusion de contenus connus, pics et changements de niveau.',
      datapackageJson:
        'Décrit les fichiers : colonnes, taille et SHA-256 de chacun (Frictionless Data).',
    },
  },
  verify: {
    title: 'Comment vérifier un téléchargement',
    intro:
      'La somme de contrôle identifie les octets exacts de cells.csv. Si votre fichier donne la même somme de contrôle, c’est le fichier publié, sans modification.',
    steps:
      'Téléchargez cells.csv, puis lancez l’une de ces commandes dans le dossier où il a été enregistré :',
    linux: 'Linux',
    mac: 'macOS',
    windows: 'Windows (PowerShell)',
    check:
      'Ou laissez sha256sum comparer pour vous ; il affiche « OK » quand le fichier correspond :',
    compare:
      'La commande affiche un code de 64 lettres et chiffres : ce doit être la somme de contrôle indiquée pour la publication (PowerShell écrit les lettres en majuscules, ce qui n’a pas d’importance).',
  },
  list: {
    title: 'Publications de données',
    lead: 'Toutes les publications des chiffres du réseau. Une publication ne change jamais : les corrections paraissent dans une nouvelle version, et une publication retirée reste listée avec son motif.',
    empty: 'Aucune publication n’a encore paru.',
    contents: 'Séries de publications',
    count_one: '{{count, number}} publication',
    count_other: '{{count, number}} publications',
  },
  detail: {
    back: 'Toutes les publications',
    lead: '{{kind}}, version {{version}} : {{periods}}',
    facts: 'À propos de cette publication',
    contents: 'Sur cette page',
    methodology: 'Méthodologie selon cette publication',
    newer: 'Une version plus récente de cette série est publiée : version {{version}},',
    disclosure: {
      title: 'Comment les chiffres sont protégés',
      lead: 'Contrôle de la divulgation appliqué à chaque cellule de cette publication, totaux compris, avant sa publication.',
    },
    definitions: {
      title: 'Définitions des indicateurs utilisées',
      lead: 'Un changement de sens est une nouvelle version de la définition ; chaque publication indique la version de chaque indicateur qu’elle utilise.',
      caption: 'Version de la définition de chaque indicateur dans cette publication',
      metric: 'Indicateur',
      code: 'Code',
      version: 'Version utilisée',
      current: 'Catalogue actuel',
      same: 'Identique (version {{version}})',
      newer: 'Désormais version {{version}}',
      unknown: 'Ne figure plus au catalogue',
    },
    changes: {
      title: 'Modifications par rapport à la version précédente',
      compared:
        'Comparée à la version {{version}} de cette série ({{title}}), publiée le {{date}}.',
      comparedUnknown: 'Comparée à la version précédente de cette série.',
      first: 'C’est la première version de cette série : il n’y a rien à quoi la comparer.',
      none: 'Aucun chiffre publié n’a changé.',
      count_one: '{{count, number}} chiffre a changé.',
      count_other: '{{count, number}} chiffres ont changé.',
      byReasonCaption: 'Nombre de chiffres modifiés par motif',
      reason: 'Motif',
      figures: 'Chiffres',
      group_one: '{{count, number}} modification',
      group_other: '{{count, number}} modifications',
      showAll_one: 'Afficher l’autre modification de {{metric}}',
      showAll_other: 'Afficher les {{count, number}} autres modifications de {{metric}}',
      showFewer: 'Afficher moins de modifications de {{metric}}',
    },
    citation: {
      title: 'Comment citer cette publication',
      lead: 'Citez la version et la somme de contrôle, pour que vos lecteurs trouvent et vérifient exactement ces chiffres.',
      label: 'Citation',
      copy: 'Copier la citation',
    },
  },
  change: {
    cell: '{{metric}}, {{scope}}, {{period}}',
    cellBreakdown: '{{metric}}, {{scope}}, {{dimension}} : {{value}}, {{period}}',
    changed: '{{cell}} : {{before}} → {{after}} ({{delta}})',
    changedNoDelta: '{{cell}} : {{before}} → {{after}}',
    added: '{{cell}} : publié pour la première fois, {{after}}',
    removed: '{{cell}} : n’est plus publié (était {{before}})',
    because: '{{change}} — {{reasons}}',
  },
  withheld: {
    contributors: 'masqué (trop peu de contributeurs)',
    dominance: 'masqué (un contributeur domine)',
    small_count: 'moins de 10',
    secondary: 'masqué (protège un autre chiffre)',
    other: 'masqué',
  },
  reasons: {
    corrected_submissions: 'transmissions corrigées',
    late_submissions: 'transmissions tardives',
    definition_changed: 'définition modifiée',
    disclosure_control: 'contrôle de la divulgation',
  },
  scope: {
    network: 'réseau',
    hotlines: 'toutes les lignes de signalement',
    companies: 'toutes les entreprises',
    organization: '{{slug}} (chiffres propres)',
  },
  units: {
    reports: 'signalements',
    urls: 'URL',
    notices: 'notifications',
    items: 'contenus',
    files: 'fichiers',
    accounts: 'comptes',
    appeals: 'recours',
  },
  rules: {
    contributors:
      'Chaque chiffre publié réunit les chiffres d’au moins {{count}} organisations. La seule exception concerne les chiffres propres d’une organisation, publiés sous son nom à sa demande.',
    dominance:
      'Un chiffre est masqué lorsqu’une seule organisation en représente l’essentiel, pour que personne ne puisse en déduire approximativement le chiffre de cette organisation. Le seuil exact n’est pas publié, car le connaître aiderait à remonter à ce chiffre.',
    smallCount:
      'Les nombres de {{units}} de 1 à 9 ne sont jamais affichés : ils apparaissent comme « moins de 10 ». Zéro est affiché 0.',
    secondary:
      'Lorsqu’un chiffre masqué pourrait être déduit des chiffres publiés — par soustraction d’un total, à partir des autres lignes d’un tableau ou dans le temps (un trimestre moins ses mois publiés) —, d’autres chiffres sont masqués jusqu’à ce que ce ne soit plus possible.',
    roundingNone: 'Les chiffres ne sont pas arrondis.',
    rounding:
      'Chaque chiffre est arrondi au hasard à un multiple de {{base}}, vers le haut ou vers le bas, de sorte qu’il soit juste en moyenne. Un même chiffre est toujours arrondi de la même façon : comparer les publications ne révèle pas le nombre exact.',
    noiseNone:
      'Aucun bruit aléatoire n’est ajouté : hormis les chiffres masqués, les nombres sont exacts.',
    noise:
      'Les nombres de {{metrics}} comportent un bruit aléatoire (confidentialité différentielle, mécanisme gaussien discret). Cette publication consomme un budget de confidentialité de ρ = {{rho}} (ε = {{epsilon}} pour δ = {{delta}}). La série a consommé ρ = {{spent}} sur sa limite de {{limit}} au fil de ses publications.',
    noiseSums:
      'Les chiffres trimestriels et annuels sont des sommes des mois bruités, jamais tirés à nouveau : le bruit ne peut pas être effacé par la moyenne.',
    zero: 'Un chiffre masqué est une lacune, jamais un zéro : ni sa valeur ni son nombre de contributeurs ne sont publiés.',
  },
  suppression: {
    title: 'Ce que signifie le motif d’un chiffre masqué',
    lead: 'Un chiffre masqué est publié avec l’un de ces motifs au lieu de sa valeur.',
    caption: 'Motifs pour lesquels un chiffre est masqué, et leur signification',
    code: 'Code dans les fichiers',
    name: 'Affiché comme',
    meaning: 'Signification',
    meaningOf: {
      contributors: 'Moins de {{minimum}} organisations contribuent au chiffre.',
      dominance:
        'Une organisation représente une part si grande du chiffre que le publier révélerait approximativement le chiffre de cette organisation.',
      small_count:
        'Le chiffre compte des signalements, des notifications, des comptes ou des recours et se situe entre 1 et 9.',
      secondary:
        'Le chiffre lui-même ne pose pas de problème, mais le publier permettrait de déduire un autre chiffre masqué par soustraction.',
    },
  },
  methodology: {
    title: 'Méthodologie',
    lead: 'Ce que compte chaque chiffre, comment les chiffres sont protégés avant leur publication et comment les analyses sont calculées. Cette page est générée à partir du catalogue des indicateurs et des paramètres d’une publication.',
    contents: 'Sur cette page',
    release: {
      legend: 'Paramètres de la publication',
      label: 'Publication',
      option: '{{title}}, version {{version}}',
      optionWithdrawn: '{{title}}, version {{version}} (retirée)',
      show: 'Afficher',
      pinned:
        'Règles de divulgation telles qu’appliquées dans {{title}}, version {{version}}, publiée le {{date}}.',
      latest:
        'Règles de divulgation telles qu’appliquées dans la dernière publication : {{title}}, version {{version}}, publiée le {{date}}.',
      none: 'Aucune publication n’a encore paru : les règles ci-dessous ne reprennent que le catalogue.',
      notFound:
        'La publication demandée est introuvable ; la dernière publication est affichée à la place.',
      open: 'Voir cette publication',
    },
    metrics: {
      title: 'Ce qui est compté',
      lead: 'Chaque chiffre est un nombre d’unités entières, transmis par les lignes de signalement, les entreprises ou les deux. Taux, parts et médianes sont calculés à partir des nombres, jamais transmis.',
      group: {
        hotline: 'Transmis par les lignes de signalement',
        company: 'Transmis par les entreprises',
        both: 'Transmis par les lignes de signalement et les entreprises',
        other: 'Autres indicateurs',
      },
      count_one: '{{count, number}} indicateur',
      count_other: '{{count, number}} indicateurs',
      unit: 'Unité',
      version: 'Version de la définition',
      versionUsed: 'Version {{used}} dans cette publication (catalogue : version {{current}})',
      versionOnly: 'Version {{version}}',
      dimensions: 'Ventilé par',
      noDimensions: 'Non ventilé : un seul total.',
      required: 'Toujours ventilé par',
      smallCount: 'Petits nombres',
      smallCountYes: 'Affichés comme « moins de 10 »',
      smallCountNo:
        'Affichés tels quels (ils comptent des contenus, pas des personnes ni des signalements)',
    },
    rules: {
      title: 'Ce qui peut être publié : règles de divulgation',
      lead: 'Ces règles s’appliquent à chaque cellule publiée, totaux et sous-totaux compris, lors de la construction d’une publication. Les pages publiques et les téléchargements ne lisent que des publications parues.',
    },
    analytics: {
      title: 'Comment les analyses sont calculées',
      lead: 'Les analyses sont calculées à partir des chiffres publiés lors de la construction d’une publication, et conservées avec elle.',
      spikes: {
        title: 'Pics',
        model:
          'Pour chaque série mensuelle ou trimestrielle, la valeur attendue d’une période est estimée à partir de l’historique qui la précède : une tendance ajustée aux nombres (avec un profil selon le mois de l’année dès que trois années complètes existent), dans laquelle les périodes inhabituelles passées comptent moins. Le modèle admet plus de variation que le pur hasard, de sorte que les hausses et baisses ordinaires ne sont pas signalées.',
        rule: 'Une période est un pic lorsque sa valeur dépasse la borne supérieure de l’intervalle de prévision à {{level}}, et dépasse la valeur attendue d’au moins {{relative}} et de {{absolute}} unités. Une série est testée dès qu’elle compte {{minPoints}} périodes.',
        words:
          'Chaque pic est expliqué en mots à partir des seuls chiffres publiés : de combien il dépasse la valeur attendue, quelle part de la hausse relève de contenus connus rediffusés, et si la période suivante est revenue à la normale. L’arrivée d’un nouveau contributeur est une rupture de série, pas un pic ; les changements connus dans les signalements figurent dans le journal public des annotations.',
      },
      shifts: {
        title: 'Changements de niveau',
        text: 'Un changement de niveau est une modification durable du niveau plutôt qu’une seule période inhabituelle. Il est détecté par une somme cumulée des écarts entre valeurs observées et attendues (CUSUM tabulaire avec k = {{k}} et h = {{h}}), et daté par une recherche de point de rupture (PELT).',
      },
      takedown: {
        title: 'Délais de retrait',
        bands:
          'Les contributeurs transmettent combien de contenus ont été retirés dans des tranches de temps fixes (moins d’une heure, 1 à 2 heures … plus de 30 jours, et non retirés) plutôt que leurs propres médianes, car des médianes ne peuvent pas être combinées. Les tranches sont additionnées entre contributeurs.',
        shares:
          'Les parts retirées en 24 heures, 3 jours et 7 jours sont rapportées à tous les contenus notifiés, y compris ceux qui n’ont pas été retirés.',
        quantiles:
          'La médiane et le 90e centile sont donnés comme la tranche de temps où ils se trouvent, avec une estimation à l’intérieur. Lorsqu’ils tombent parmi les contenus non retirés, ils sont donnés comme « plus que la date limite ».',
        disclosure:
          'Une distribution n’est publiée que si au moins {{minContributors}} organisations y contribuent et qu’aucune ne détient plus de {{maxShare}} des contenus.',
      },
      known: {
        title: 'Contenus connus et rediffusion',
        intro:
          'Calculé à partir de nombres de fichiers et de contenus distincts ; aucune image ni aucune empreinte ne quitte jamais le contributeur.',
        share:
          'Part de contenus connus : fichiers correspondant à des contenus déjà connus ÷ fichiers signalés.',
        perItem: 'Fichiers par contenu distinct : fichiers signalés ÷ contenus distincts.',
        top10:
          'Part des 10 premiers : fichiers montrant les 10 contenus les plus répétés ÷ fichiers signalés.',
        gini: 'Concentration : bornes inférieure et supérieure du coefficient de Gini des fichiers par contenu, à partir du nombre de contenus présents dans 1, 2, 3 à 5 … fichiers.',
      },
    },
  },
  citation: {
    text: '{{publisher}} ({{year}}). {{title}}, version {{version}} [jeu de données, série {{series}}]. Publié le {{date}}. {{url}}. SHA-256 de cells.csv : {{checksum}}.',
    withdrawn: 'Retiré le {{date}}.',
    publisher: 'Candor',
    noChecksum: 'aucune',
  },
};

import { UNKNOWN } from '@candor/catalogue';
import type { Figure } from '@candor/catalogue';
import { contentFigures, randomContentProfile } from './content';
import type { ContentProfile } from './content';
import { breakdown, codesOf, total, weightsOf } from './figures';
import { TAKEDOWN_CODES, takedownHistogram } from './histograms';
import type { TakedownShape } from './histograms';
import type { Random } from './random';
import type { CompanyService } from './roster';
import { drift, monthlyLevel, randomShape } from './shapes';
import type { SeriesShape } from './shapes';
import { addCounts, count, jitter, splitLargestRemainder, sum } from './split';

const CONTENT_TYPES = codesOf('content_type');
const DETECTION = codesOf('detection');
const CLASSIFIER = DETECTION.indexOf('proactive_classifier');

type Table = Readonly<Record<string, number>>;

const CONTENT_MIX: Readonly<Record<CompanyService, Table>> = {
  image: { image: 0.85, video: 0.08, other: 0.03, unknown: 0.04 },
  social: { image: 0.7, video: 0.25, other: 0.03, unknown: 0.02 },
  video: { image: 0.2, video: 0.75, other: 0.03, unknown: 0.02 },
  cloud: { image: 0.6, video: 0.35, other: 0.04, unknown: 0.01 },
  messaging: { image: 0.65, video: 0.3, other: 0.04, unknown: 0.01 },
  forum: { image: 0.8, video: 0.12, other: 0.05, unknown: 0.03 },
};

const PROACTIVE: Table = {
  user_report: 0.12,
  hotline_notice: 0.03,
  authority_order: 0.01,
  proactive_hash_match: 0.62,
  proactive_classifier: 0.18,
  other: 0.04,
};
const DETECTION_MIX: Readonly<Record<CompanyService, Table>> = {
  image: PROACTIVE,
  social: PROACTIVE,
  video: PROACTIVE,
  cloud: PROACTIVE,
  messaging: {
    user_report: 0.45,
    hotline_notice: 0.03,
    authority_order: 0.02,
    proactive_hash_match: 0.4,
    proactive_classifier: 0.06,
    other: 0.04,
  },
  forum: {
    user_report: 0.3,
    hotline_notice: 0.08,
    authority_order: 0.02,
    proactive_hash_match: 0.45,
    proactive_classifier: 0.1,
    other: 0.05,
  },
};

/** Notices come from outside: proactive detection is not a notice (0 = measured and none). */
const NOTICE_MIX: Table = {
  user_report: 0.72,
  hotline_notice: 0.14,
  authority_order: 0.05,
  proactive_hash_match: 0,
  proactive_classifier: 0,
  other: 0.09,
};
/** Viral re-shares of known content are mostly caught by hash matching. */
const VIRAL_DETECTION = weightsOf(DETECTION, {
  ...NOTICE_MIX,
  user_report: 0.12,
  proactive_hash_match: 0.85,
});
const VIRAL_TYPES = weightsOf(CONTENT_TYPES, { image: 0.8, video: 0.2, other: 0, unknown: 0 });

/** Median hours from notice to action, by detection (trusted flaggers and authorities first). */
const MEDIAN_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  user_report: [6, 30],
  hotline_notice: [2, 10],
  authority_order: [1, 6],
  proactive_hash_match: [0.2, 1],
  proactive_classifier: [1, 6],
  other: [8, 40],
};

/** Where reported accounts appear to be (NCMEC by-country tables, roughly). */
const USER_COUNTRIES: Table = {
  IN: 0.16,
  PH: 0.1,
  PK: 0.07,
  ID: 0.07,
  BD: 0.06,
  US: 0.06,
  BR: 0.05,
  MX: 0.04,
  VN: 0.04,
  DZ: 0.03,
  IQ: 0.03,
  NG: 0.03,
  EG: 0.03,
  CO: 0.02,
  TH: 0.02,
  TR: 0.02,
  DE: 0.01,
  GB: 0.01,
};

export interface CompanyProfile {
  /** Pieces of content actioned in a month at the start of the span. */
  size: number;
  shape: SeriesShape;
  contentMix: number[];
  detectionMix: number[];
  noticeMix: number[];
  filesPerPiece: number;
  noticeRate: number;
  actionRate: number;
  reportRate: number;
  accountRate: number;
  appealRate: number;
  reinstateRate: number;
  classifierGrowth: number;
  /** Extra pieces of the viral wave per ordinary one at its peak (0: not reached by it). */
  spikeIntensity: number;
  userCountries: { codes: string[]; weights: number[] };
  takedown: (TakedownShape & { improvementPerYear: number })[];
  content: ContentProfile;
}

function userCountries(random: Random, home: string): CompanyProfile['userCountries'] {
  const perturbed = Object.entries({
    ...USER_COUNTRIES,
    [home]: (USER_COUNTRIES[home] ?? 0) + 0.08,
  })
    .map(([code, w]) => [code, w * random.factor(0.4)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, random.integer(8, 12));
  return {
    codes: [...perturbed.map(([code]) => code), UNKNOWN],
    weights: [...perturbed.map(([, w]) => w), random.uniform(0.05, 0.15)],
  };
}

export function companyProfile(
  random: Random,
  service: CompanyService,
  home: string,
  size: number,
  reachedBySpike: boolean,
): CompanyProfile {
  return {
    size,
    shape: randomShape(random, size, [0.04, 0.18]),
    contentMix: jitter(random, weightsOf(CONTENT_TYPES, CONTENT_MIX[service]), 0.15),
    detectionMix: jitter(random, weightsOf(DETECTION, DETECTION_MIX[service]), 0.25),
    noticeMix: jitter(random, weightsOf(DETECTION, NOTICE_MIX), 0.25),
    filesPerPiece: random.uniform(1, 1.3),
    noticeRate: random.uniform(0.08, 0.35),
    actionRate: random.uniform(0.75, 0.95),
    reportRate: random.uniform(0.6, 0.95),
    accountRate: random.uniform(0.15, 0.5),
    appealRate: random.uniform(0.02, 0.08),
    reinstateRate: random.uniform(0.03, 0.15),
    classifierGrowth: random.uniform(0.1, 0.3),
    spikeIntensity: reachedBySpike ? random.uniform(0.9, 2.1) : 0,
    userCountries: userCountries(random, home),
    takedown: DETECTION.map((d) => {
      const [low, high] = MEDIAN_HOURS[d] ?? [8, 40];
      return {
        medianHours: random.uniform(low, high),
        sigma: random.uniform(1.1, 1.5),
        notRemoved: random.uniform(0.005, 0.02),
        improvementPerYear: random.uniform(0.1, 0.25),
      };
    }),
    content: randomContentProfile(random, CONTENT_MIX[service], {
      image: 0.85,
      video: 0.6,
      other: 0.3,
      unknown: 0.4,
    }),
  };
}

export interface CompanyMonth {
  years: number;
  monthOfYear: number;
  spike: number;
}

/** All company figures of one quarter (its three months), then the `content.*` figures. */
export function companyFigures(
  random: Random,
  p: CompanyProfile,
  months: readonly CompanyMonth[],
): Figure[] {
  const levels = months.map((m) => p.size * monthlyLevel(random, p.shape, m.years, m.monthOfYear));
  const years = sum(months.map((m) => m.years)) / Math.max(months.length, 1);
  const actioned0 = count(sum(levels));
  const viral = count(
    sum(levels.map((level, i) => level * (months[i] as CompanyMonth).spike)) * p.spikeIntensity,
  );

  const detectionMix = jitter(random, p.detectionMix, 0.08).map((w, i) =>
    i === CLASSIFIER ? drift(w, p.classifierGrowth, years) : w,
  );
  const byType = addCounts(
    splitLargestRemainder(actioned0, jitter(random, p.contentMix, 0.06)),
    splitLargestRemainder(viral, VIRAL_TYPES),
  );
  const byDetection = addCounts(
    splitLargestRemainder(actioned0, detectionMix),
    splitLargestRemainder(viral, VIRAL_DETECTION),
  );
  const actioned = actioned0 + viral;

  const noticeMix = jitter(random, p.noticeMix, 0.08);
  const notices = addCounts(
    splitLargestRemainder(count(actioned0 * p.noticeRate * random.factor(0.06)), noticeMix),
    splitLargestRemainder(count(viral * 0.15), noticeMix),
  );
  const takedownByDetection = notices.map((n, i) => {
    const shape = p.takedown[i] as CompanyProfile['takedown'][number];
    const actionedNotices = Math.min(n, count(n * p.actionRate * random.factor(0.03)));
    return takedownHistogram(random, actionedNotices, {
      medianHours: drift(shape.medianHours, -shape.improvementPerYear, years),
      sigma: shape.sigma,
      notRemoved: drift(shape.notRemoved, -shape.improvementPerYear, years),
    });
  });
  const takedown = addCounts(...takedownByDetection);

  const reports = count(actioned * p.reportRate * random.factor(0.04));
  const accounts = count(actioned * p.accountRate * random.factor(0.06));
  const appeals = count(accounts * p.appealRate * random.factor(0.15));
  const reinstated = Math.min(appeals, count(appeals * p.reinstateRate * random.factor(0.3)));
  const countries = jitter(random, p.userCountries.weights, 0.1);

  return [
    total('company.reports.cybertipline', reports),
    ...breakdown(
      'company.reports.cybertipline',
      'user_country',
      p.userCountries.codes,
      splitLargestRemainder(reports, countries),
    ),
    total('company.notices.received', sum(notices)),
    ...breakdown('company.notices.received', 'detection', DETECTION, notices),
    total('company.content.actioned', actioned),
    ...breakdown('company.content.actioned', 'content_type', CONTENT_TYPES, byType),
    ...breakdown('company.content.actioned', 'detection', DETECTION, byDetection),
    total('company.accounts.actioned', accounts),
    ...breakdown('company.takedown', 'takedown_hours', TAKEDOWN_CODES, takedown),
    ...TAKEDOWN_CODES.flatMap((bucket, b) =>
      breakdown(
        'company.takedown',
        'detection',
        DETECTION,
        takedownByDetection.map((h) => h[b] as number),
        { takedown_hours: bucket },
      ),
    ),
    total('company.appeals.received', appeals),
    total('company.appeals.reinstated', reinstated),
    ...contentFigures(random, p.content, {
      baseFiles: actioned0 * p.filesPerPiece,
      viralFiles: viral * p.filesPerPiece,
      years,
    }),
  ];
}

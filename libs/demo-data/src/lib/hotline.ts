import { UNKNOWN } from '@candor/catalogue';
import type { DimensionCode, Figure } from '@candor/catalogue';
import { contentFigures, randomContentProfile } from './content';
import type { ContentProfile } from './content';
import { breakdown, codesOf, total, weightsOf } from './figures';
import { TAKEDOWN_CODES, takedownHistogram } from './histograms';
import type { TakedownShape } from './histograms';
import type { Random } from './random';
import { drift, monthlyLevel, randomShape } from './shapes';
import type { SeriesShape } from './shapes';
import { count, jitter, splitLargestRemainder, sum } from './split';

/** Where CSAM URLs assessed by hotlines tend to be hosted (rough network-wide weights). */
const HOSTING: Readonly<Record<string, number>> = {
  NL: 0.3,
  US: 0.18,
  RU: 0.07,
  DE: 0.06,
  HK: 0.05,
  FR: 0.05,
  RO: 0.05,
  SK: 0.04,
  LV: 0.04,
  BG: 0.03,
  CA: 0.02,
  LU: 0.02,
  GB: 0.02,
  SE: 0.02,
};

const MIXES = {
  content_type: { image: 0.72, video: 0.2, other: 0.03, unknown: 0.05 },
  victim_age: { '0-2': 0.03, '3-13': 0.58, '14-17': 0.31, unknown: 0.08 },
  victim_sex: { female: 0.84, male: 0.07, both: 0.05, unknown: 0.04 },
  site_type: {
    image_host: 0.44,
    file_host: 0.14,
    website: 0.12,
    forum: 0.08,
    social_network: 0.07,
    video_platform: 0.06,
    other: 0.05,
    unknown: 0.04,
  },
  origin: { self_generated: 0.3, other: 0.6, unknown: 0.1 },
} as const satisfies Partial<Record<DimensionCode, Record<string, number>>>;

type MixDimension = keyof typeof MIXES;
const MIX_DIMENSIONS = Object.keys(MIXES) as MixDimension[];
const CODES = Object.fromEntries(MIX_DIMENSIONS.map((d) => [d, codesOf(d)])) as Record<
  MixDimension,
  string[]
>;

export interface HotlineProfile {
  /** Reports received in a month at the start of the span. */
  size: number;
  shape: SeriesShape;
  assessedShare: number;
  csamShare: number;
  urlsPerReport: number;
  newContentShare: number;
  filesPerUrl: number;
  notifiedShare: number;
  /** Extra files of the viral wave per ordinary file at its peak (0: not reached by it). */
  spikeIntensity: number;
  /** Extra confirmed reports per ordinary one, per unit of spike intensity. */
  spikeReports: number;
  hosting: { codes: string[]; weights: number[]; drift: number[] };
  mixes: Record<MixDimension, number[]>;
  /** Self-generated imagery grows, relative to the rest, by this much a year. */
  selfGeneratedGrowth: number;
  takedown: TakedownShape & { improvementPerYear: number };
  content: ContentProfile;
}

/** Six to ten hosting countries (always the hotline's own), plus `unknown`. */
function hostingProfile(random: Random, ownCountry: string): HotlineProfile['hosting'] {
  const perturbed = Object.entries(HOSTING).map(
    ([code, w]) => [code, w * random.factor(0.5)] as const,
  );
  const own = [ownCountry, random.uniform(0.05, 0.2)] as const;
  const chosen = [
    own,
    ...perturbed.filter(([code]) => code !== ownCountry).sort((a, b) => b[1] - a[1]),
  ].slice(0, random.integer(6, 10));
  const codes = [...chosen.map(([code]) => code), UNKNOWN];
  return {
    codes,
    weights: [...chosen.map(([, w]) => w), random.uniform(0.02, 0.08)],
    drift: codes.map(() => random.uniform(-0.12, 0.12)),
  };
}

export function hotlineProfile(
  random: Random,
  country: string,
  size: number,
  reachedBySpike: boolean,
): HotlineProfile {
  return {
    size,
    shape: randomShape(random, size, [0.02, 0.12]),
    assessedShare: random.uniform(0.86, 0.98),
    csamShare: random.uniform(0.25, 0.6),
    urlsPerReport: random.uniform(1.2, 2.8),
    newContentShare: random.uniform(0.2, 0.45),
    filesPerUrl: random.uniform(1.5, 3.5),
    notifiedShare: random.uniform(0.85, 0.98),
    spikeIntensity: reachedBySpike ? random.uniform(0.5, 1.1) : 0,
    spikeReports: random.uniform(0.35, 0.55),
    hosting: hostingProfile(random, country),
    mixes: Object.fromEntries(
      MIX_DIMENSIONS.map((d) => [d, jitter(random, weightsOf(CODES[d], MIXES[d]), 0.25)]),
    ) as Record<MixDimension, number[]>,
    selfGeneratedGrowth: random.uniform(0.08, 0.2),
    takedown: {
      medianHours: random.uniform(24, 72),
      sigma: random.uniform(1.3, 1.7),
      notRemoved: random.uniform(0.02, 0.06),
      improvementPerYear: random.uniform(0.08, 0.2),
    },
    content: randomContentProfile(random, MIXES.content_type, {
      image: 0.65,
      video: 0.45,
      other: 0.2,
      unknown: 0.3,
    }),
  };
}

export interface HotlinePeriod {
  /** Years since the start of the span. */
  years: number;
  monthOfYear: number;
  /** Strength of the viral wave in this month (0 outside it, 1 at its peak). */
  spike: number;
}

/** All hotline figures of one month, in catalogue order, then the `content.*` figures. */
export function hotlineFigures(random: Random, p: HotlineProfile, period: HotlinePeriod): Figure[] {
  const received0 = count(p.size * monthlyLevel(random, p.shape, period.years, period.monthOfYear));
  const assessed0 = Math.min(received0, count(received0 * p.assessedShare * random.factor(0.02)));
  const csam0 = Math.min(assessed0, count(assessed0 * p.csamShare * random.factor(0.05)));
  // The viral wave: re-shared known content brings extra reports, nearly all confirmed.
  const viral = p.spikeIntensity * period.spike;
  const csamExtra = count(csam0 * viral * p.spikeReports);
  const assessedExtra = count(csamExtra * 1.04);
  const receivedExtra = assessedExtra + count(csamExtra * 0.08);
  const urls0 = count(csam0 * p.urlsPerReport * random.factor(0.05));
  const urls = urls0 + count(csamExtra * p.urlsPerReport);

  const mix = (d: MixDimension): number[] => jitter(random, p.mixes[d], 0.08);
  const origin = mix('origin').map((w, i) =>
    i === 0 ? drift(w, p.selfGeneratedGrowth, period.years) : w,
  );
  const hosting = jitter(random, p.hosting.weights, 0.1).map((w, i) =>
    drift(w, p.hosting.drift[i] as number, period.years),
  );
  const urlsByType = splitLargestRemainder(urls, mix('content_type'));
  // New content comes from the ordinary flow only; never more than the URLs of its type.
  const newByType = urlsByType.map((n) =>
    Math.min(n, count(n * (urls0 / Math.max(urls, 1)) * p.newContentShare * random.factor(0.08))),
  );

  const notified = count(urls * p.notifiedShare);
  const takedown = takedownHistogram(random, notified, {
    medianHours: drift(p.takedown.medianHours, -p.takedown.improvementPerYear, period.years),
    sigma: p.takedown.sigma,
    notRemoved: drift(p.takedown.notRemoved, -p.takedown.improvementPerYear, period.years),
  });

  const baseFiles = urls0 * p.filesPerUrl * random.factor(0.05);
  return [
    total('hotline.reports.received', received0 + receivedExtra),
    total('hotline.reports.assessed', assessed0 + assessedExtra),
    total('hotline.reports.csam', csam0 + csamExtra),
    total('hotline.urls.csam', urls),
    ...breakdown(
      'hotline.urls.csam',
      'hosting_country',
      p.hosting.codes,
      splitLargestRemainder(urls, hosting),
    ),
    ...breakdown('hotline.urls.csam', 'content_type', CODES.content_type, urlsByType),
    ...breakdown(
      'hotline.urls.csam',
      'victim_age',
      CODES.victim_age,
      splitLargestRemainder(urls, mix('victim_age')),
    ),
    ...breakdown(
      'hotline.urls.csam',
      'victim_sex',
      CODES.victim_sex,
      splitLargestRemainder(urls, mix('victim_sex')),
    ),
    ...breakdown(
      'hotline.urls.csam',
      'site_type',
      CODES.site_type,
      splitLargestRemainder(urls, mix('site_type')),
    ),
    ...breakdown('hotline.urls.csam', 'origin', CODES.origin, splitLargestRemainder(urls, origin)),
    total('hotline.urls.new_content', sum(newByType)),
    ...breakdown('hotline.urls.new_content', 'content_type', CODES.content_type, newByType),
    ...breakdown('hotline.takedown', 'takedown_hours', TAKEDOWN_CODES, takedown),
    ...contentFigures(random, p.content, {
      baseFiles,
      viralFiles: baseFiles * viral,
      years: period.years,
    }),
  ];
}

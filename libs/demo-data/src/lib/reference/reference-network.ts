import { COUNTRIES } from '@candor/catalogue';
import { completeQuarters, monthSpan, parseMonth } from '../calendar';
import { companyFigures, companyProfile, type CompanyProfile } from '../company';
import { hotlineFigures, hotlineProfile, type HotlineProfile } from '../hotline';
import { demoSpikeMonth, monthPosition } from '../network';
import { randomFor, type Random } from '../random';
import { buildRoster, HOTLINE_COUNTRIES, hotlineOrganization, type Roster } from '../roster';
import { sizeLadder } from '../shapes';
import type { DemoOrganization, DemoSubmission } from '../types';
import {
  everyCountry,
  largestOf,
  takedownByHostingCountry,
  type CountryWeights,
} from './countries';

/**
 * Version of the generated figures: bump it whenever a change here (or in the demo building
 * blocks it uses) changes them, so that a loaded copy of an older version is reloaded.
 */
export const REFERENCE_GENERATOR_VERSION = 1;

/** The reference network of the scale benchmark (performance.md): about 10 million figures. */
export const REFERENCE_DEFAULTS = {
  seed: 20261,
  lastMonth: '2026-09',
  years: 10,
  hotlines: 60,
  companies: 300,
} as const;

export interface ReferenceOptions {
  seed?: number;
  /** Last month of the span, `YYYY-MM`. */
  lastMonth?: string;
  years?: number;
  hotlines?: number;
  companies?: number;
}

export interface ReferenceNetwork {
  seed: number;
  version: number;
  organizations: DemoOrganization[];
  /** How many submissions `submissions()` yields. */
  submissionCount: number;
  /**
   * Every submission, made one at a time: hotlines month by month, then companies quarter by
   * quarter. Ten million figures do not fit in memory as objects, so nothing is kept.
   */
  submissions(): Generator<DemoSubmission>;
}

/** Share of the country breakdowns that falls outside an organization's main countries. */
const HOSTING_TAIL = 0.12;
const USER_COUNTRY_TAIL = 0.15;
/**
 * Member countries a hotline breaks its takedown times down by (those where it finds the most
 * content): 13 buckets × 32 countries, which puts the network at about 10 million figures.
 */
const PARTNERS = 32;

/** The demo's national hotlines first, then other countries, in a seeded order. */
function referenceRoster(random: Random, hotlines: number, companies: number): Roster {
  const { network, companies: companyList } = buildRoster(random, 0, companies);
  const listed = new Set(HOTLINE_COUNTRIES.map(([code]) => code));
  const others = COUNTRIES.filter((c) => !listed.has(c.code)).map((c) => [c.code, c.name] as const);
  const countries = [...random.shuffle(HOTLINE_COUNTRIES), ...random.shuffle(others)];
  if (hotlines > countries.length) {
    throw new RangeError(`A reference network has at most ${countries.length} hotlines.`);
  }
  return {
    network,
    hotlines: countries
      .slice(0, hotlines)
      .sort((a, b) => a[1].localeCompare(b[1], 'en'))
      .map(([code, name]) => hotlineOrganization(code, name)),
    companies: companyList,
  };
}

interface HotlinePlan {
  organization: DemoOrganization;
  profile: HotlineProfile;
  /** Member countries it sends notices to, with its hosting weights there. */
  partners: CountryWeights;
}

interface CompanyPlan {
  organization: DemoOrganization;
  profile: CompanyProfile;
  attributed: boolean;
}

/**
 * The reference network of the scale benchmark, fully determined by the options: by default 60
 * national hotlines submitting monthly and 300 companies submitting quarterly over 10 years, every
 * catalogue metric of their kind, with country breakdowns over every country code (hosting country
 * for hotlines, also crossed with takedown time over member countries; user country for
 * companies). Built from the demo network's building blocks, with its own seeded streams.
 */
export function generateReferenceNetwork(options: ReferenceOptions = {}): ReferenceNetwork {
  const o = { ...REFERENCE_DEFAULTS, ...options };
  for (const key of ['years', 'hotlines', 'companies'] as const) {
    if (!Number.isInteger(o[key]) || o[key] < (key === 'years' ? 1 : 0)) {
      throw new RangeError(`Reference option ${key} must be a whole number, not ${o[key]}.`);
    }
  }
  const months = monthSpan(o.lastMonth, o.years * 12);
  const quarters = completeQuarters(months);
  const at = monthPosition(
    months,
    parseMonth(demoSpikeMonth({ lastMonth: o.lastMonth, years: o.years })),
  );
  const setup = randomFor(o.seed, 'reference', 'setup');
  const roster = referenceRoster(randomFor(o.seed, 'reference', 'roster'), o.hotlines, o.companies);
  const memberCountries = roster.hotlines.map((h) => h.country);

  const hotlineSizes = setup.shuffle(sizeLadder(setup, o.hotlines, 30000, 1.8));
  const hotlines = roster.hotlines.map((organization, i): HotlinePlan => {
    const random = randomFor(o.seed, 'profile', organization.slug);
    const base = hotlineProfile(
      random,
      organization.country,
      hotlineSizes[i] as number,
      setup.chance(0.85),
    );
    const hosting = everyCountry(random, base.hosting, HOSTING_TAIL);
    const profile = { ...base, hosting };
    return { organization, profile, partners: largestOf(hosting, memberCountries, PARTNERS) };
  });

  // One company much larger than the rest; it and the next largest publish under their own name.
  const ladder = [
    120000 * setup.factor(0.15),
    ...sizeLadder(setup, Math.max(o.companies - 1, 0), 12000, 1.3),
  ];
  const rank = setup.shuffle(roster.companies.map((_, i) => i));
  const companies = roster.companies.map(({ organization, service }, i): CompanyPlan => {
    const r = rank[i] as number;
    const random = randomFor(o.seed, 'profile', organization.slug);
    const base = companyProfile(
      random,
      service,
      organization.country,
      ladder[r] as number,
      r === 0 || setup.chance(0.8),
    );
    const userCountries = everyCountry(random, base.userCountries, USER_COUNTRY_TAIL);
    return { organization, profile: { ...base, userCountries }, attributed: r < 2 };
  });

  function* submissions(): Generator<DemoSubmission> {
    for (const { organization, profile, partners } of hotlines) {
      for (const month of months) {
        const random = randomFor(o.seed, organization.slug, month.code);
        const figures = hotlineFigures(random, profile, at(month));
        figures.push(...takedownByHostingCountry(random, figures, partners));
        yield {
          organizationSlug: organization.slug,
          attributed: false,
          document: { period: month.code, figures },
        };
      }
    }
    for (const { organization, profile, attributed } of companies) {
      for (const quarter of quarters) {
        const random = randomFor(o.seed, organization.slug, quarter.code);
        yield {
          organizationSlug: organization.slug,
          attributed,
          document: {
            period: quarter.code,
            figures: companyFigures(random, profile, quarter.months.map(at)),
          },
        };
      }
    }
  }

  return {
    seed: o.seed,
    version: REFERENCE_GENERATOR_VERSION,
    organizations: [
      roster.network,
      ...roster.hotlines,
      ...roster.companies.map((c) => c.organization),
    ],
    submissionCount: hotlines.length * months.length + companies.length * quarters.length,
    submissions,
  };
}

import { completeQuarters, monthSpan, parseMonth } from './calendar';
import type { DemoMonth } from './calendar';
import { companyFigures, companyProfile } from './company';
import { hotlineFigures, hotlineProfile } from './hotline';
import { randomFor } from './random';
import { buildRoster } from './roster';
import { sizeLadder, spikeWeight } from './shapes';
import type { DemoNetwork, DemoOptions, DemoSubmission } from './types';

/** The options used when none are given. */
export const DEMO_DEFAULTS: Readonly<Required<DemoOptions>> = {
  seed: 20261,
  lastMonth: '2026-09',
  years: 3,
  hotlines: 12,
  companies: 8,
};

/** The month of the viral wave when the span holds it. */
const PREFERRED_SPIKE = '2025-03';

function resolve(options: DemoOptions): Required<DemoOptions> {
  const resolved = { ...DEMO_DEFAULTS, ...stripUndefined(options) };
  parseMonth(resolved.lastMonth);
  if (!Number.isSafeInteger(resolved.seed))
    throw new RangeError('The demo seed must be an integer.');
  for (const key of ['years', 'hotlines', 'companies'] as const) {
    const value = resolved[key];
    const least = key === 'years' ? 1 : 0;
    if (!Number.isInteger(value) || value < least || value > 1000) {
      throw new RangeError(
        `Demo option ${key} must be an integer from ${least} to 1000, not ${value}.`,
      );
    }
  }
  return resolved;
}

function stripUndefined(options: DemoOptions): DemoOptions {
  return Object.fromEntries(
    Object.entries(options).filter(([, v]) => v !== undefined),
  ) as DemoOptions;
}

/**
 * The month of the viral spike: March 2025 when the span holds it, else the month about
 * two-thirds into the span.
 */
export function demoSpikeMonth(options: DemoOptions = {}): string {
  const { lastMonth, years } = resolve(options);
  const months = monthSpan(lastMonth, years * 12);
  const preferred = months.find((m) => m.code === PREFERRED_SPIKE);
  return (preferred ?? (months[Math.floor((months.length * 2) / 3)] as DemoMonth)).code;
}

/**
 * Where a month of the span stands: years since its first month, month of the year, and the
 * strength of the viral wave (`spike` is the absolute month number of its peak).
 */
export function monthPosition(months: readonly DemoMonth[], spike: number) {
  const first = (months[0] as DemoMonth).index;
  return (m: DemoMonth) => ({
    years: (m.index - first) / 12,
    monthOfYear: m.monthOfYear,
    spike: spikeWeight(m.index - spike),
  });
}

/**
 * A whole demo network, fully determined by the options: the network organization, national
 * hotlines submitting monthly, companies submitting quarterly, with every catalogue metric of
 * their kind in every period of the span.
 */
export function generateDemoNetwork(options: DemoOptions = {}): DemoNetwork {
  const o = resolve(options);
  const months = monthSpan(o.lastMonth, o.years * 12);
  const spike = parseMonth(demoSpikeMonth(o));
  const at = monthPosition(months, spike);

  const setup = randomFor(o.seed, 'setup');
  const roster = buildRoster(randomFor(o.seed, 'roster'), o.hotlines, o.companies);
  const submissions: DemoSubmission[] = [];

  // Hotlines: a few large, many small; the viral wave reaches all but some of the smaller ones.
  const hotlineSizes = setup.shuffle(sizeLadder(setup, roster.hotlines.length, 30000, 1.8));
  const missedBySpike = new Set(
    setup
      .shuffle(hotlineSizes.map((size, i) => ({ size, i })).filter((h) => h.size < 2500))
      .slice(0, Math.floor(roster.hotlines.length / 6))
      .map((h) => h.i),
  );
  roster.hotlines.forEach((hotline, i) => {
    const profile = hotlineProfile(
      randomFor(o.seed, 'profile', hotline.slug),
      hotline.country,
      hotlineSizes[i] as number,
      !missedBySpike.has(i),
    );
    for (const month of months) {
      const figures = hotlineFigures(
        randomFor(o.seed, hotline.slug, month.code),
        profile,
        at(month),
      );
      submissions.push({
        organizationSlug: hotline.slug,
        attributed: false,
        document: { period: month.code, figures },
      });
    }
  });

  // Companies: one much larger than the rest; it and one other publish under their own name.
  const ladder = [
    120000 * setup.factor(0.15),
    ...sizeLadder(setup, Math.max(roster.companies.length - 1, 0), 12000, 1.6),
  ];
  const rank = setup.shuffle(roster.companies.map((_, i) => i));
  const quarters = completeQuarters(months);
  roster.companies.forEach(({ organization, service }, i) => {
    const r = rank[i] as number;
    const profile = companyProfile(
      randomFor(o.seed, 'profile', organization.slug),
      service,
      organization.country,
      ladder[r] as number,
      r === 0 || setup.chance(0.8),
    );
    for (const quarter of quarters) {
      const figures = companyFigures(
        randomFor(o.seed, organization.slug, quarter.code),
        profile,
        quarter.months.map(at),
      );
      submissions.push({
        organizationSlug: organization.slug,
        attributed: r < 2,
        document: { period: quarter.code, figures },
      });
    }
  });

  return {
    seed: o.seed,
    organizations: [
      roster.network,
      ...roster.hotlines,
      ...roster.companies.map((c) => c.organization),
    ],
    submissions,
  };
}

import { NOT_REMOVED, TAKEDOWN_BUCKETS } from '@candor/catalogue';
import type { Figure } from '@candor/catalogue';
import { demoSpikeMonth, generateDemoNetwork } from '../index';

const network = generateDemoNetwork();
const kindOf = new Map(network.organizations.map((o) => [o.slug, o.kind]));
const spike = demoSpikeMonth();

type Select = (f: Figure) => boolean;
const totalOf =
  (metric: string): Select =>
  (f) =>
    f.metric === metric && Object.keys(f.dimensions).length === 0;
const cell =
  (metric: string, dimension: 'repeat' | 'takedown_hours', codes: readonly string[]): Select =>
  (f) =>
    f.metric === metric &&
    Object.keys(f.dimensions).length === 1 &&
    codes.includes(f.dimensions[dimension] ?? '');

/** Network sum of the selected figures by period, for one kind of organization (or one slug). */
function series(kind: 'hotline' | 'company', select: Select, slug?: string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const s of network.submissions) {
    if (kindOf.get(s.organizationSlug) !== kind || (slug && s.organizationSlug !== slug)) continue;
    const value = s.document.figures.filter(select).reduce((a, f) => a + f.value, 0);
    sums.set(s.document.period, (sums.get(s.document.period) ?? 0) + value);
  }
  return sums;
}

/** The value at `period` divided by the mean of the `n` periods before it. */
function jump(values: Map<string, number>, period: string, n: number): number {
  const periods = [...values.keys()];
  const at = periods.indexOf(period);
  const before = periods.slice(Math.max(0, at - n), at).map((p) => values.get(p) ?? 0);
  return (values.get(period) ?? 0) / (before.reduce((a, v) => a + v, 0) / before.length);
}

const sumOf = (values: Map<string, number>, from: number, to: number): number =>
  [...values.values()].slice(from, to).reduce((a, v) => a + v, 0);

const FAST = TAKEDOWN_BUCKETS.filter((b) => b.to <= 24).map((b) => b.code);
const ALL_BUCKETS = [...TAKEDOWN_BUCKETS.map((b) => b.code), NOT_REMOVED];

describe('demo network shapes: the viral spike', () => {
  it('lies in March 2025 by default', () => {
    expect(spike).toBe('2025-03');
  });

  it('shows in known files: the spike month beats 1.5× the mean of the 6 months before', () => {
    expect(jump(series('hotline', totalOf('content.files.known')), spike, 6)).toBeGreaterThan(1.5);
  });

  it('is driven by re-shared content: top-10 files and the high repeat buckets jump', () => {
    expect(jump(series('hotline', totalOf('content.files.top10')), spike, 6)).toBeGreaterThan(2);
    const high = cell('content.items.by_repeat', 'repeat', ['101-1000', '1001+']);
    expect(jump(series('hotline', high), spike, 6)).toBeGreaterThan(1.1);
    expect(jump(series('company', totalOf('content.files.known')), '2025-Q1', 4)).toBeGreaterThan(
      1.3,
    );
  });

  it('raises confirmed reports for most hotlines', () => {
    const hotlines = network.organizations.filter((o) => o.kind === 'hotline');
    const risen = hotlines.filter(
      (o) => jump(series('hotline', totalOf('hotline.reports.csam'), o.slug), spike, 6) > 1.1,
    );
    expect(risen.length).toBeGreaterThan(hotlines.length / 2);
  });
});

describe('demo network shapes: sizes and trends', () => {
  it('has a few large hotlines and many small ones, from tens to hundreds of thousands', () => {
    const received = network.organizations
      .filter((o) => o.kind === 'hotline')
      .map((o) => sumOf(series('hotline', totalOf('hotline.reports.received'), o.slug), 0, 36) / 36)
      .sort((a, b) => b - a);
    expect((received[0] as number) / (received[11] as number)).toBeGreaterThan(20);
    expect(received.filter((r) => r < (received[0] as number) / 5).length).toBeGreaterThanOrEqual(
      8,
    );
    const values = network.submissions.flatMap((s) => s.document.figures.map((f) => f.value));
    expect(Math.max(...values)).toBeGreaterThan(100000);
    expect(values.some((v) => v >= 10 && v < 100)).toBe(true);
  });

  it('has one company much larger than the rest', () => {
    const actioned = network.organizations
      .filter((o) => o.kind === 'company')
      .map((o) => sumOf(series('company', totalOf('company.content.actioned'), o.slug), 0, 12))
      .sort((a, b) => b - a);
    expect((actioned[0] as number) / (actioned[1] as number)).toBeGreaterThan(5);
  });

  it('grows gently: the last year has more reports than the first, but not double', () => {
    const received = series('hotline', totalOf('hotline.reports.received'));
    const growth = sumOf(received, 24, 36) / sumOf(received, 0, 12);
    expect(growth).toBeGreaterThan(1.02);
    expect(growth).toBeLessThan(1.6);
  });
});

describe('demo network shapes: takedown times', () => {
  const histograms = network.submissions.flatMap((s) =>
    s.document.figures.filter(
      (f) => f.metric.endsWith('.takedown') && Object.keys(f.dimensions).length === 1,
    ),
  );

  it('gives every bucket, not_removed included, in every histogram', () => {
    for (const s of network.submissions) {
      const metric =
        kindOf.get(s.organizationSlug) === 'company' ? 'company.takedown' : 'hotline.takedown';
      const buckets = s.document.figures
        .filter((f) => f.metric === metric && Object.keys(f.dimensions).length === 1)
        .map((f) => f.dimensions.takedown_hours);
      expect(buckets).toEqual(ALL_BUCKETS);
    }
    expect(histograms.length).toBe(network.submissions.length * ALL_BUCKETS.length);
  });

  const within24h = (kind: 'hotline' | 'company', from: number, to: number): number => {
    const metric = `${kind}.takedown`;
    return (
      sumOf(series(kind, cell(metric, 'takedown_hours', FAST)), from, to) /
      sumOf(series(kind, cell(metric, 'takedown_hours', ALL_BUCKETS)), from, to)
    );
  };

  it('is faster for companies than for hotlines', () => {
    expect(within24h('company', 0, 12)).toBeGreaterThan(within24h('hotline', 0, 36) + 0.1);
  });

  it('improves slowly over time', () => {
    expect(within24h('hotline', 24, 36)).toBeGreaterThan(within24h('hotline', 0, 12));
    expect(within24h('company', 8, 12)).toBeGreaterThan(within24h('company', 0, 4));
  });
});

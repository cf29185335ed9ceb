import { isCountryCode, metricsFor, validateDocument } from '@candor/catalogue';
import type { Figure } from '@candor/catalogue';
import { DEMO_DEFAULTS, demoSpikeMonth, generateDemoNetwork } from '../index';
import type { DemoSubmission } from '../index';

const now = new Date('2026-11-26T00:00:00Z');
const network = generateDemoNetwork();
const kindOf = new Map(network.organizations.map((o) => [o.slug, o.kind]));
const ofKind = (kind: 'hotline' | 'company'): DemoSubmission[] =>
  network.submissions.filter((s) => kindOf.get(s.organizationSlug) === kind);
const value = (
  figures: readonly Figure[],
  metric: string,
  dims: Record<string, string> = {},
): number =>
  figures.find(
    (f) =>
      f.metric === metric &&
      Object.keys(f.dimensions).length === Object.keys(dims).length &&
      Object.entries(dims).every(([d, v]) => f.dimensions[d as keyof typeof f.dimensions] === v),
  )?.value ?? Number.NaN;

describe('generateDemoNetwork: determinism and options', () => {
  it('gives a deep-equal network for the same options', () => {
    expect(generateDemoNetwork({ ...DEMO_DEFAULTS })).toEqual(network);
    expect(network.seed).toBe(20261);
  });

  it('gives a different network for a different seed', () => {
    const small = { years: 1, hotlines: 2, companies: 2 };
    const a = generateDemoNetwork({ ...small, seed: 1 });
    expect(generateDemoNetwork({ ...small, seed: 1 })).toEqual(a);
    expect(generateDemoNetwork({ ...small, seed: 2 })).not.toEqual(a);
  });

  it('follows the span options: complete quarters only, spike moved into the span', () => {
    const n = generateDemoNetwork({ lastMonth: '2026-08', years: 1, hotlines: 3, companies: 2 });
    const periods = (slug: string) =>
      n.submissions.filter((s) => s.organizationSlug === slug).map((s) => s.document.period);
    const [hotline, company] = [n.organizations[1], n.organizations[4]];
    expect(periods(hotline?.slug ?? '')).toHaveLength(12);
    expect(periods(hotline?.slug ?? '')[0]).toBe('2025-09');
    expect(periods(company?.slug ?? '')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(demoSpikeMonth({ lastMonth: '2026-08', years: 1 })).toBe('2026-05');
    expect(demoSpikeMonth()).toBe('2025-03');
  });

  it('rejects options it cannot honour', () => {
    expect(() => generateDemoNetwork({ lastMonth: '2026-13' })).toThrow(RangeError);
    expect(() => generateDemoNetwork({ years: 0 })).toThrow(RangeError);
    expect(() => generateDemoNetwork({ hotlines: 1.5 })).toThrow(RangeError);
    expect(() => generateDemoNetwork({ hotlines: 500 })).toThrow(RangeError);
  });

  it('prints nothing', () => {
    const calls: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const saved = methods.map((m) => console[m]);
    const savedWrite = process.stdout.write;
    methods.forEach((m) => (console[m] = () => void calls.push(m)));
    process.stdout.write = () => calls.push('stdout') > 0;
    try {
      generateDemoNetwork({ years: 1, hotlines: 2, companies: 2 });
    } finally {
      methods.forEach((m, i) => (console[m] = saved[i] as (typeof console)[typeof m]));
      process.stdout.write = savedWrite;
    }
    expect(calls).toEqual([]);
  });
});

describe('generateDemoNetwork: roster and submissions (defaults)', () => {
  it('has the network, 12 hotlines in distinct countries and 8 companies', () => {
    const kinds = network.organizations.map((o) => o.kind);
    expect(kinds.filter((k) => k === 'network')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'hotline')).toHaveLength(12);
    expect(kinds.filter((k) => k === 'company')).toHaveLength(8);
    const hotlines = network.organizations.filter((o) => o.kind === 'hotline');
    expect(new Set(hotlines.map((o) => o.country)).size).toBe(12);
    expect(new Set(network.organizations.map((o) => o.slug)).size).toBe(21);
    for (const o of network.organizations) {
      expect(isCountryCode(o.country)).toBe(true);
      expect(o.name).toMatch(/ \(demo\)$/);
      expect(o.cadence).toBe({ network: null, hotline: 'month', company: 'quarter' }[o.kind]);
    }
  });

  it('has one submission per month for hotlines and per quarter for companies, none for the network', () => {
    expect(network.submissions).toHaveLength(12 * 36 + 8 * 12);
    const bySlug = new Map<string, string[]>();
    for (const s of network.submissions) {
      bySlug.set(s.organizationSlug, [
        ...(bySlug.get(s.organizationSlug) ?? []),
        s.document.period,
      ]);
    }
    for (const o of network.organizations) {
      const periods = bySlug.get(o.slug) ?? [];
      if (o.kind === 'network') expect(periods).toEqual([]);
      if (o.kind === 'hotline') {
        expect(periods).toHaveLength(36);
        expect([periods[0], periods[35]]).toEqual(['2023-10', '2026-09']);
      }
      if (o.kind === 'company') {
        expect(periods).toHaveLength(12);
        expect([periods[0], periods[11]]).toEqual(['2023-Q4', '2026-Q3']);
      }
    }
  });

  it('attributes exactly two companies, and nothing else', () => {
    const attributed = new Set(
      network.submissions.filter((s) => s.attributed).map((s) => s.organizationSlug),
    );
    expect(attributed.size).toBe(2);
    for (const slug of attributed) expect(kindOf.get(slug)).toBe('company');
    for (const s of network.submissions)
      expect(s.attributed).toBe(attributed.has(s.organizationSlug));
  });

  it('gives every metric of the organization kind in every submission', () => {
    for (const kind of ['hotline', 'company'] as const) {
      const expected = metricsFor(kind)
        .map((m) => m.code)
        .sort();
      for (const s of ofKind(kind)) {
        expect([...new Set(s.document.figures.map((f) => f.metric))].sort()).toEqual(expected);
      }
    }
  });

  it('passes validateDocument with no errors, every submission', () => {
    const errors = network.submissions.flatMap((s) => {
      const organizationKind = kindOf.get(s.organizationSlug) === 'company' ? 'company' : 'hotline';
      const doc = {
        period: s.document.period,
        figures: s.document.figures.map((f) => ({ ...f, dimensions: { ...f.dimensions } })),
      };
      return validateDocument(doc, { organizationKind, now }).errors.map(
        (e) => `${s.organizationSlug} ${s.document.period}: ${e.code} ${e.message}`,
      );
    });
    expect(errors.slice(0, 5)).toEqual([]);
  });

  it('uses non-negative integers only, and new content never exceeds CSAM URLs per content type', () => {
    const bad = network.submissions.flatMap((s) =>
      s.document.figures.filter((f) => !Number.isSafeInteger(f.value) || f.value < 0),
    );
    expect(bad).toEqual([]);
    const tooNew = ofKind('hotline').flatMap((s) =>
      ['image', 'video', 'other', 'unknown'].filter((type) => {
        const f = s.document.figures;
        const newUrls = value(f, 'hotline.urls.new_content', { content_type: type });
        return !(newUrls <= value(f, 'hotline.urls.csam', { content_type: type }));
      }),
    );
    expect(tooNew).toEqual([]);
  });
});

import { countryCodes, validateDocument } from '@candor/catalogue';
import { generateReferenceNetwork, REFERENCE_DEFAULTS } from '../../index';
import type { DemoSubmission } from '../../index';

const now = new Date('2026-11-26T00:00:00Z');
const small = { hotlines: 3, companies: 4, years: 1 };
const all = (options = small): DemoSubmission[] => [
  ...generateReferenceNetwork(options).submissions(),
];
const take = (count: number, options = {}): DemoSubmission[] => {
  const taken: DemoSubmission[] = [];
  for (const submission of generateReferenceNetwork(options).submissions()) {
    taken.push(submission);
    if (taken.length === count) break;
  }
  return taken;
};

describe('generateReferenceNetwork', () => {
  it('has the size of the scale benchmark by default', () => {
    const network = generateReferenceNetwork();
    const kinds = network.organizations.map((o) => o.kind);
    expect(kinds.filter((k) => k === 'hotline')).toHaveLength(REFERENCE_DEFAULTS.hotlines);
    expect(kinds.filter((k) => k === 'company')).toHaveLength(REFERENCE_DEFAULTS.companies);
    expect(new Set(network.organizations.map((o) => o.slug)).size).toBe(kinds.length);
    expect(network.submissionCount).toBe(60 * 120 + 300 * 40);
  });

  it('is determined by its options', () => {
    expect(take(2)).toEqual(take(2));
    expect(all()).toEqual(all());
    expect(all({ ...small, seed: 7 } as typeof small)).not.toEqual(all());
  });

  it('yields as many submissions as it says, monthly hotlines then quarterly companies', () => {
    const network = generateReferenceNetwork(small);
    const submissions = [...network.submissions()];
    expect(submissions).toHaveLength(network.submissionCount);
    expect(submissions.slice(0, 12).map((s) => s.document.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i < 3 ? `2025-${10 + i}` : `2026-0${i - 2}`)),
    );
    expect(submissions.at(-1)?.document.period).toBe('2026-Q3');
  });

  it('passes the submission validator, every period of every organization', () => {
    const kindOf = new Map(
      generateReferenceNetwork(small).organizations.map((o) => [o.slug, o.kind]),
    );
    for (const submission of all()) {
      const result = validateDocument(
        {
          period: submission.document.period,
          figures: [...submission.document.figures],
        },
        { organizationKind: kindOf.get(submission.organizationSlug) as 'hotline', now },
      );
      expect(result.errors).toEqual([]);
    }
  });

  it('breaks countries down over every country code, and takedown times by partner country', () => {
    const [hotline] = take(1);
    const figures = hotline?.document.figures ?? [];
    const hosting = figures.filter(
      (f) => f.metric === 'hotline.urls.csam' && f.dimensions.hosting_country !== undefined,
    );
    expect(hosting.map((f) => f.dimensions.hosting_country)).toEqual([
      ...countryCodes(),
      'unknown',
    ]);
    const cross = figures.filter(
      (f) => f.metric === 'hotline.takedown' && f.dimensions.hosting_country !== undefined,
    );
    expect(cross).toHaveLength(13 * 32);
    const company = all().find((s) => s.organizationSlug === 'pixelshare' || s.attributed);
    const userCountries = company?.document.figures.filter((f) => f.dimensions.user_country);
    expect(userCountries).toHaveLength(countryCodes().length + 1);
  });
});

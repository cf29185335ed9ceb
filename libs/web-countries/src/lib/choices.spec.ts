import { choose, countryMetrics, scopesFor, type CatalogueMetric } from './choices';

const metric = (
  code: string,
  dimensions: string[],
  options: Partial<CatalogueMetric> = {},
): CatalogueMetric => ({
  code,
  submittedBy: 'hotline',
  requiredDimension: null,
  dimensions: dimensions.map((d) => ({ code: d })),
  ...options,
});

describe('countryMetrics', () => {
  it('keeps the metrics broken down by hosting country, without a required dimension', () => {
    const metrics = [
      metric('hotline.reports.received', []),
      metric('hotline.urls.csam', ['hosting_country', 'content_type']),
      metric('hotline.takedown', ['takedown_hours', 'hosting_country'], {
        requiredDimension: 'takedown_hours',
      }),
      metric('company.reports.cybertipline', ['user_country']),
    ];
    expect(countryMetrics(metrics).map((m) => m.code)).toEqual(['hotline.urls.csam']);
  });

  it('keeps none of an empty catalogue', () => {
    expect(countryMetrics([])).toEqual([]);
  });
});

describe('scopesFor', () => {
  it('offers the network alone for a metric one kind of organization submits', () => {
    expect(scopesFor(metric('a.b', [], { submittedBy: 'hotline' }))).toEqual(['network']);
    expect(scopesFor(undefined)).toEqual(['network']);
  });

  it('offers hotlines and companies apart when both submit', () => {
    expect(scopesFor(metric('a.b', [], { submittedBy: 'both' }))).toEqual([
      'network',
      'hotlines',
      'companies',
    ]);
  });
});

describe('choose', () => {
  it('takes the wanted option, else the first, else the fallback', () => {
    expect(choose('b', ['a', 'b'], 'z')).toBe('b');
    expect(choose('c', ['a', 'b'], 'z')).toBe('a');
    expect(choose(null, ['a', 'b'], 'z')).toBe('a');
    expect(choose('a', [], 'z')).toBe('z');
  });
});

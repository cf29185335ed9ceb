import { metricAnchor, toCatalogueView, type CatalogueMetric } from './catalogue-data';

const metric = (code: string, submittedBy: string, dimensions: string[] = []): CatalogueMetric => ({
  code,
  label: code,
  definition: `Definition of ${code}`,
  submittedBy,
  unit: 'reports',
  version: 1,
  requiredDimension: null,
  dimensions: dimensions.map((d) => ({
    code: d,
    label: d,
    definition: `Definition of ${d}`,
    kind: 'enumeration',
    values: [],
  })),
});

const summary = (metrics: CatalogueMetric[] | undefined) => {
  const view = toCatalogueView(metrics);
  return {
    groups: view.groups.map((group) => [group.key, group.metrics.map((m) => m.code)]),
    metricCount: view.metricCount,
    dimensionCount: view.dimensionCount,
  };
};

describe('toCatalogueView', () => {
  it.each<[string, CatalogueMetric[] | undefined, ReturnType<typeof summary>]>([
    ['no data yet', undefined, { groups: [], metricCount: 0, dimensionCount: 0 }],
    ['an empty catalogue', [], { groups: [], metricCount: 0, dimensionCount: 0 }],
    [
      'one metric',
      [metric('hotline.a', 'hotline', ['x'])],
      { groups: [['hotline', ['hotline.a']]], metricCount: 1, dimensionCount: 1 },
    ],
    [
      'groups in a fixed order, metrics in catalogue order',
      [
        metric('content.b', 'both', ['x', 'y']),
        metric('company.a', 'company', ['y']),
        metric('hotline.b', 'hotline'),
        metric('hotline.a', 'hotline', ['z']),
      ],
      {
        groups: [
          ['hotline', ['hotline.b', 'hotline.a']],
          ['company', ['company.a']],
          ['both', ['content.b']],
        ],
        metricCount: 4,
        dimensionCount: 3,
      },
    ],
    [
      'an unknown submitter kind',
      [metric('network.a', 'network')],
      { groups: [['other', ['network.a']]], metricCount: 1, dimensionCount: 0 },
    ],
  ])('builds the view of %s', (_name, metrics, expected) => {
    expect(summary(metrics)).toEqual(expected);
  });
});

describe('metricAnchor', () => {
  it.each([
    ['hotline.reports.csam', 'metric-hotline.reports.csam'],
    ['content.items.by_repeat', 'metric-content.items.by_repeat'],
    ['odd code/with space', 'metric-odd-code-with-space'],
  ])('anchors %p as %p', (code, expected) => {
    expect(metricAnchor(code)).toBe(expected);
  });
});

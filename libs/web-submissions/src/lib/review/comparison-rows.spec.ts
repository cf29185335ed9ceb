import type { SubmissionComparisonQuery } from '@candor/web-graphql';
import { METRICS } from '../form/form.fixtures';
import { toComparison } from './comparison-rows';

type Change = SubmissionComparisonQuery['submissionComparison']['changes'][number];

const change = (
  metric: string,
  kind: string,
  previous: number | null,
  current: number | null,
  dims: Record<string, string> = {},
): Change => ({
  metric,
  change: kind,
  previous,
  current,
  dimensions: Object.entries(dims).map(([dimension, value]) => ({ dimension, value })),
});

describe('toComparison', () => {
  it.each([
    ['no data yet', undefined],
    ['no figures', []],
  ])('is empty for %s', (_name, input) => {
    expect(toComparison(input, METRICS)).toEqual({
      rows: [],
      counts: { changed: 0, added: 0, removed: 0, unchanged: 0 },
    });
  });

  it('puts changes first, then additions, removals and unchanged figures, in catalogue order', () => {
    const result = toComparison(
      [
        change('hotline.takedown', 'unchanged', 1, 1, { takedown_hours: '[0,1)' }),
        change('hotline.urls.csam', 'changed', 10, 12),
        change('hotline.reports.received', 'changed', 100, 50),
        change('hotline.urls.csam', 'removed', 4, null, { hosting_country: 'NL' }),
        change('hotline.urls.csam', 'added', null, 9, { content_type: 'image' }),
      ],
      METRICS,
    );
    expect(result.rows.map((r) => [r.metric, r.change])).toEqual([
      ['hotline.reports.received', 'changed'],
      ['hotline.urls.csam', 'changed'],
      ['hotline.urls.csam', 'added'],
      ['hotline.urls.csam', 'removed'],
      ['hotline.takedown', 'unchanged'],
    ]);
    expect(result.counts).toEqual({ changed: 2, added: 1, removed: 1, unchanged: 1 });
  });

  it("puts a metric's total before its breakdowns, keeping the API's order among those", () => {
    const result = toComparison(
      [
        change('hotline.urls.csam', 'added', null, 6, { hosting_country: 'NL' }),
        change('hotline.urls.csam', 'added', null, 4, { hosting_country: 'unknown' }),
        change('hotline.urls.csam', 'added', null, 10),
      ],
      METRICS,
    );
    expect(result.rows.map((r) => r.current)).toEqual([10, 6, 4]);
  });

  it.each<[string, Change, object]>([
    [
      'a rise',
      change('hotline.urls.csam', 'changed', 10, 12),
      { delta: 2, ratio: 0.2, metricLabel: 'Label of hotline.urls.csam', dimensions: [] },
    ],
    ['a fall to zero', change('hotline.urls.csam', 'changed', 10, 0), { delta: -10, ratio: -1 }],
    [
      'a rise from zero (no ratio)',
      change('hotline.urls.csam', 'changed', 0, 5),
      { delta: 5, ratio: null },
    ],
    ['an addition', change('hotline.urls.csam', 'added', null, 5), { delta: null, ratio: null }],
    [
      'labels of dimensions and values',
      change('hotline.urls.csam', 'added', null, 5, {
        content_type: 'image',
        hosting_country: 'NL',
      }),
      {
        dimensions: [
          { dimension: 'Label of content_type', value: 'Label of image' },
          { dimension: 'Label of hosting_country', value: 'NL' },
        ],
      },
    ],
    [
      'a metric the catalogue does not know, shown by its code',
      change('old.metric', 'removed', 3, null),
      { metricLabel: 'old.metric', change: 'removed' },
    ],
    [
      'a change kind the app does not know, inferred',
      change('hotline.urls.csam', 'moved', 3, 4),
      { change: 'changed' },
    ],
  ])('describes %s', (_name, input, expected) => {
    expect(toComparison([input], METRICS).rows[0]).toMatchObject(expected);
  });
});

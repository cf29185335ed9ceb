import { readViewParams } from '@candor/web-public-kit';
import type { BreakdownOption, MetricOption } from './explorer-options';
import { defaultValue, publishedValues, resolveSelection } from './selection';

const COUNTRY: BreakdownOption = {
  code: 'hosting_country',
  kind: 'country',
  values: ['BG', 'DE', 'NL', 'unknown'],
};
const CONTENT: BreakdownOption = {
  code: 'content_type',
  kind: 'enumeration',
  values: ['image', 'video'],
};
const METRICS: MetricOption[] = [
  { code: 'hotline.urls.csam', submittedBy: 'hotline', scopes: ['network'], breakdowns: [COUNTRY] },
  {
    code: 'hotline.reports.received',
    submittedBy: 'hotline',
    scopes: ['network'],
    breakdowns: [],
  },
  {
    code: 'content.files.reported',
    submittedBy: 'both',
    scopes: ['network', 'hotlines', 'companies'],
    breakdowns: [CONTENT],
  },
];

const select = (search: string, metrics = METRICS) =>
  resolveSelection(readViewParams(search), metrics);

describe('resolveSelection', () => {
  it('shows reports received for all organizations on a linear axis by default', () => {
    expect(select('')).toEqual({
      metric: METRICS[1],
      scope: 'network',
      breakdown: null,
      value: null,
      scale: 'linear',
    });
  });

  it('reads every choice the metric has', () => {
    expect(
      select(
        '?metric=content.files.reported&scope=companies&dimension=content_type&value=video&scale=log',
      ),
    ).toEqual({
      metric: METRICS[2],
      scope: 'companies',
      breakdown: CONTENT,
      value: 'video',
      scale: 'log',
    });
  });

  it.each([
    ['a metric it does not offer', '?metric=hotline.takedown', 'hotline.reports.received'],
    ['a metric that does not exist', '?metric=no.such.metric', 'hotline.reports.received'],
  ])('falls back to the default for %s', (_name, search, code) => {
    expect(select(search)?.metric.code).toBe(code);
  });

  it('drops a scope, breakdown or value the metric does not have', () => {
    expect(
      select('?metric=hotline.urls.csam&scope=companies&dimension=content_type'),
    ).toMatchObject({ scope: 'network', breakdown: null, value: null });
    expect(select('?metric=hotline.urls.csam&dimension=hosting_country&value=ZZ')).toMatchObject({
      breakdown: COUNTRY,
      value: null,
    });
  });

  it('takes the first metric when the default is not offered, and nothing from nothing', () => {
    expect(select('', [METRICS[0]!])?.metric.code).toBe('hotline.urls.csam');
    expect(select('', [])).toBeNull();
  });
});

describe('defaultValue', () => {
  it('picks the largest published figure', () => {
    expect(
      defaultValue(COUNTRY, [
        { value: 'BG', count: null, suppression: 'dominance' },
        { value: 'DE', count: 7115, suppression: null },
        { value: 'NL', count: 49947, suppression: null },
        { value: '_not_broken_down', count: 90000, suppression: null },
      ]),
    ).toBe('NL');
  });

  it('breaks ties by code', () => {
    expect(
      defaultValue(COUNTRY, [
        { value: 'NL', count: 5, suppression: null },
        { value: 'DE', count: 5, suppression: null },
      ]),
    ).toBe('DE');
  });

  it('falls back to a withheld value, then to the first of the list', () => {
    expect(defaultValue(COUNTRY, [{ value: 'BG', count: null, suppression: 'dominance' }])).toBe(
      'BG',
    );
    expect(defaultValue(CONTENT, [])).toBe('image');
    expect(defaultValue({ ...CONTENT, values: [] }, [])).toBeNull();
  });
});

describe('publishedValues', () => {
  it('keeps values with a published figure only', () => {
    expect(
      publishedValues([
        { value: 'BG', count: null, suppression: 'dominance' },
        { value: 'DE', count: 0, suppression: null },
        { value: 'NL', count: 12, suppression: 'secondary' },
      ]),
    ).toEqual(new Set(['DE']));
  });
});

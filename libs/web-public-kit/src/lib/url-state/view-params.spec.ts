import { changeView, pinnedSearch, readViewParams, toSearch } from './view-params';

const EMPTY = {
  metric: null,
  scope: null,
  dimension: null,
  value: null,
  granularity: null,
  scale: null,
  from: null,
  to: null,
  period: null,
  release: null,
};

describe('readViewParams', () => {
  it('reads nothing from an empty query', () => {
    expect(readViewParams('')).toEqual(EMPTY);
  });

  it('reads every filter', () => {
    expect(
      readViewParams(
        '?metric=hotline.urls.csam&scope=organization:hotline-nl&dimension=hosting_country&value=NL' +
          '&granularity=quarter&scale=log&from=2025-Q1&to=2026-Q3&period=2026-Q2&release=6d05bc11-9337-4184-84ec-a7e829e8c704&lang=fr',
      ),
    ).toEqual({
      metric: 'hotline.urls.csam',
      scope: 'organization:hotline-nl',
      dimension: 'hosting_country',
      value: 'NL',
      granularity: 'quarter',
      scale: 'log',
      from: '2025-Q1',
      to: '2026-Q3',
      period: '2026-Q2',
      release: '6d05bc11-9337-4184-84ec-a7e829e8c704',
    });
  });

  it.each([
    ['metric', 'DROP TABLE'],
    ['scope', 'everyone'],
    ['dimension', 'Hosting Country'],
    ['granularity', 'week'],
    ['scale', 'sqrt'],
    ['from', '2026-13'],
    ['to', 'Q3'],
    ['period', '2026-Q5'],
    ['release', '../../etc'],
    ['release', 'no-such-release'],
  ])('ignores an invalid %s (%p)', (key, value) => {
    expect(readViewParams(new URLSearchParams({ [key]: value }))).toEqual(EMPTY);
  });

  it('reads a dimension value as it is, within a length limit', () => {
    expect(readViewParams('?value=%5B24%2C48%29').value).toBe('[24,48)');
    expect(readViewParams(`?value=${'x'.repeat(101)}`).value).toBeNull();
  });
});

describe('changeView', () => {
  const change = (search: string, diff: Parameters<typeof changeView>[1]) =>
    toSearch(changeView(search, diff));

  it('sets filters in a fixed order and keeps the language last', () => {
    expect(change('?lang=fr', { scale: 'log', metric: 'hotline.reports.csam' })).toBe(
      '?metric=hotline.reports.csam&scale=log&lang=fr',
    );
  });

  it('gives one URL per view whatever the order of the parameters', () => {
    expect(change('?scale=log&lang=de&metric=a.b', {})).toBe(
      change('?metric=a.b&lang=de&scale=log', {}),
    );
  });

  it('removes a filter set to null or empty', () => {
    expect(change('?metric=a.b&scale=log', { scale: null })).toBe('?metric=a.b');
    expect(change('?metric=a.b&scale=log', { scale: '' })).toBe('?metric=a.b');
  });

  it('drops the breakdown when the metric changes, unless it is given', () => {
    const search = '?metric=a.b&dimension=content_type&value=video';
    expect(change(search, { metric: 'c.d' })).toBe('?metric=c.d');
    expect(change(search, { metric: 'c.d', dimension: 'detection' })).toBe(
      '?metric=c.d&dimension=detection',
    );
    expect(change(search, { metric: 'a.b' })).toBe(search);
  });

  it('drops the value when the dimension changes', () => {
    expect(change('?dimension=content_type&value=video', { dimension: 'detection' })).toBe(
      '?dimension=detection',
    );
  });

  it('drops the release pin, period range and period when the granularity changes', () => {
    expect(
      change(
        '?granularity=month&from=2026-01&to=2026-06&period=2026-03&release=4e1c7a8e-0b9f-4f7e-9a51-2d2c8e4b7f10&lang=es',
        {
          granularity: 'quarter',
        },
      ),
    ).toBe('?granularity=quarter&lang=es');
    expect(
      change('?granularity=month&release=4e1c7a8e-0b9f-4f7e-9a51-2d2c8e4b7f10', {
        granularity: 'month',
      }),
    ).toBe('?granularity=month&release=4e1c7a8e-0b9f-4f7e-9a51-2d2c8e4b7f10');
  });

  it('does not change the query it was given', () => {
    const current = new URLSearchParams('?metric=a.b');
    changeView(current, { metric: 'c.d' });
    expect(current.toString()).toBe('metric=a.b');
  });
});

describe('pinnedSearch', () => {
  it('pins the view to a release and keeps the rest', () => {
    expect(
      pinnedSearch('?granularity=quarter&lang=fr', '0b6c2a51-93e4-4c55-b0a4-8f1f6e9d2c77'),
    ).toBe('?granularity=quarter&release=0b6c2a51-93e4-4c55-b0a4-8f1f6e9d2c77&lang=fr');
  });
});

describe('toSearch', () => {
  it('is empty for no parameters', () => {
    expect(toSearch(new URLSearchParams())).toBe('');
  });
});

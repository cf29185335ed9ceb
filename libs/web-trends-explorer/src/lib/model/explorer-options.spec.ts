import { explorerMetrics, scopesOf, type CatalogueMetric } from './explorer-options';

const dimension = (code: string, kind: string, values: string[] = []) => ({
  code,
  kind,
  values: values.map((value) => ({ code: value })),
});

const METRICS: CatalogueMetric[] = [
  {
    code: 'hotline.urls.csam',
    submittedBy: 'hotline',
    requiredDimension: null,
    dimensions: [
      dimension('content_type', 'enumeration', ['image', 'video']),
      dimension('hosting_country', 'country'),
      dimension('victim_age', 'enumeration', ['0-2']),
    ],
  },
  {
    code: 'hotline.takedown',
    submittedBy: 'hotline',
    requiredDimension: 'takedown_hours',
    dimensions: [dimension('takedown_hours', 'histogram', ['[0,1)'])],
  },
  {
    code: 'content.files.reported',
    submittedBy: 'both',
    requiredDimension: null,
    dimensions: [dimension('content_type', 'enumeration', ['image'])],
  },
  {
    code: 'company.accounts.actioned',
    submittedBy: 'company',
    requiredDimension: null,
    dimensions: [],
  },
];

describe('explorerMetrics', () => {
  const options = explorerMetrics(METRICS, ['DE', 'NL']);

  it('offers every metric with a total, in catalogue order', () => {
    expect(options.map((option) => option.code)).toEqual([
      'hotline.urls.csam',
      'content.files.reported',
      'company.accounts.actioned',
    ]);
  });

  it('offers the breakdowns the explorer knows, countries first, with their values', () => {
    expect(options[0]?.breakdowns).toEqual([
      { code: 'hosting_country', kind: 'country', values: ['DE', 'NL', 'unknown'] },
      { code: 'content_type', kind: 'enumeration', values: ['image', 'video'] },
    ]);
    expect(options[2]?.breakdowns).toEqual([]);
  });

  it('offers each kind of organization only where both kinds report', () => {
    expect(options.map((option) => option.scopes)).toEqual([
      ['network'],
      ['network', 'hotlines', 'companies'],
      ['network'],
    ]);
  });

  it('is empty for an empty catalogue', () => {
    expect(explorerMetrics([], [])).toEqual([]);
  });
});

describe('scopesOf', () => {
  it.each([
    ['hotline', ['network']],
    ['company', ['network']],
    ['both', ['network', 'hotlines', 'companies']],
  ])('%s', (submittedBy, scopes) => {
    expect(scopesOf(submittedBy)).toEqual(scopes);
  });
});

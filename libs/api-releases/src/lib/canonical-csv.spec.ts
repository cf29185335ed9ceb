import { canonicalCsv, sha256 } from './canonical-csv';

const a = {
  metric: 'm',
  scope: 'network',
  period: '2026-01',
  dimension: null,
  dimensionValue: null,
  value: 10,
  suppression: null,
};
const b = {
  metric: 'm',
  scope: 'network',
  period: '2026-01',
  dimension: 'hosting_country',
  dimensionValue: 'NL',
  value: null,
  suppression: 'small_count',
};

describe('canonicalCsv', () => {
  it('is independent of the order of cells and never holds a hidden value', () => {
    expect(canonicalCsv([a, b])).toBe(canonicalCsv([b, a]));
    expect(canonicalCsv([a, b])).toBe(
      'metric,scope,period,dimension,dimension_value,value,suppression\nm,network,2026-01,,,10,\nm,network,2026-01,hosting_country,NL,,small_count\n',
    );
  });

  it('quotes fields that need it and hashes to a stable SHA-256', () => {
    expect(canonicalCsv([{ ...a, dimensionValue: 'a,"b"', dimension: 'x' }])).toContain(
      '"a,""b"""',
    );
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

import { toCsv } from '@candor/charts';
import {
  chartBars,
  countryRanking,
  rankingRows,
  rankingTable,
  type BreakdownRow,
} from './country-ranking';

const NAMES: Record<string, string> = {
  NL: 'Netherlands',
  US: 'United States',
  DE: 'Germany',
  FR: 'France',
  BG: 'Bulgaria',
  CH: 'Switzerland',
  unknown: 'Unknown hosting country',
  _not_broken_down: 'Not broken down by country',
};
const options = { name: (code: string) => NAMES[code] ?? code, locale: 'en' };
const labels = { key: 'Hosting country', count: 'CSAM URLs' };
const row = (value: string, count: number | null, suppression: string | null = null) => ({
  value,
  count,
  suppression,
});

describe('countryRanking', () => {
  it('ranks nothing for an empty breakdown', () => {
    const ranking = countryRanking([], null, options);
    expect(ranking).toEqual({
      ranked: [],
      residual: [],
      withheld: [],
      total: null,
      totalGap: 'not_published',
    });
    expect(chartBars(ranking)).toEqual([]);
    expect(toCsv(rankingTable(ranking, labels))).toBe('hosting_country,count,suppression\n');
  });

  it('ranks published countries largest first, residuals and withheld countries apart', () => {
    const rows: BreakdownRow[] = [
      row('BG', null, 'dominance'),
      row('CH', 42, 'contributors'), // a value that came with a suppression is never used
      row('DE', 7115),
      row('NL', 49947),
      row('US', 22543),
      row('unknown', 7797),
      row('_not_broken_down', 100),
    ];
    const ranking = countryRanking(rows, { value: 100000, suppression: null }, options);
    expect(ranking.ranked.map((r) => [r.rank, r.code, r.count, r.share])).toEqual([
      [1, 'NL', 49947, 0.49947],
      [2, 'US', 22543, 0.22543],
      [3, 'DE', 7115, 0.07115],
    ]);
    expect(ranking.residual.map((r) => [r.code, r.name, r.rank, r.count])).toEqual([
      ['unknown', 'Unknown hosting country', null, 7797],
      ['_not_broken_down', 'Not broken down by country', null, 100],
    ]);
    expect(ranking.withheld.map((r) => [r.code, r.rank, r.count, r.share, r.gap])).toEqual([
      ['BG', null, null, null, 'dominance'],
      ['CH', null, null, null, 'contributors'],
    ]);
    expect(rankingRows(ranking).map((r) => r.code)).toEqual([
      'NL',
      'US',
      'DE',
      'unknown',
      '_not_broken_down',
      'BG',
      'CH',
    ]);
  });

  it('gives tied countries the same rank and orders them by name', () => {
    const ranking = countryRanking(
      [row('US', 10), row('FR', 20), row('DE', 20), row('NL', 5)],
      null,
      options,
    );
    expect(ranking.ranked.map((r) => [r.rank, r.code])).toEqual([
      [1, 'FR'],
      [1, 'DE'],
      [3, 'US'],
      [4, 'NL'],
    ]);
  });

  it('orders names as the reader’s language sorts them', () => {
    const names: Record<string, string> = { AT: 'Österreich', NL: 'Niederlande', PL: 'Polen' };
    const ranking = countryRanking(
      [row('PL', null, 'contributors'), row('AT', null, 'contributors'), row('NL', null, 'x')],
      null,
      { name: (code) => names[code]!, locale: 'de' },
    );
    expect(ranking.withheld.map((r) => r.code)).toEqual(['NL', 'AT', 'PL']);
  });

  it('ranks no country when every figure is withheld, and lists each with its reason', () => {
    const ranking = countryRanking(
      [row('NL', null, 'contributors'), row('DE', null, 'secondary')],
      { value: 500, suppression: null },
      options,
    );
    expect(ranking.ranked).toEqual([]);
    expect(ranking.withheld.map((r) => [r.code, r.gap])).toEqual([
      ['DE', 'secondary'],
      ['NL', 'contributors'],
    ]);
    expect(toCsv(rankingTable(ranking, labels))).toBe(
      'hosting_country,count,suppression\n' + 'DE,,secondary\n' + 'NL,,contributors\n',
    );
  });

  it('ranks one country on its own', () => {
    const ranking = countryRanking([row('NL', 3)], { value: 3, suppression: null }, options);
    expect(ranking.ranked).toEqual([
      { code: 'NL', name: 'Netherlands', rank: 1, count: 3, share: 1, gap: null },
    ]);
    expect(chartBars(ranking)).toHaveLength(1);
  });

  it('gives no share when the total is withheld or missing, and says why', () => {
    const withheld = countryRanking(
      [row('NL', 30)],
      { value: null, suppression: 'dominance' },
      options,
    );
    expect(withheld.ranked[0]!.share).toBeNull();
    expect([withheld.total, withheld.totalGap]).toEqual([null, 'dominance']);

    const missing = countryRanking([row('NL', 30)], null, options);
    expect([missing.total, missing.totalGap]).toEqual([null, 'not_published']);
  });

  it('keeps huge counts exact and their shares finite', () => {
    const big = 2 ** 53 - 1;
    const ranking = countryRanking(
      [row('US', big), row('NL', 9_000_000_000_000)],
      { value: big, suppression: null },
      options,
    );
    expect(ranking.ranked.map((r) => [r.code, r.count, r.share])).toEqual([
      ['US', big, 1],
      ['NL', 9_000_000_000_000, 9_000_000_000_000 / big],
    ]);
    expect(toCsv(rankingTable(ranking, labels))).toContain(`\nUS,${big},\n`);
  });
});

describe('rankingTable', () => {
  it('holds every breakdown value once, codes as keys, names as labels, gaps with reasons', () => {
    const rows = [row('US', 2), row('unknown', 1), row('NL', 5), row('BG', null, 'dominance')];
    const table = rankingTable(
      countryRanking(rows, { value: 8, suppression: null }, options),
      labels,
    );
    expect(table.keyId).toBe('hosting_country');
    expect(table.keyKind).toBe('category');
    expect(table.rows.map((r) => r.key).sort()).toEqual(rows.map((r) => r.value).sort());
    expect(table.keyLabels).toMatchObject({
      NL: 'Netherlands',
      unknown: 'Unknown hosting country',
    });
    expect(toCsv(table)).toBe(
      'hosting_country,count,suppression\n' +
        'NL,5,\n' +
        'US,2,\n' +
        'unknown,1,\n' +
        'BG,,dominance\n',
    );
  });
});

describe('chartBars', () => {
  it('draws the largest published countries only, never residuals or withheld ones', () => {
    const rows = [
      ...Array.from({ length: 25 }, (_, i) => row(`C${String(i).padStart(2, '0')}`, 100 + i)),
      row('unknown', 10_000),
      row('BG', null, 'dominance'),
    ];
    const bars = chartBars(countryRanking(rows, null, options));
    expect(bars).toHaveLength(20);
    expect(bars[0]!.code).toBe('C24');
    expect(bars.at(-1)!.code).toBe('C05');
    expect(bars.some((bar) => bar.code === 'unknown' || bar.count === null)).toBe(false);
  });
});

import { en } from '../i18n/en';
import { de } from '../i18n/de';
import { es } from '../i18n/es';
import { fr } from '../i18n/fr';
import { countryRanking, type BreakdownRow, type PeriodTotal } from './country-ranking';
import { rankingSummary, type SummaryKey, type SummaryWords } from './ranking-summary';

const NAMES: Record<string, string> = {
  NL: 'Netherlands',
  US: 'United States',
  DE: 'Germany',
  FR: 'France',
  BG: 'Bulgaria',
  unknown: 'Unknown hosting country',
  _not_broken_down: 'Not broken down by country',
};
const interpolate = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    if (!(key in values)) throw new Error(`No value for {{${key}}} in “${template}”`);
    return values[key]!;
  });
const english = new Intl.NumberFormat('en');
const words: SummaryWords = {
  text: (key, values) => interpolate(en.summary[key], values),
  count: (value) => english.format(value),
  share: (value) => `${(value * 100).toFixed(1)}%`,
  list: (items) => new Intl.ListFormat('en').format(items),
  gap: (reason) => `Withheld (${reason})`,
};
const summary = (rows: BreakdownRow[], total: PeriodTotal | null) =>
  rankingSummary(
    countryRanking(rows, total, { name: (code) => NAMES[code] ?? code, locale: 'en' }),
    'Q3 2026',
    words,
  );
const row = (value: string, count: number | null, suppression: string | null = null) => ({
  value,
  count,
  suppression,
});

describe('rankingSummary', () => {
  it('says who leads with its share, who follows, and what is withheld', () => {
    expect(
      summary(
        [
          row('NL', 500),
          row('US', 250),
          row('DE', 100),
          row('FR', 50),
          row('BG', null, 'dominance'),
          row('unknown', 100),
        ],
        { value: 1000, suppression: null },
      ),
    ).toBe(
      'Ranked first: Netherlands, with 500, 50.0% of the total of 1,000 for Q3 2026. ' +
        'Next: United States (250) and Germany (100). ' +
        'Countries with a published figure: 4. Countries withheld: 1. ' +
        'Unknown hosting country: 100.',
    );
  });

  it('gives no share, and says why, when the total is withheld', () => {
    expect(summary([row('NL', 5)], { value: null, suppression: 'dominance' })).toBe(
      'Ranked first: Netherlands, with 5 for Q3 2026. ' +
        'Countries with a published figure: 1. Countries withheld: 0. ' +
        'The total for the period is withheld, so no share is given. Withheld (dominance).',
    );
  });

  it('says there is no ranking when every country is withheld', () => {
    expect(summary([row('NL', null, 'contributors'), row('US', null, 'secondary')], null)).toBe(
      'No country has a published figure for Q3 2026. Countries withheld: 2.',
    );
  });

  it('says there is no ranking for an empty breakdown', () => {
    expect(summary([], null)).toBe(
      'No country has a published figure for Q3 2026. Countries withheld: 0.',
    );
  });

  it('has every summary sentence in every language, with the same placeholders', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en.summary) as SummaryKey[])
      for (const language of [fr, de, es])
        expect(placeholders(language.summary[key])).toEqual(placeholders(en.summary[key]));
  });
});

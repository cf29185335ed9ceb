import i18next from 'i18next';
import { formatChangeSize } from '@candor/charts';
import { formatPercentChange, formatNumber, LANGUAGES, type Language } from '@candor/web-i18n';
import { publicTranslations } from '../i18n';
import { flagSentences, type FlagWords } from './flag-sentences';
import type { LevelShiftView, SpikeView } from './flag-view';

const SPIKE: SpikeView = {
  kind: 'spike',
  metric: 'hotline.reports.csam',
  scope: 'network',
  period: '2025-03',
  breakInSeries: false,
  observed: 25233,
  expected: 19249.07,
  upper: 21761,
  increase: 0.3109,
  knownShare: 0.99,
  next: { period: '2025-04', status: 'returned' },
};

const SHIFT: LevelShiftView = {
  kind: 'level_shift',
  metric: 'hotline.reports.csam',
  scope: 'network',
  period: '2025-12',
  breakInSeries: false,
  moved: 'up',
  before: 20813.27,
  after: 23053.1,
  change: 0.1076,
};

function wordsIn(language: Language): FlagWords {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: language,
    resources: Object.fromEntries(
      LANGUAGES.map((lng) => [lng, { public: publicTranslations[lng] }]),
    ),
    ns: ['public'],
    defaultNS: 'public',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const share = new Intl.NumberFormat(language, { style: 'percent' });
  return {
    t: (key, values) => i18n.t(`flag.${key}`, values),
    number: (value) => formatNumber(value, language),
    change: (ratio) => formatPercentChange(ratio, language),
    size: (ratio) => formatChangeSize(ratio, language),
    share: (ratio) => share.format(ratio),
    period: (code) => `[${code}]`,
    per: (granularity) => i18n.t(`per.${granularity}`),
  };
}

describe('flagSentences', () => {
  it('explains a spike from its numbers', () => {
    expect(flagSentences(SPIKE, 'month', wordsIn('en'))).toBe(
      'In [2025-03] the figure was 25,233, where about 19,249 was expected (the normal range goes up to 21,761). ' +
        'That is 31% above the expected level. 99% of the increase is re-shared known content. ' +
        'In [2025-04] it returned to the expected level.',
    );
  });

  it('says where a level went, from before to after', () => {
    expect(flagSentences(SHIFT, 'month', wordsIn('en'))).toBe(
      'From [2025-12], the level rose to about 23,053 a month, from about 20,813 before. A change of +11%.',
    );
    expect(
      flagSentences(
        { ...SHIFT, moved: 'down', before: 30, after: 20, change: null },
        'quarter',
        wordsIn('en'),
      ),
    ).toBe('From [2025-12], the level fell to about 20 a quarter, from about 30 before.');
  });

  it('notes a break in the series and leaves out what is unknown', () => {
    expect(
      flagSentences(
        { ...SPIKE, increase: null, knownShare: null, next: null, breakInSeries: true },
        'year',
        wordsIn('en'),
      ),
    ).toBe(
      'In [2025-03] the figure was 25,233, where about 19,249 was expected (the normal range goes up to 21,761). ' +
        'A new organization started contributing in this period: this is a break in the series, not a finding.',
    );
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'is written in %s, with every placeholder filled',
    (language) => {
      const words = wordsIn(language);
      for (const flag of [SPIKE, SHIFT, { ...SHIFT, moved: 'down' as const }]) {
        const text = flagSentences({ ...flag, breakInSeries: true }, 'month', words);
        expect(text).not.toMatch(/\{\{|flag\.|the figure|level rose|level fell|expected level/);
        expect(text).toContain('[2025-');
      }
    },
  );
});

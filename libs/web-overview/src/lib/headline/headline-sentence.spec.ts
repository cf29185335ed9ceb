import i18next from 'i18next';
import { chartsTranslations, formatChangeSize, formatPoints, formatValue } from '@candor/charts';
import { LANGUAGES, type Language } from '@candor/web-i18n';
import { overviewTranslations } from '../i18n';
import type { HeadlineFigure } from './headline-figures';
import { changePhrase, headlineSentence, type SentenceWords } from './headline-sentence';

// Intl uses narrow no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function wordsIn(language: Language): SentenceWords {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: language,
    resources: Object.fromEntries(
      LANGUAGES.map((lng) => [
        lng,
        { overview: overviewTranslations[lng], charts: chartsTranslations[lng] },
      ]),
    ),
    ns: ['overview', 'charts'],
    defaultNS: 'overview',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return {
    t: (key, values) => i18n.t(key, values ?? {}),
    value: (value, kind) => formatValue(value, kind, language),
    period: (code) => `<${code}>`,
    gap: (reason) => i18n.t(`reason.${reason}`, { ns: 'charts' }),
    changeSize: (ratio) => formatChangeSize(ratio, language),
    points: (difference) => formatPoints(difference, language),
  };
}

const REPORTS: HeadlineFigure = {
  id: 'reports',
  kind: 'count',
  period: '2026-Q3',
  current: { value: 76_308, gap: null },
  previous: { period: '2026-Q2', cell: { value: 75_513, gap: null }, change: 0.0105 },
  yearAgo: { period: '2025-Q3', cell: { value: 70_463, gap: null }, change: 0.083 },
  points: [],
};

const KNOWN: HeadlineFigure = {
  id: 'knownShare',
  kind: 'share',
  period: '2026-09',
  current: { value: 0.609, gap: null },
  previous: { period: '2026-08', cell: { value: 0.5877, gap: null }, change: 0.0213 },
  yearAgo: { period: '2025-09', cell: { value: 0.64, gap: null }, change: -0.031 },
  points: [],
};

describe('headlineSentence', () => {
  const en = wordsIn('en');

  it('states a count with its change on the previous period and a year earlier', () => {
    expect(headlineSentence(REPORTS, en)).toBe(
      'Hotlines received 76,308 reports in <2026-Q3>, up 1.1% on the previous period (<2026-Q2>) and up 8.3% on the same period a year earlier (<2025-Q3>).',
    );
  });

  it('states a share with its change in percentage points, falls included', () => {
    expect(headlineSentence(KNOWN, en)).toBe(
      '60.9% of the files reported in <2026-09> were content already known, up 2.1 percentage points on the previous period (<2026-08>) and down 3.1 percentage points on the same period a year earlier (<2025-09>).',
    );
  });

  it('states hours with their unit', () => {
    const median: HeadlineFigure = {
      ...REPORTS,
      id: 'medianTakedown',
      kind: 'hours',
      current: { value: 36.36, gap: null },
      previous: { ...REPORTS.previous!, change: -0.2 },
      yearAgo: null,
    };
    expect(headlineSentence(median, en)).toBe(
      'Half of the URLs hotlines notified in <2026-Q3> were removed within 36.4 hours, down 20% on the previous period (<2026-Q2>).',
    );
  });

  it('leaves out a comparison without a change, and says "unchanged" below a tenth', () => {
    expect(
      headlineSentence(
        {
          ...REPORTS,
          previous: { ...REPORTS.previous!, change: null },
          yearAgo: { ...REPORTS.yearAgo!, change: 0.0004 },
        },
        en,
      ),
    ).toBe(
      'Hotlines received 76,308 reports in <2026-Q3>, unchanged on the same period a year earlier (<2025-Q3>).',
    );
    expect(headlineSentence({ ...REPORTS, previous: null, yearAgo: null }, en)).toBe(
      'Hotlines received 76,308 reports in <2026-Q3>.',
    );
  });

  it('says why a figure is withheld instead of stating it', () => {
    expect(headlineSentence({ ...REPORTS, current: { value: null, gap: 'dominance' } }, en)).toBe(
      'No figure for <2026-Q3>. Withheld: one organization makes up most of the figure.',
    );
    expect(
      headlineSentence(
        { ...REPORTS, id: 'actioned', current: { value: null, gap: 'not_published' } },
        en,
      ),
    ).toBe('No figure for <2026-Q3>. Not published in this release.');
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'is written in %s with every placeholder filled and no English left',
    (language) => {
      const words = wordsIn(language);
      const ids = [
        'reports',
        'csam',
        'actioned',
        'knownShare',
        'medianTakedown',
        'removedWithin3Days',
      ] as const;
      for (const id of ids) {
        const kind =
          id === 'knownShare' || id === 'removedWithin3Days'
            ? 'share'
            : id === 'medianTakedown'
              ? 'hours'
              : 'count';
        for (const figure of [
          { ...REPORTS, id, kind } as HeadlineFigure,
          { ...REPORTS, id, kind, previous: null } as HeadlineFigure,
          { ...REPORTS, id, kind, current: { value: null, gap: 'contributors' } } as HeadlineFigure,
        ]) {
          const text = plain(headlineSentence(figure, words));
          expect(text).not.toMatch(/\{\{|figure\.|compare\.|change\.|reason\./);
          expect(text).not.toMatch(
            /\b(the|reports|received|previous|period|withheld|hours|up|down)\b/i,
          );
          expect(text).toContain('<2026-Q3>');
        }
      }
    },
  );
});

describe('changePhrase', () => {
  const en = wordsIn('en');
  it.each<[string, HeadlineFigure['kind'], number | null, string | null]>([
    ['no change', 'count', null, null],
    ['a rise', 'count', 0.25, 'up 25%'],
    ['a fall', 'hours', -0.034, 'down 3.4%'],
    ['a tiny change', 'count', 0.00049, 'unchanged'],
    ['a share rising', 'share', 0.021, 'up 2.1 percentage points'],
    ['a share falling', 'share', -0.5, 'down 50.0 percentage points'],
  ])('words %s', (_name, kind, change, expected) => {
    const comparison =
      change === null ? null : { period: 'p', cell: { value: 1, gap: null }, change };
    expect(changePhrase(kind, comparison, en)).toBe(expected);
  });
});

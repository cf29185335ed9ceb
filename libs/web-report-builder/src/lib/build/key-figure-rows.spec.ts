import { toKeyFigureRows, toTrendRows } from './key-figure-rows';

describe('toKeyFigureRows', () => {
  it('reads values, withheld figures and changes', () => {
    const content = {
      keyFigures: [
        {
          id: 'reports',
          metric: 'hotline.reports.received',
          kind: 'count',
          period: '2026-Q2',
          value: 1200,
          withheld: null,
          change: 0.2,
          changeKind: 'relative',
          changeWithheld: null,
        },
        {
          id: 'knownShare',
          metric: 'content.files.reported',
          kind: 'share',
          period: '2026-Q2',
          value: null,
          withheld: 'dominance',
          change: null,
          changeKind: 'difference',
          changeWithheld: 'current_withheld',
        },
        {
          id: 'newFigure',
          metric: 'hotline.urls.csam',
          kind: 'odd',
          period: '2026-Q2',
          value: 5,
          withheld: null,
          change: -0.01,
          changeKind: 'difference',
          changeWithheld: 'made_up',
        },
      ],
    };
    expect(toKeyFigureRows(content)).toEqual([
      {
        id: 'reports',
        rawId: 'reports',
        metric: 'hotline.reports.received',
        kind: 'count',
        period: '2026-Q2',
        shown: { value: 1200 },
        change: { value: 0.2, kind: 'relative' },
      },
      {
        id: 'knownShare',
        rawId: 'knownShare',
        metric: 'content.files.reported',
        kind: 'share',
        period: '2026-Q2',
        shown: { withheld: 'dominance' },
        change: { withheld: 'current_withheld' },
      },
      {
        id: null,
        rawId: 'newFigure',
        metric: 'hotline.urls.csam',
        kind: 'count',
        period: '2026-Q2',
        shown: { value: 5 },
        change: { value: -0.01, kind: 'difference' },
      },
    ]);
  });

  it('names companies’ takedown figures apart from the hotlines’ ones', () => {
    const figure = (id: string, metric: string) => ({
      id,
      metric,
      kind: 'hours',
      period: '2026-Q1',
      value: 12,
      withheld: null,
    });
    const rows = toKeyFigureRows({
      keyFigures: [
        figure('medianTakedown', 'company.takedown'),
        figure('medianTakedown', 'hotline.takedown'),
        figure('cybertipline', 'company.reports.cybertipline'),
      ],
    });
    expect(rows.map((r) => r.id)).toEqual([
      'medianTakedownCompanies',
      'medianTakedown',
      'cybertipline',
    ]);
  });

  it('never shows a value marked withheld', () => {
    const [row] = toKeyFigureRows({
      keyFigures: [{ id: 'csam', value: 3, withheld: 'small_count', change: null }],
    });
    expect(row!.shown).toEqual({ withheld: 'small_count' });
    expect(row!.change).toEqual({ withheld: 'other' });
  });

  it.each([null, 'text', {}, { keyFigures: 'no' }])('reads %p as no figures', (content) => {
    expect(toKeyFigureRows(content)).toEqual([]);
  });
});

describe('toTrendRows', () => {
  it('counts periods and withheld ones, and gives the latest published value', () => {
    expect(
      toTrendRows({
        trends: [
          {
            metric: 'hotline.reports.received',
            label: 'Reports received',
            points: [
              { period: '2026-Q1', value: 10, withheld: null },
              { period: '2026-Q2', value: 12, withheld: null },
              { period: '2026-Q3', value: null, withheld: 'contributors' },
            ],
          },
          { metric: 'x', label: 'X', points: [] },
        ],
      }),
    ).toEqual([
      {
        metric: 'hotline.reports.received',
        label: 'Reports received',
        periods: 3,
        withheld: 1,
        latest: { period: '2026-Q2', value: 12 },
      },
      { metric: 'x', label: 'X', periods: 0, withheld: 0, latest: null },
    ]);
  });
});

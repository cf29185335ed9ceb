import { annotationMarks, flagMarks, trendMarks, type Annotation } from './trend-marks';

// Flag data as the demo's `series(...).flags` gives it.
const SPIKE = {
  kind: 'spike',
  next: { period: '2025-04', status: 'returned', periodLabel: 'April 2025' },
  text: 'March 2025: 25,233 reports, about 31 % above the expected ~19,200 …',
  upper: 21761,
  period: '2025-03',
  expected: 19249.0663806908,
  observed: 25233,
  annotations: [],
  increasePct: 31.086877155308816,
  periodLabel: 'March 2025',
  breakInSeries: false,
  knownShareOfIncrease: 0.9909304378702242,
};
const SHIFT = {
  kind: 'level_shift',
  text: 'From March 2025, files rose to a new level …',
  after: 84600,
  before: 65900,
  period: '2025-03',
  changePct: 28.4,
  direction: 'up',
  annotations: [],
  breakInSeries: false,
};
const CONTEXT = { metric: 'content.files.known', scope: 'network' };
const MONTHS = ['2025-02', '2025-03', '2025-04'];

describe('flagMarks', () => {
  it('reads the spikes and level shifts of the shown periods', () => {
    const marks = flagMarks(
      [
        { period: '2025-02', flags: [] },
        { period: '2025-03', flags: [SPIKE, SHIFT] },
      ],
      CONTEXT,
      MONTHS,
    );
    expect(marks.map((mark) => [mark.kind, mark.id, mark.period])).toEqual([
      ['spike', 'spike-2025-03', '2025-03'],
      ['level_shift', 'level_shift-2025-03', '2025-03'],
    ]);
    expect(marks[0]?.flag).toMatchObject({
      kind: 'spike',
      metric: 'content.files.known',
      observed: 25233,
      knownShare: SPIKE.knownShareOfIncrease,
      next: { period: '2025-04', status: 'returned' },
    });
    expect(marks[1]?.flag).toMatchObject({ kind: 'level_shift', moved: 'up', after: 84600 });
  });

  it('leaves out periods outside the range, unknown kinds and malformed flags', () => {
    expect(
      flagMarks(
        [
          { period: '2025-01', flags: [SPIKE] },
          {
            period: '2025-03',
            flags: [{ kind: 'takedown' }, { ...SPIKE, observed: 'many' }, 'x', null],
          },
        ],
        CONTEXT,
        MONTHS,
      ),
    ).toEqual([]);
  });

  it('is empty without points', () => {
    expect(flagMarks([], CONTEXT, MONTHS)).toEqual([]);
  });
});

describe('annotationMarks', () => {
  const note = (id: string, period: string): Annotation => ({
    id,
    metric: null,
    period,
    text: `Note ${id}`,
  });

  it('places notes at the chart period they start in, and says when they span several', () => {
    const marks = annotationMarks(
      [note('a', '2025-03'), note('b', '2025'), note('c', '2024-Q4'), note('d', 'bad')],
      'quarter',
      ['2025-Q1', '2025-Q2'],
    );
    expect(marks.map((mark) => [mark.id, mark.period, mark.spans])).toEqual([
      ['annotation-a', '2025-Q1', false],
      ['annotation-b', '2025-Q1', true],
    ]);
    expect(marks[0]?.annotation.text).toBe('Note a');
  });
});

describe('trendMarks', () => {
  it('orders marks by period, then spike, level shift and note', () => {
    const flags = flagMarks([{ period: '2025-03', flags: [SHIFT, SPIKE] }], CONTEXT, MONTHS);
    const notes = annotationMarks(
      [
        { id: 'n1', metric: null, period: '2025-03', text: 'x' },
        { id: 'n2', metric: null, period: '2025-02', text: 'y' },
      ],
      'month',
      MONTHS,
    );
    expect(trendMarks(flags, notes, MONTHS).map((mark) => mark.id)).toEqual([
      'annotation-n2',
      'spike-2025-03',
      'level_shift-2025-03',
      'annotation-n1',
    ]);
  });

  it('is empty for no marks', () => {
    expect(trendMarks([], [], MONTHS)).toEqual([]);
  });
});

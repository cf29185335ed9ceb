import {
  GRAINS,
  comparePeriods,
  hasEnded,
  nextPeriod,
  parsePeriod,
  periodRange,
  periodsOverlap,
  previousPeriod,
  rollUp,
  toPeriod,
} from './periods';

describe('parsePeriod', () => {
  it.each([
    [
      '2026-03',
      {
        code: '2026-03',
        grain: 'month',
        year: 2026,
        index: 3,
        start: '2026-03-01',
        end: '2026-04-01',
        months: ['2026-03'],
      },
    ],
    [
      '2026-12',
      {
        code: '2026-12',
        grain: 'month',
        year: 2026,
        index: 12,
        start: '2026-12-01',
        end: '2027-01-01',
        months: ['2026-12'],
      },
    ],
    [
      '2026-Q1',
      {
        code: '2026-Q1',
        grain: 'quarter',
        year: 2026,
        index: 1,
        start: '2026-01-01',
        end: '2026-04-01',
        months: ['2026-01', '2026-02', '2026-03'],
      },
    ],
    [
      '2026-Q4',
      {
        code: '2026-Q4',
        grain: 'quarter',
        year: 2026,
        index: 4,
        start: '2026-10-01',
        end: '2027-01-01',
        months: ['2026-10', '2026-11', '2026-12'],
      },
    ],
    [
      '2026-H2',
      {
        code: '2026-H2',
        grain: 'half',
        year: 2026,
        index: 2,
        start: '2026-07-01',
        end: '2027-01-01',
        months: ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'],
      },
    ],
    [
      '2026-H1',
      {
        code: '2026-H1',
        grain: 'half',
        year: 2026,
        index: 1,
        start: '2026-01-01',
        end: '2026-07-01',
        months: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'],
      },
    ],
  ])('parses %s', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it('parses a year into its twelve months', () => {
    const year = parsePeriod('2026');
    expect(year).toMatchObject({
      code: '2026',
      grain: 'year',
      year: 2026,
      index: 1,
      start: '2026-01-01',
      end: '2027-01-01',
    });
    expect(year?.months).toHaveLength(12);
    expect(year?.months[0]).toBe('2026-01');
    expect(year?.months[11]).toBe('2026-12');
  });

  it.each(['1990', '1990-01', '2999', '2999-12', '2999-Q4'])(
    'accepts the edge year in %s',
    (text) => {
      expect(parsePeriod(text)?.code).toBe(text);
    },
  );

  it('ends the last period of 2999 on the first day of 3000', () => {
    expect(parsePeriod('2999-12')?.end).toBe('3000-01-01');
  });

  it.each([
    ['month 13', '2026-13'],
    ['month 00', '2026-00'],
    ['quarter 5', '2026-Q5'],
    ['quarter 0', '2026-Q0'],
    ['half 3', '2026-H3'],
    ['one-digit month', '2026-3'],
    ['three-digit month', '2026-003'],
    ['leading space', ' 2026-03'],
    ['trailing space', '2026-03 '],
    ['trailing newline', '2026-03\n'],
    ['lower-case quarter', '2026-q1'],
    ['lower-case half', '2026-h1'],
    ['year before 1990', '1989'],
    ['month before 1990', '1989-12'],
    ['year after 2999', '3000'],
    ['quarter after 2999', '3000-Q1'],
    ['two-digit year', '26-03'],
    ['five-digit year', '20260'],
    ['slash', '2026/03'],
    ['day given', '2026-03-01'],
    ['empty', ''],
    ['week', '2026-W10'],
    ['non-ASCII digits', '２０２６'],
  ])('rejects %s (%j)', (_label, text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it('rejects a value that is not a string without throwing', () => {
    expect(parsePeriod(202603 as unknown as string)).toBeUndefined();
  });
});

describe('toPeriod', () => {
  it('throws a RangeError for an invalid code', () => {
    expect(() => toPeriod('2026-13')).toThrow(RangeError);
  });
});

describe('hasEnded', () => {
  it.each([
    ['2026-03', '2026-03-31T23:59:59.999Z', false],
    ['2026-03', '2026-04-01T00:00:00.000Z', true],
    ['2026-Q1', '2026-03-15T00:00:00Z', false],
    ['2026-Q1', '2026-04-01T00:00:00Z', true],
    ['2026-H2', '2026-12-31T23:59:59Z', false],
    ['2026', '2027-01-01T00:00:00Z', true],
    ['2026', '2026-06-01T00:00:00Z', false],
    ['2025-12', '2026-01-01T00:00:00Z', true],
  ])('%s at %s → %s', (period, now, expected) => {
    expect(hasEnded(period, new Date(now))).toBe(expected);
  });

  it('is measured in UTC, not local time', () => {
    // 2026-04-01T01:00 in UTC+2 is still March 31 in UTC.
    expect(hasEnded('2026-03', new Date('2026-04-01T01:00:00+02:00'))).toBe(false);
  });

  it('accepts a parsed period', () => {
    expect(hasEnded(parsePeriod('2026-03')!, new Date('2026-05-01T00:00:00Z'))).toBe(true);
  });
});

describe('periodsOverlap', () => {
  it.each([
    ['2026-Q1', '2026-02', true],
    ['2026-02', '2026-Q1', true],
    ['2026-Q1', '2026-04', false],
    ['2026-Q1', '2026-H1', true],
    ['2026-Q3', '2026-H1', false],
    ['2026', '2026-12', true],
    ['2026', '2027-01', false],
    ['2025-12', '2026', false],
    ['2026-03', '2026-03', true],
    ['2026-Q2', '2026-Q3', false],
  ])('%s and %s → %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
  });
});

describe('rollUp', () => {
  it.each([
    ['2026-01', 'quarter', '2026-Q1'],
    ['2026-03', 'quarter', '2026-Q1'],
    ['2026-04', 'quarter', '2026-Q2'],
    ['2026-12', 'quarter', '2026-Q4'],
    ['2026-06', 'half', '2026-H1'],
    ['2026-07', 'half', '2026-H2'],
    ['2026-11', 'year', '2026'],
    ['2026-Q2', 'half', '2026-H1'],
    ['2026-Q3', 'half', '2026-H2'],
    ['2026-Q4', 'year', '2026'],
    ['2026-H2', 'year', '2026'],
    ['2026-05', 'month', '2026-05'],
    ['2026-Q2', 'quarter', '2026-Q2'],
    ['2026', 'year', '2026'],
  ] as const)('%s into %s → %s', (period, grain, expected) => {
    expect(rollUp(period, grain)).toBe(expected);
  });

  it.each([
    ['2026-Q1', 'month'],
    ['2026-H1', 'quarter'],
    ['2026-H1', 'month'],
    ['2026', 'half'],
    ['2026', 'month'],
  ] as const)('never makes a finer grain: %s into %s throws', (period, grain) => {
    expect(() => rollUp(period, grain)).toThrow(RangeError);
  });

  it('throws on an unknown grain or an invalid period', () => {
    expect(() => rollUp('2026-01', 'week' as never)).toThrow(RangeError);
    expect(() => rollUp('2026-1', 'year')).toThrow(RangeError);
  });
});

describe('previousPeriod and nextPeriod', () => {
  it.each([
    ['2026-03', '2026-02'],
    ['2026-01', '2025-12'],
    ['2026-Q1', '2025-Q4'],
    ['2026-Q3', '2026-Q2'],
    ['2026-H1', '2025-H2'],
    ['2026-H2', '2026-H1'],
    ['2026', '2025'],
  ])('previous of %s is %s', (period, expected) => {
    expect(previousPeriod(period)).toBe(expected);
    expect(nextPeriod(expected)).toBe(period);
  });

  it('throws outside 1990..2999', () => {
    expect(() => previousPeriod('1990-01')).toThrow(RangeError);
    expect(() => nextPeriod('2999')).toThrow(RangeError);
  });
});

describe('comparePeriods', () => {
  it('orders by start, then by grain length', () => {
    const sorted = ['2026', '2026-Q2', '2026-02', '2026-H1', '2026-01', '2026-Q1', '2025-12'].sort(
      comparePeriods,
    );
    expect(sorted).toEqual([
      '2025-12',
      '2026-01',
      '2026-Q1',
      '2026-H1',
      '2026',
      '2026-02',
      '2026-Q2',
    ]);
  });

  it('returns 0 for the same period and a sign otherwise', () => {
    expect(comparePeriods('2026-Q1', '2026-Q1')).toBe(0);
    expect(comparePeriods('2026-01', '2026-Q1')).toBeLessThan(0);
    expect(comparePeriods('2026-Q2', '2026-03')).toBeGreaterThan(0);
  });
});

describe('periodRange', () => {
  it.each([
    ['2025-11', '2026-02', 'month', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2026-02', '2026-04', 'quarter', ['2026-Q1', '2026-Q2']],
    ['2025-Q4', '2026-Q1', 'quarter', ['2025-Q4', '2026-Q1']],
    ['2025-H2', '2026', 'half', ['2025-H2', '2026-H1', '2026-H2']],
    ['2024', '2026', 'year', ['2024', '2025', '2026']],
    ['2026-03', '2026-03', 'month', ['2026-03']],
    ['2026-03', '2026-02', 'month', []],
    ['2026-Q1', '2026-Q1', 'month', ['2026-01', '2026-02', '2026-03']],
  ] as const)('%s to %s by %s', (from, to, grain, expected) => {
    expect(periodRange(from, to, grain)).toEqual(expected);
  });

  it('counts the 12 months of a year', () => {
    expect(periodRange('2026', '2026', 'month')).toHaveLength(12);
  });
});

describe('GRAINS', () => {
  it('orders grains from the finest to the coarsest', () => {
    expect(GRAINS).toEqual(['month', 'quarter', 'half', 'year']);
  });
});

import { edit } from './form-edit';
import { CONTENT, HOSTING, METRICS } from './form.fixtures';
import { EMPTY_FORM, fieldIssues, toFigureList, type FormState, type Issue } from './form-state';

const issue = (row: number | null, code = 'NEGATIVE_VALUE'): Issue => ({
  row,
  column: 'value',
  code,
  message: code,
  period: '2026-10',
  metric: null,
});

describe('toFigureList', () => {
  it('sends nothing for an empty form', () => {
    expect(toFigureList(EMPTY_FORM, METRICS)).toEqual({
      figures: [],
      fields: [],
      missingValues: [],
    });
  });

  it('sends totals, buckets, breakdown rows and kept figures in catalogue order', () => {
    let state: FormState = edit.bucket(EMPTY_FORM, 'hotline.takedown', '[1,2)', '4');
    state = edit.bucket(state, 'hotline.takedown', '[0,1)', ' 3 ');
    state = edit.total(state, 'hotline.urls.csam', '10');
    state = edit.total(state, 'hotline.reports.received', '0');
    state = edit.addBreakdown(state, 'hotline.urls.csam', CONTENT);
    state = edit.row(state, 'hotline.urls.csam~content_type', 'image', { count: '7' });
    state = edit.row(state, 'hotline.urls.csam~content_type', 'unknown', { count: '3' });
    state = edit.addBreakdown(state, 'hotline.urls.csam', HOSTING);
    state = edit.row(state, 'hotline.urls.csam~hosting_country', 'r1', {
      value: 'NL',
      count: '10',
    });
    state = {
      ...state,
      extras: [
        {
          metric: 'hotline.urls.csam',
          value: 2,
          dimensions: [
            { dimension: 'hosting_country', value: 'NL' },
            { dimension: 'content_type', value: 'video' },
          ],
        },
      ],
    };
    const list = toFigureList(state, METRICS);
    expect(list.figures).toEqual([
      { metric: 'hotline.reports.received', value: '0' },
      { metric: 'hotline.urls.csam', value: '10' },
      {
        metric: 'hotline.urls.csam',
        dimensions: [{ dimension: 'content_type', value: 'image' }],
        value: '7',
      },
      {
        metric: 'hotline.urls.csam',
        dimensions: [{ dimension: 'content_type', value: 'unknown' }],
        value: '3',
      },
      {
        metric: 'hotline.urls.csam',
        dimensions: [{ dimension: 'hosting_country', value: 'NL' }],
        value: '10',
      },
      {
        metric: 'hotline.takedown',
        dimensions: [{ dimension: 'takedown_hours', value: '[0,1)' }],
        value: '3',
      },
      {
        metric: 'hotline.takedown',
        dimensions: [{ dimension: 'takedown_hours', value: '[1,2)' }],
        value: '4',
      },
      {
        metric: 'hotline.urls.csam',
        dimensions: [
          { dimension: 'hosting_country', value: 'NL' },
          { dimension: 'content_type', value: 'video' },
        ],
        value: 2,
      },
    ]);
    expect(list.fields).toEqual([
      'field-total-hotline.reports.received',
      'field-total-hotline.urls.csam',
      'field-row-hotline.urls.csam~content_type-image-count',
      'field-row-hotline.urls.csam~content_type-unknown-count',
      'field-row-hotline.urls.csam~hosting_country-r1-count',
      'field-bucket-hotline.takedown-[0,1)',
      'field-bucket-hotline.takedown-[1,2)',
      'field-extra-0',
    ]);
    expect(list.missingValues).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['blank', '', ''],
    ['spaces only', '   ', ''],
  ])('leaves out a %s input', (_name, count) => {
    expect(
      toFigureList(edit.total(EMPTY_FORM, 'hotline.reports.received', count), METRICS).figures,
    ).toEqual([]);
  });

  it('sends what was typed as is, for the server to judge', () => {
    const list = toFigureList(edit.total(EMPTY_FORM, 'hotline.reports.received', '-1,5'), METRICS);
    expect(list.figures).toEqual([{ metric: 'hotline.reports.received', value: '-1,5' }]);
  });

  it('holds back a breakdown row with a count but no value, and names its input', () => {
    let state = edit.addBreakdown(EMPTY_FORM, 'hotline.urls.csam', HOSTING);
    state = edit.row(state, 'hotline.urls.csam~hosting_country', 'r1', { count: '5' });
    state = edit.addRow(state, 'hotline.urls.csam~hosting_country');
    const list = toFigureList(state, METRICS);
    expect(list.figures).toEqual([]);
    expect(list.missingValues).toEqual(['field-row-hotline.urls.csam~hosting_country-r1-value']);
  });

  it('ignores figures of metrics outside the catalogue given', () => {
    const state = edit.total(EMPTY_FORM, 'company.accounts.actioned', '4');
    expect(toFigureList(state, METRICS).figures).toEqual([]);
  });
});

describe('fieldIssues', () => {
  const fields = ['field-total-a', 'field-total-b', 'field-bucket-c-x'];

  it('has nothing without a report', () => {
    const result = fieldIssues(null, fields);
    expect([result.byField.size, result.general]).toEqual([0, { errors: [], warnings: [] }]);
  });

  it.each<[string, Issue[], Issue[], Record<string, [string[], string[]]>, [string[], string[]]]>([
    ['an error at row 1', [issue(1)], [], { 'field-total-a': [['NEGATIVE_VALUE'], []] }, [[], []]],
    [
      'two issues at the last row',
      [issue(3), issue(3, 'HISTOGRAM_INCOMPLETE')],
      [issue(3, 'SUDDEN_CHANGE')],
      { 'field-bucket-c-x': [['NEGATIVE_VALUE', 'HISTOGRAM_INCOMPLETE'], ['SUDDEN_CHANGE']] },
      [[], []],
    ],
    [
      'issues without a row, or outside the list',
      [issue(null, 'PERIOD_NOT_ALLOWED'), issue(0), issue(4)],
      [],
      {},
      [['PERIOD_NOT_ALLOWED', 'NEGATIVE_VALUE', 'NEGATIVE_VALUE'], []],
    ],
  ])('places %s', (_name, errors, warnings, expected, general) => {
    const result = fieldIssues({ errors, warnings }, fields);
    const byField = Object.fromEntries(
      [...result.byField].map(([field, found]) => [
        field,
        [found.errors.map((i) => i.code), found.warnings.map((i) => i.code)],
      ]),
    );
    expect(byField).toEqual(expected);
    expect([
      result.general.errors.map((i) => i.code),
      result.general.warnings.map((i) => i.code),
    ]).toEqual(general);
  });
});

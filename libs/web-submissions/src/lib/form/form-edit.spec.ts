import { edit, fromFigures, newBreakdown } from './form-edit';
import { CONTENT, HOSTING, METRICS } from './form.fixtures';
import { EMPTY_FORM, toFigureList, type StoredFigure } from './form-state';

const figure = (
  metric: string,
  value: number,
  dims: Record<string, string> = {},
): StoredFigure => ({
  metric,
  value,
  dimensions: Object.entries(dims).map(([dimension, v]) => ({ dimension, value: v })),
});

describe('newBreakdown', () => {
  it.each([
    ['a fixed list: one row per value', CONTENT, ['image', 'video', 'unknown']],
    ['countries: one empty row', HOSTING, ['']],
  ])('starts %s', (_name, dimension, values) => {
    expect(newBreakdown('hotline.urls.csam', dimension).rows.map((r) => r.value)).toEqual(values);
  });
});

describe('fromFigures', () => {
  it('is empty for no figures', () => {
    expect(fromFigures([], METRICS)).toEqual(EMPTY_FORM);
  });

  it('places totals, buckets and one-dimension breakdowns, and keeps the rest aside', () => {
    const figures = [
      figure('hotline.reports.received', 1840),
      figure('hotline.urls.csam', 10),
      figure('hotline.urls.csam', 6, { hosting_country: 'NL' }),
      figure('hotline.urls.csam', 4, { hosting_country: 'unknown' }),
      figure('hotline.urls.csam', 9, { content_type: 'image' }),
      figure('hotline.takedown', 3, { takedown_hours: '[0,1)' }),
      figure('hotline.takedown', 2, { takedown_hours: '[1,2)', hosting_country: 'NL' }),
      figure('hotline.takedown', 5),
      figure('retired.metric', 1),
    ];
    const state = fromFigures(figures, METRICS);
    expect(state.totals).toEqual({ 'hotline.reports.received': '1840', 'hotline.urls.csam': '10' });
    expect(state.buckets).toEqual({ 'hotline.takedown': { '[0,1)': '3' } });
    expect(
      state.breakdowns.map((b) => [b.key, b.rows.map((r) => `${r.key}:${r.value}=${r.count}`)]),
    ).toEqual([
      ['hotline.urls.csam~hosting_country', ['r1:NL=6', 'r2:unknown=4']],
      ['hotline.urls.csam~content_type', ['image:image=9', 'video:video=', 'unknown:unknown=']],
    ]);
    expect(state.extras.map((f) => f.metric)).toEqual([
      'hotline.takedown',
      'hotline.takedown',
      'retired.metric',
    ]);
  });

  it('gives back the same figures when sent again unchanged', () => {
    const figures = [
      figure('hotline.reports.received', 0),
      figure('hotline.urls.csam', 9007199254740991),
      figure('hotline.urls.csam', 9007199254740991, { hosting_country: 'NL' }),
    ];
    const sent = toFigureList(fromFigures(figures, METRICS), METRICS).figures;
    expect(sent.map((f) => [f.metric, String(f.value), f.dimensions?.[0]?.value ?? ''])).toEqual([
      ['hotline.reports.received', '0', ''],
      ['hotline.urls.csam', '9007199254740991', ''],
      ['hotline.urls.csam', '9007199254740991', 'NL'],
    ]);
  });
});

describe('edit', () => {
  it('adds a breakdown once per dimension, and removes it', () => {
    const once = edit.addBreakdown(EMPTY_FORM, 'hotline.urls.csam', CONTENT);
    expect(edit.addBreakdown(once, 'hotline.urls.csam', CONTENT)).toBe(once);
    expect(edit.removeBreakdown(once, 'hotline.urls.csam~content_type').breakdowns).toEqual([]);
  });

  it('adds rows with fresh keys and removes one', () => {
    const key = 'hotline.urls.csam~hosting_country';
    let state = edit.addBreakdown(EMPTY_FORM, 'hotline.urls.csam', HOSTING);
    state = edit.addRow(edit.addRow(state, key), key);
    state = edit.removeRow(state, key, 'r2');
    state = edit.addRow(state, key);
    expect(state.breakdowns[0]?.rows.map((r) => r.key)).toEqual(['r1', 'r3', 'r4']);
  });

  it('never changes the state it was given', () => {
    const before = edit.total(EMPTY_FORM, 'a', '1');
    const frozen = JSON.stringify(before);
    edit.total(before, 'a', '2');
    edit.bucket(before, 'h', 'x', '3');
    expect(JSON.stringify(before)).toBe(frozen);
    expect(EMPTY_FORM).toEqual({ totals: {}, buckets: {}, breakdowns: [], extras: [] });
  });

  it('drops the kept figures, and clears everything', () => {
    const state = { ...edit.total(EMPTY_FORM, 'a', '1'), extras: [figure('x', 1)] };
    expect(edit.dropExtras(state).extras).toEqual([]);
    expect(edit.clear()).toEqual(EMPTY_FORM);
  });
});

import { checkAnnotation, EMPTY_DRAFT } from './annotation-draft';

describe('checkAnnotation', () => {
  it.each(['2026-03', '2026-q1', '2026-H2', '2026'])('accepts the period %s', (period) => {
    expect(checkAnnotation({ ...EMPTY_DRAFT, period, text: 'Note' }).ok).toBe(true);
  });

  it('sends trimmed text, the period in upper case, and no metric for every series', () => {
    expect(checkAnnotation({ period: ' 2026-q1 ', metric: '', text: '  New hotline.  ' })).toEqual({
      ok: true,
      variables: { period: '2026-Q1', text: 'New hotline.', metric: null },
    });
    expect(
      checkAnnotation({ period: '2026-01', metric: 'hotline.urls.csam', text: 'x' }),
    ).toMatchObject({ variables: { metric: 'hotline.urls.csam' } });
  });

  it.each([
    [
      { period: '', text: '' },
      { period: 'invalid', text: 'missing' },
    ],
    [{ period: 'March 2026', text: 'ok' }, { period: 'invalid' }],
    [{ period: '2026-13', text: 'ok' }, { period: 'invalid' }],
    [{ period: '2026-03', text: '   ' }, { text: 'missing' }],
    [{ period: '2026-03', text: 'x'.repeat(1001) }, { text: 'tooLong' }],
  ])('finds the problems of %j', (draft, problems) => {
    expect(checkAnnotation({ ...EMPTY_DRAFT, ...draft })).toEqual({ ok: false, problems });
  });

  it('accepts exactly 1,000 characters', () => {
    expect(checkAnnotation({ period: '2026', metric: '', text: 'x'.repeat(1000) }).ok).toBe(true);
  });
});

import { checkReleaseForm, EMPTY_RELEASE_FORM, type ReleaseFormState } from './release-form';

const form = (changes: Partial<ReleaseFormState>): ReleaseFormState => ({
  ...EMPTY_RELEASE_FORM,
  ...changes,
});

describe('checkReleaseForm', () => {
  it('gives the API input for a valid monthly range, without empty options', () => {
    expect(checkReleaseForm(form({ periodFrom: ' 2025-01', periodTo: '2025-03 ' }))).toEqual({
      ok: true,
      input: { granularity: 'month', periodFrom: '2025-01', periodTo: '2025-03' },
    });
  });

  it('passes the title and the rounding base', () => {
    expect(
      checkReleaseForm(
        form({
          granularity: 'quarter',
          periodFrom: '2025-q1',
          periodTo: '2025-Q2',
          title: '  First half  ',
          options: { roundingBase: '5', noiseRho: '' },
        }),
      ),
    ).toEqual({
      ok: true,
      input: {
        granularity: 'quarter',
        periodFrom: '2025-Q1',
        periodTo: '2025-Q2',
        title: 'First half',
        roundingBase: 5,
      },
    });
  });

  it('passes a noise budget written with a decimal comma', () => {
    const check = checkReleaseForm(
      form({
        periodFrom: '2025-01',
        periodTo: '2025-03',
        options: { roundingBase: '', noiseRho: ' 0,5 ' },
      }),
    );
    expect(check).toMatchObject({ ok: true, input: { noiseRho: 0.5 } });
    expect(check.ok && 'roundingBase' in check.input).toBe(false);
  });

  it.each<[Partial<ReleaseFormState>, object]>([
    [{}, { periodFrom: 'missing', periodTo: 'missing' }],
    [{ periodFrom: '2025-01', periodTo: '2025-13' }, { periodTo: 'invalid' }],
    [{ periodFrom: '2025-Q1', periodTo: '2025-02' }, { periodFrom: 'invalid' }],
    [{ granularity: 'year', periodFrom: '2025', periodTo: '2025-01' }, { periodTo: 'invalid' }],
    [{ periodFrom: '2025-04', periodTo: '2025-02' }, { periodFrom: 'order' }],
    [{ granularity: 'year', periodFrom: '2026', periodTo: '2024' }, { periodFrom: 'order' }],
  ])('finds the problems of %j', (changes, problems) => {
    expect(checkReleaseForm(form(changes))).toEqual({ ok: false, problems });
  });

  it('accepts a range of one period', () => {
    expect(checkReleaseForm(form({ periodFrom: '2025-06', periodTo: '2025-06' })).ok).toBe(true);
  });
});

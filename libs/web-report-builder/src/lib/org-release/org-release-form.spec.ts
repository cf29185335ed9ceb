import { checkOrgReleaseForm, EMPTY_ORG_RELEASE_FORM } from './org-release-form';

describe('checkOrgReleaseForm', () => {
  it('starts quarterly and empty', () => {
    expect(EMPTY_ORG_RELEASE_FORM).toEqual({
      granularity: 'quarter',
      periodFrom: '',
      periodTo: '',
    });
  });

  it.each([
    ['quarter', ' 2026-q1', '2026-Q4 ', '2026-Q1', '2026-Q4'],
    ['month', '2026-01', '2026-03', '2026-01', '2026-03'],
    ['year', '2025', '2026', '2025', '2026'],
    ['quarter', '2026-Q2', '2026-Q2', '2026-Q2', '2026-Q2'],
  ] as const)('accepts %s periods %p to %p', (granularity, from, to, periodFrom, periodTo) => {
    expect(checkOrgReleaseForm({ granularity, periodFrom: from, periodTo: to })).toEqual({
      ok: true,
      input: { granularity, periodFrom, periodTo },
    });
  });

  it('says which period is missing', () => {
    expect(checkOrgReleaseForm(EMPTY_ORG_RELEASE_FORM)).toEqual({
      ok: false,
      problems: { periodFrom: 'missing', periodTo: 'missing' },
    });
  });

  it.each([
    ['quarter', '2026-03', '2026-Q1'],
    ['quarter', '2026-Q5', '2026-Q1'],
    ['month', '2026-13', '2026-01'],
    ['month', '2026-Q1', '2026-01'],
    ['year', '2026-H1', '2026'],
    ['year', '26', '2026'],
  ] as const)('refuses a %s written %p', (granularity, periodFrom, periodTo) => {
    expect(checkOrgReleaseForm({ granularity, periodFrom, periodTo })).toEqual({
      ok: false,
      problems: { periodFrom: 'invalid' },
    });
  });

  it('refuses a first period after the last', () => {
    expect(
      checkOrgReleaseForm({ granularity: 'quarter', periodFrom: '2026-Q3', periodTo: '2026-Q1' }),
    ).toEqual({ ok: false, problems: { periodFrom: 'order' } });
  });
});

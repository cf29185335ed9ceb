import { parseScope, toBuildStep, toReleaseStatus, toSuppressionReason } from './vocabulary';

describe('release vocabulary', () => {
  it('narrows known codes and refuses others', () => {
    expect(toReleaseStatus('draft')).toBe('draft');
    expect(toReleaseStatus('archived')).toBeNull();
    expect(toReleaseStatus(null)).toBeNull();
    expect(toBuildStep('disclosure')).toBe('disclosure');
    expect(toBuildStep('')).toBeNull();
    expect(toSuppressionReason('secondary')).toBe('secondary');
    expect(toSuppressionReason('toString')).toBeNull();
  });

  it.each([
    ['network', { kind: 'network' }],
    ['companies', { kind: 'companies' }],
    ['organization:hotline-nl', { kind: 'organization', slug: 'hotline-nl' }],
    ['organization:', { kind: 'other', code: 'organization:' }],
    ['region:eu', { kind: 'other', code: 'region:eu' }],
  ])('reads the scope %s', (code, expected) => {
    expect(parseScope(code)).toEqual(expected);
  });
});

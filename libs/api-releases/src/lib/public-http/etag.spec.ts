import { createHash } from 'node:crypto';
import { ifNoneMatchMatches, strongEtag } from './etag';

describe('strongEtag', () => {
  it('is the quoted SHA-256 of the bytes', () => {
    const hex = createHash('sha256').update('abc').digest('hex');
    expect(strongEtag('abc')).toBe(`"sha256-${hex}"`);
    expect(strongEtag(Buffer.from('abc'))).toBe(strongEtag('abc'));
  });
});

describe('ifNoneMatchMatches', () => {
  const tag = '"sha256-1"';
  it.each([
    [undefined, false],
    ['', false],
    ['"sha256-2"', false],
    ['"sha256-1"', true],
    ['W/"sha256-1"', true],
    ['"a", "sha256-1"', true],
    ['*', true],
  ])('%j → %s', (header, expected) => {
    expect(ifNoneMatchMatches(header, tag)).toBe(expected);
  });
});

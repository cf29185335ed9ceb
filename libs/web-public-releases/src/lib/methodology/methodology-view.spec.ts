import { chooseRelease, groupMetrics } from './methodology-view';

const release = (id: string, status: string, publishedAt: string | null) => ({
  id,
  status,
  publishedAt,
});

const releases = [
  release('withdrawn-newest', 'withdrawn', '2026-11-03T00:00:00Z'),
  release('month-2', 'published', '2026-11-02T00:00:00Z'),
  release('year-1', 'published', '2026-10-01T00:00:00Z'),
];

describe('chooseRelease', () => {
  it('follows the latest published release by default, never a withdrawn one', () => {
    expect(chooseRelease(releases, null)).toEqual({
      release: releases[1],
      pinned: false,
      missing: false,
    });
  });

  it('does not trust the order it is given', () => {
    expect(chooseRelease([...releases].reverse(), null).release?.id).toBe('month-2');
  });

  it('follows a release pinned in the URL, withdrawn ones included', () => {
    expect(chooseRelease(releases, 'year-1')).toMatchObject({
      release: { id: 'year-1' },
      pinned: true,
    });
    expect(chooseRelease(releases, 'withdrawn-newest').release?.id).toBe('withdrawn-newest');
  });

  it('says when the pinned release is not public, and falls back to the latest', () => {
    expect(chooseRelease(releases, 'nope')).toEqual({
      release: releases[1],
      pinned: false,
      missing: true,
    });
  });

  it('has no release when none is published', () => {
    expect(chooseRelease([], null)).toEqual({ release: null, pinned: false, missing: false });
    expect(chooseRelease([releases[0]!], null).release).toBeNull();
  });
});

describe('groupMetrics', () => {
  it('groups by submitter in a fixed order, metrics in catalogue order', () => {
    const groups = groupMetrics([
      { code: 'content.a', submittedBy: 'both' },
      { code: 'company.a', submittedBy: 'company' },
      { code: 'hotline.b', submittedBy: 'hotline' },
      { code: 'network.a', submittedBy: 'network' },
      { code: 'hotline.a', submittedBy: 'hotline' },
    ]);
    expect(groups.map((g) => [g.key, g.metrics.map((m) => m.code)])).toEqual([
      ['hotline', ['hotline.b', 'hotline.a']],
      ['company', ['company.a']],
      ['both', ['content.a']],
      ['other', ['network.a']],
    ]);
    expect(groupMetrics([])).toEqual([]);
  });
});

import { groupReleases } from './release-groups';

const r = (id: string, granularity: string) => ({ id, granularity });

describe('groupReleases', () => {
  it('groups monthly, quarterly, yearly and other series, keeping the order given', () => {
    const groups = groupReleases([
      r('y1', 'year'),
      r('m2', 'month'),
      r('h1', 'half'),
      r('q1', 'quarter'),
      r('m1', 'month'),
    ]);
    expect(groups.map((g) => [g.key, g.releases.map((x) => x.id)])).toEqual([
      ['month', ['m2', 'm1']],
      ['quarter', ['q1']],
      ['year', ['y1']],
      ['other', ['h1']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupReleases([])).toEqual([]);
    expect(groupReleases([r('q', 'quarter')]).map((g) => g.key)).toEqual(['quarter']);
  });
});

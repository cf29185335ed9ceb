import { newerVersion, previousVersion, type ListedRelease } from './previous-release';

const listed = (
  id: string,
  version: number,
  publishedAt: string | null,
  withdrawnAt: string | null = null,
  series = 'network-month',
): ListedRelease => ({ id, series, version, title: id, publishedAt, withdrawnAt });

const current = { id: 'v4', series: 'network-month', version: 4, builtAt: '2026-06-01T00:00:00Z' };

describe('previousVersion', () => {
  it('is the newest earlier version published before the build', () => {
    const releases = [
      listed('v4', 4, '2026-06-02T00:00:00Z'),
      listed('v3', 3, '2026-05-01T00:00:00Z'),
      listed('v2', 2, '2026-04-01T00:00:00Z'),
    ];
    expect(previousVersion(current, releases)?.id).toBe('v3');
  });

  it('skips versions withdrawn before the build, and other series', () => {
    const releases = [
      listed('v3', 3, '2026-05-01T00:00:00Z', '2026-05-15T00:00:00Z'),
      listed('v2', 2, '2026-04-01T00:00:00Z', '2026-07-01T00:00:00Z'),
      listed('q9', 9, '2026-05-01T00:00:00Z', null, 'network-quarter'),
    ];
    expect(previousVersion(current, releases)?.id).toBe('v2');
  });

  it('skips versions published after the build', () => {
    const releases = [
      listed('v3', 3, '2026-06-05T00:00:00Z'),
      listed('v1', 1, '2026-01-01T00:00:00Z'),
    ];
    expect(previousVersion(current, releases)?.id).toBe('v1');
  });

  it('is none for the first version', () => {
    expect(previousVersion({ ...current, version: 1 }, [listed('v4', 4, null)])).toBeNull();
    expect(previousVersion(current, [])).toBeNull();
  });

  it('without a build time, is the newest earlier published version', () => {
    const releases = [
      listed('v2', 2, '2026-04-01T00:00:00Z'),
      listed('v3', 3, '2026-08-01T00:00:00Z'),
    ];
    expect(previousVersion({ ...current, builtAt: null }, releases)?.id).toBe('v3');
  });
});

describe('newerVersion', () => {
  const r = (id: string, version: number, status: string, series = 'network-month') => ({
    ...listed(id, version, '2026-01-01T00:00:00Z', null, series),
    status,
  });

  it('is the newest published later version of the series', () => {
    const releases = [
      r('v4', 4, 'withdrawn'),
      r('v3', 3, 'published'),
      r('v2', 2, 'published'),
      r('q9', 9, 'published', 'network-quarter'),
    ];
    expect(newerVersion({ id: 'v1', series: 'network-month', version: 1 }, releases)?.id).toBe(
      'v3',
    );
    expect(newerVersion({ id: 'v3', series: 'network-month', version: 3 }, releases)).toBeNull();
  });
});

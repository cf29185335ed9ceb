import { anyBuilding, releaseChoice, type ReleaseOption } from './release-choice';

const release = (status: string, organizationName: string | null = null, percent = 100) =>
  ({ id: 'r', status, percent, error: null, organizationName }) satisfies ReleaseOption;

describe('releaseChoice', () => {
  it.each<[string, ReleaseOption, object]>([
    [
      'a published network release',
      release('published'),
      { selectable: true, ready: true, note: null },
    ],
    ['a network draft', release('draft'), { selectable: true, ready: false, note: 'networkDraft' }],
    ['an own draft', release('draft', 'Acme'), { selectable: true, ready: true, note: 'ownDraft' }],
    [
      'a build',
      release('building', 'Acme', 42.4),
      { selectable: false, ready: false, note: 'building', percent: 42 },
    ],
    ['a failed build', release('failed'), { selectable: false, ready: false, note: 'failed' }],
    ['a withdrawn release', release('withdrawn'), { selectable: false, note: 'unavailable' }],
  ])('reads %s', (_name, input, expected) => {
    expect(releaseChoice(input)).toMatchObject(expected);
  });

  it('keeps the percent between 0 and 100', () => {
    expect(releaseChoice(release('building', null, 130)).percent).toBe(100);
    expect(releaseChoice(release('building', null, -5)).percent).toBe(0);
  });
});

describe('anyBuilding', () => {
  it('polls while a release is being built', () => {
    expect(anyBuilding([release('published'), release('building')])).toBe(true);
    expect(anyBuilding([release('published'), release('failed')])).toBe(false);
  });
});

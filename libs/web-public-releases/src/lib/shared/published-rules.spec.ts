import { CUSUM_DEFAULTS, SPIKE_DEFAULTS, TAKEDOWN_DISCLOSURE } from '@candor/analytics';
import { METRICS } from '@candor/catalogue';
import {
  DEFAULT_MIN_CONTRIBUTORS,
  SMALL_COUNT_RULE_BY_UNIT,
  SMALL_COUNT_THRESHOLD,
} from '@candor/privacy';
import { en } from '../i18n/en';
import { PUBLISHED_RULES, smallCountApplies } from './published-rules';

// The methodology states these numbers; they must be the ones the release builder applies.
describe('the published rules', () => {
  it('match the disclosure control of @candor/privacy', () => {
    expect(PUBLISHED_RULES.smallCountThreshold).toBe(SMALL_COUNT_THRESHOLD);
    expect(PUBLISHED_RULES.minContributors).toBe(DEFAULT_MIN_CONTRIBUTORS);
    const units = Object.entries(SMALL_COUNT_RULE_BY_UNIT)
      .filter(([, applies]) => applies)
      .map(([unit]) => unit);
    expect([...PUBLISHED_RULES.smallCountUnits].sort()).toEqual(units.sort());
  });

  it('say "fewer than" the small-count threshold', () => {
    expect(en.withheld.small_count).toBe(`fewer than ${SMALL_COUNT_THRESHOLD}`);
    expect(en.rules.smallCount).toContain(`from 1 to ${SMALL_COUNT_THRESHOLD - 1}`);
  });

  it('match the spike, level-shift and takedown rules of @candor/analytics', () => {
    expect(PUBLISHED_RULES.spike).toEqual({
      level: SPIKE_DEFAULTS.level,
      minRelativeIncrease: SPIKE_DEFAULTS.minRelativeIncrease,
      minAbsoluteIncrease: SPIKE_DEFAULTS.minAbsoluteIncrease,
      minPoints: SPIKE_DEFAULTS.minPoints,
    });
    expect(PUBLISHED_RULES.cusum).toEqual(CUSUM_DEFAULTS);
    expect(PUBLISHED_RULES.takedown).toEqual(TAKEDOWN_DISCLOSURE);
  });

  it('decide the small-count rule for every unit of the catalogue', () => {
    for (const metric of METRICS)
      expect(smallCountApplies(metric.unit)).toBe(SMALL_COUNT_RULE_BY_UNIT[metric.unit]);
    expect(smallCountApplies('unheard_of')).toBe(false);
  });

  it('have a word for every unit of the catalogue', () => {
    for (const metric of METRICS) expect(Object.keys(en.units)).toContain(metric.unit);
  });
});

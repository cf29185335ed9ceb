import { METRICS } from '@candor/catalogue';
import { publicTranslations } from '../i18n';
import { metricKey } from './use-public-labels';

describe('metric names', () => {
  it.each(Object.entries(publicTranslations))(
    'name every metric of the catalogue in %s, and no other',
    (_language, messages) => {
      expect(Object.keys(messages.metric).sort()).toEqual(
        METRICS.map((metric) => metricKey(metric.code)).sort(),
      );
    },
  );

  it('match the catalogue’s English names, except where the English spells an acronym out', () => {
    const differ = METRICS.filter(
      (metric) =>
        publicTranslations.en.metric[
          metricKey(metric.code) as keyof typeof publicTranslations.en.metric
        ] !== metric.label,
    ).map((metric) => metric.code);
    expect(differ).toEqual([
      'hotline.reports.csam',
      'hotline.urls.csam',
      'hotline.urls.new_content',
    ]);
  });
});

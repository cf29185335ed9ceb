import { PUBLISHED_RULES } from '../shared/published-rules';
import { usePublicText } from '../shared/use-public-text';

/** How spikes, level shifts, takedown times and known-content measures are computed. */
export function AnalyticsSection({ titleId }: { titleId: string }) {
  const { t, format } = usePublicText();
  const { spike, cusum, takedown } = PUBLISHED_RULES;
  return (
    <section className="card methodology-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('methodology.analytics.title')}</h2>
      <p>{t('methodology.analytics.lead')}</p>

      <h3>{t('methodology.analytics.spikes.title')}</h3>
      <p>{t('methodology.analytics.spikes.model')}</p>
      <p data-rule="spike">
        {t('methodology.analytics.spikes.rule', {
          level: format.percent(spike.level),
          relative: format.percent(spike.minRelativeIncrease),
          absolute: format.number(spike.minAbsoluteIncrease),
          minPoints: format.number(spike.minPoints),
        })}
      </p>
      <p>{t('methodology.analytics.spikes.words')}</p>

      <h3>{t('methodology.analytics.shifts.title')}</h3>
      <p>
        {t('methodology.analytics.shifts.text', {
          k: format.decimal(cusum.k, 1),
          h: format.decimal(cusum.h, 1),
        })}
      </p>

      <h3>{t('methodology.analytics.takedown.title')}</h3>
      <p>{t('methodology.analytics.takedown.bands')}</p>
      <p>{t('methodology.analytics.takedown.shares')}</p>
      <p>{t('methodology.analytics.takedown.quantiles')}</p>
      <p>
        {t('methodology.analytics.takedown.disclosure', {
          minContributors: format.number(takedown.minContributors),
          maxShare: format.percent(takedown.maxShare),
        })}
      </p>

      <h3>{t('methodology.analytics.known.title')}</h3>
      <p>{t('methodology.analytics.known.intro')}</p>
      <ul>
        <li>{t('methodology.analytics.known.share')}</li>
        <li>{t('methodology.analytics.known.perItem')}</li>
        <li>{t('methodology.analytics.known.top10')}</li>
        <li>{t('methodology.analytics.known.gini')}</li>
      </ul>
    </section>
  );
}

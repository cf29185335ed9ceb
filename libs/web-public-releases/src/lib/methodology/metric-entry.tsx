import { useDomainLabels } from '@candor/web-i18n';
import type { PublicMethodologyQuery } from '@candor/web-graphql';
import { smallCountApplies } from '../shared/published-rules';
import { usePublicText } from '../shared/use-public-text';

export type MethodologyMetric = PublicMethodologyQuery['metrics'][number];

/** One metric: what it counts, its unit and definition version, breakdowns, small-count rule. */
export function MetricEntry({
  metric,
  usedVersion,
}: {
  metric: MethodologyMetric;
  /** The version the chosen release used, when a release is chosen and it has the metric. */
  usedVersion: number | null;
}) {
  const { t, format } = usePublicText();
  const domain = useDomainLabels();
  const anchor = `metric-${metric.code.replace(/[^A-Za-z0-9_.-]/g, '-')}`;
  const required = metric.dimensions.find((d) => d.code === metric.requiredDimension);
  return (
    <article
      className="metric-entry"
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      data-metric={metric.code}
    >
      <h4 id={`${anchor}-title`}>
        <span lang="en">{metric.label}</span>{' '}
        <code className="metric-entry__code" translate="no">
          {metric.code}
        </code>
      </h4>
      <p lang="en">{metric.definition}</p>
      <dl className="metric-entry__facts">
        <div>
          <dt>{t('methodology.metrics.unit')}</dt>
          <dd>{domain.unit(metric.unit)}</dd>
        </div>
        <div>
          <dt>{t('methodology.metrics.version')}</dt>
          <dd>
            {usedVersion !== null && usedVersion !== metric.version
              ? t('methodology.metrics.versionUsed', {
                  used: format.number(usedVersion),
                  current: format.number(metric.version),
                })
              : t('methodology.metrics.versionOnly', { version: format.number(metric.version) })}
          </dd>
        </div>
        <div>
          <dt>{t('methodology.metrics.dimensions')}</dt>
          <dd>
            {metric.dimensions.length === 0 ? (
              t('methodology.metrics.noDimensions')
            ) : (
              // Catalogue labels are English: joined without a translated "and".
              <span lang="en">{metric.dimensions.map((d) => d.label).join(', ')}</span>
            )}
          </dd>
        </div>
        {required && (
          <div>
            <dt>{t('methodology.metrics.required')}</dt>
            <dd lang="en">{required.label}</dd>
          </div>
        )}
        <div>
          <dt>{t('methodology.metrics.smallCount')}</dt>
          <dd>
            {smallCountApplies(metric.unit)
              ? t('methodology.metrics.smallCountYes')
              : t('methodology.metrics.smallCountNo')}
          </dd>
        </div>
      </dl>
    </article>
  );
}

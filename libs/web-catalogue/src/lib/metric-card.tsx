import { useTranslation } from 'react-i18next';
import { useDomainLabels } from '@candor/web-i18n';
import { metricAnchor, type CatalogueMetric } from './catalogue-data';

type Dimension = CatalogueMetric['dimensions'][number];

/** One metric of the catalogue: what it counts, who submits it, how it is broken down. */
export function MetricCard({ metric }: { metric: CatalogueMetric }) {
  const { t } = useTranslation('catalogue');
  const domain = useDomainLabels();
  const anchor = metricAnchor(metric.code);
  const required = metric.dimensions.find((d) => d.code === metric.requiredDimension);

  return (
    <article className="metric-card" id={anchor} aria-labelledby={`${anchor}-title`}>
      <header className="metric-card__header">
        <h3 id={`${anchor}-title`}>{metric.label}</h3>
        <code className="metric-card__code">{metric.code}</code>
      </header>
      <p className="metric-card__definition">{metric.definition}</p>
      <dl className="facts">
        <div>
          <dt>{t('field.submittedBy')}</dt>
          <dd>{domain.submittedBy(metric.submittedBy)}</dd>
        </div>
        <div>
          <dt>{t('field.unit')}</dt>
          <dd>{domain.unit(metric.unit)}</dd>
        </div>
        <div>
          <dt>{t('field.version')}</dt>
          <dd>{t('version', { version: metric.version })}</dd>
        </div>
        {metric.requiredDimension && (
          <div>
            <dt>{t('field.requiredDimension')}</dt>
            <dd>{required?.label ?? metric.requiredDimension}</dd>
          </div>
        )}
      </dl>
      <h4 className="metric-card__subheading">{t('field.dimensions')}</h4>
      {metric.dimensions.length === 0 ? (
        <p className="muted">{t('noDimensions')}</p>
      ) : (
        <ul className="dimensions">
          {metric.dimensions.map((dimension) => (
            <DimensionItem key={dimension.code} dimension={dimension} />
          ))}
        </ul>
      )}
    </article>
  );
}

function DimensionItem({ dimension }: { dimension: Dimension }) {
  const { t } = useTranslation('catalogue');
  const domain = useDomainLabels();
  return (
    <li className="dimension">
      <p className="dimension__name">
        <strong>{dimension.label}</strong> <code>{dimension.code}</code>{' '}
        <span className="tag">{domain.dimensionKind(dimension.kind)}</span>
      </p>
      <p className="dimension__definition">{dimension.definition}</p>
      {dimension.kind === 'country' || dimension.values.length === 0 ? (
        <p className="muted">{t('countryValues')}</p>
      ) : (
        <ul className="chips" aria-label={t('valuesLabel', { dimension: dimension.label })}>
          {dimension.values.map((value) => (
            <li key={value.code} title={value.code}>
              {value.label}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

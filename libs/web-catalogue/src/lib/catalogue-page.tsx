import { useTranslation } from 'react-i18next';
import { formatNumber } from '@candor/web-i18n';
import { metricAnchor } from './catalogue-data';
import { MetricCard } from './metric-card';
import { useCatalogue } from './use-catalogue';

/** Every metric of the catalogue with its definition, submitter, unit and dimensions. */
export function CataloguePage() {
  const { t, i18n } = useTranslation('catalogue');
  const { view, loading, failed } = useCatalogue();
  const locale = i18n.resolvedLanguage ?? i18n.language;

  return (
    <>
      <title>{`${t('title')} · Candor`}</title>
      <header className="page-header">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        {!locale.startsWith('en') && <p className="note">{t('sourceLanguage')}</p>}
      </header>
      {failed ? (
        <p className="alert" role="alert">
          {t('error')}
        </p>
      ) : loading ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : (
        <div className="catalogue">
          <aside className="catalogue__toc">
            <dl className="stats">
              <div>
                <dt>{t('stats.metrics')}</dt>
                <dd>{formatNumber(view.metricCount, locale)}</dd>
              </div>
              <div>
                <dt>{t('stats.dimensions')}</dt>
                <dd>{formatNumber(view.dimensionCount, locale)}</dd>
              </div>
            </dl>
            <nav aria-labelledby="catalogue-contents">
              <h2 id="catalogue-contents" className="toc__heading">
                {t('contents')}
              </h2>
              {view.groups.map((group) => (
                <div key={group.key} className="toc__group">
                  <a href={`#group-${group.key}`} className="toc__group-link">
                    {t(`group.${group.key}`)}
                  </a>
                  <ul>
                    {group.metrics.map((metric) => (
                      <li key={metric.code}>
                        <a href={`#${metricAnchor(metric.code)}`}>{metric.label}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </nav>
          </aside>
          <div className="catalogue__groups">
            {view.groups.map((group) => (
              <section
                key={group.key}
                id={`group-${group.key}`}
                aria-labelledby={`group-${group.key}-title`}
              >
                <h2 id={`group-${group.key}-title`}>{t(`group.${group.key}`)}</h2>
                {group.metrics.map((metric) => (
                  <MetricCard key={metric.code} metric={metric} />
                ))}
              </section>
            ))}
          </div>
        </div>
      )}
    </>
  );
}

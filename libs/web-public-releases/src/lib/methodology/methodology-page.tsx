import { useId, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { DEFAULT_LANGUAGE } from '@candor/web-i18n';
import { definitionVersionsOf } from '../shared/definition-versions';
import { disclosureRules, smallCountUnits } from '../shared/disclosure-rules';
import { languageSearch } from '../shared/links';
import { LoadError, Loading } from '../shared/load-error';
import { PageHeader } from '../shared/page-header';
import { PUBLISHED_RULES } from '../shared/published-rules';
import { RulesList } from '../shared/rules-list';
import { usePublicText } from '../shared/use-public-text';
import { AnalyticsSection } from './analytics-section';
import { MetricEntry } from './metric-entry';
import { chooseRelease, groupMetrics } from './methodology-view';
import { publicMethodologyQuery } from './methodology.documents';
import { ReleasePicker } from './release-picker';
import { SuppressionTable } from './suppression-table';
import '../public-releases.css';

/**
 * `/methodology` (`?release=<id>` pins it): metric definitions from the catalogue, disclosure
 * rules from the catalogue and a release's parameters (the latest by default), what withheld
 * figures' reasons mean, and how the analyses are computed.
 */
export function MethodologyPage() {
  const { t, words, format, language } = usePublicText();
  const uid = useId();
  const [search] = useSearchParams();
  const { data, error, loading } = useQuery(publicMethodologyQuery);
  const releases = useMemo(() => data?.releases ?? [], [data]);
  const metrics = useMemo(() => data?.metrics ?? [], [data]);
  const choice = useMemo(() => chooseRelease(releases, search.get('release')), [releases, search]);
  const groups = useMemo(() => groupMetrics(metrics), [metrics]);
  const release = choice.release;
  const used = useMemo(() => definitionVersionsOf(release?.definitionVersions), [release]);
  const labels = useMemo(() => new Map(metrics.map((m) => [m.code, m.label])), [metrics]);

  const sections = {
    metrics: `${uid}-metrics`,
    rules: `${uid}-rules`,
    reasons: `${uid}-reasons`,
    analytics: `${uid}-analytics`,
  };
  const header = (
    <PageHeader title={t('methodology.title')} lead={t('methodology.lead')}>
      {language !== DEFAULT_LANGUAGE && <p className="note">{t('sourceLanguage')}</p>}
    </PageHeader>
  );

  if (!data) {
    return (
      <div className="public-releases methodology">
        {header}
        {error ? <LoadError error={error} /> : loading ? <Loading /> : null}
      </div>
    );
  }

  const rules = disclosureRules(
    release?.options ?? null,
    smallCountUnits(metrics),
    words,
    format,
    (code) => labels.get(code) ?? code,
  );
  const releaseNamed = release
    ? {
        title: release.title,
        version: release.version,
        date: release.publishedAt ? format.date(release.publishedAt) : '—',
      }
    : null;

  return (
    <div className="public-releases methodology" data-release-id={release?.id ?? ''}>
      {header}

      <section className="methodology-release" aria-label={t('methodology.release.legend')}>
        {choice.missing && (
          <p className="message message--error" role="alert">
            {t('methodology.release.notFound')}
          </p>
        )}
        {release && releaseNamed ? (
          <p className="methodology-release__current">
            {t(
              choice.pinned ? 'methodology.release.pinned' : 'methodology.release.latest',
              releaseNamed,
            )}{' '}
            <Link to={{ pathname: `/releases/${release.id}`, search: languageSearch(search) }}>
              {t('methodology.release.open')}
            </Link>
          </p>
        ) : (
          <p>{t('methodology.release.none')}</p>
        )}
        {releases.length > 0 && (
          <ReleasePicker releases={releases} selected={release?.id ?? null} />
        )}
      </section>

      <nav className="page-toc" aria-labelledby={`${uid}-toc`}>
        <h2 id={`${uid}-toc`} className="page-toc__heading">
          {t('methodology.contents')}
        </h2>
        <ul>
          <li>
            <a href={`#${sections.metrics}`}>{t('methodology.metrics.title')}</a>
          </li>
          <li>
            <a href={`#${sections.rules}`}>{t('methodology.rules.title')}</a>
          </li>
          <li>
            <a href={`#${sections.reasons}`}>{t('suppression.title')}</a>
          </li>
          <li>
            <a href={`#${sections.analytics}`}>{t('methodology.analytics.title')}</a>
          </li>
        </ul>
      </nav>

      <section className="card methodology-section" aria-labelledby={sections.metrics}>
        <h2 id={sections.metrics}>{t('methodology.metrics.title')}</h2>
        <p>{t('methodology.metrics.lead')}</p>
        {groups.map((group) => (
          <section
            key={group.key}
            className="metric-group"
            aria-labelledby={`${uid}-group-${group.key}`}
          >
            <h3 id={`${uid}-group-${group.key}`}>
              {t(`methodology.metrics.group.${group.key}`)}{' '}
              <span className="tag">
                {t('methodology.metrics.count', { count: group.metrics.length })}
              </span>
            </h3>
            {group.metrics.map((metric) => (
              <MetricEntry
                key={metric.code}
                metric={metric}
                usedVersion={used.get(metric.code) ?? null}
              />
            ))}
          </section>
        ))}
      </section>

      <section className="card methodology-section" aria-labelledby={sections.rules}>
        <h2 id={sections.rules}>{t('methodology.rules.title')}</h2>
        <p>{t('methodology.rules.lead')}</p>
        <RulesList rules={rules} />
      </section>

      <section className="card methodology-section" aria-labelledby={sections.reasons}>
        <h2 id={sections.reasons}>{t('suppression.title')}</h2>
        <p>{t('suppression.lead')}</p>
        <SuppressionTable
          minContributors={release?.options.minContributors ?? PUBLISHED_RULES.minContributors}
        />
      </section>

      <AnalyticsSection titleId={sections.analytics} />
    </div>
  );
}

import { useId, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { definitionRows } from '../shared/definition-versions';
import { disclosureRules, smallCountUnits } from '../shared/disclosure-rules';
import { downloadFilename } from '../shared/downloads';
import { periodRange } from '../shared/format';
import { DownloadsList } from '../shared/downloads-list';
import { languageSearch, searchWith } from '../shared/links';
import { LoadError, Loading } from '../shared/load-error';
import { cellNames } from '../shared/names';
import { PageHeader } from '../shared/page-header';
import { RulesList } from '../shared/rules-list';
import { usePublicText } from '../shared/use-public-text';
import { VerifyHelp } from '../shared/verify-help';
import { toGranularity } from '../shared/vocabulary';
import { toChangeRows } from './changes';
import { ChangesSection } from './changes-section';
import { CitationBlock } from './citation-block';
import { citationText, releaseUrl } from './citation';
import { DefinitionsTable } from './definitions-table';
import { newerVersion, previousVersion } from './previous-release';
import { ReleaseFacts } from './release-facts';
import { publicReleaseDetailQuery } from './release.documents';
import '../public-releases.css';

/**
 * `/releases/:id`: one release — facts, files and how to check them, how its figures are
 * protected, the definitions it used, what changed against the previous version, and how to cite
 * it.
 */
export function ReleasePage() {
  const { t, words, format } = usePublicText();
  const uid = useId();
  const [search] = useSearchParams();
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(publicReleaseDetailQuery, { variables: { id } });
  const release = data?.release ?? null;

  const names = useMemo(
    () => cellNames(data?.metrics ?? [], data?.countries ?? [], format.locale, words.unknownValue),
    [data, format.locale, words.unknownValue],
  );
  const metricOrder = useMemo(() => (data?.metrics ?? []).map((m) => m.code), [data]);
  const rows = useMemo(() => toChangeRows(release?.changelog), [release]);
  const previous = useMemo(
    () => (release ? previousVersion(release, data?.releases ?? []) : null),
    [release, data],
  );
  const newer = useMemo(
    () => (release ? newerVersion(release, data?.releases ?? []) : null),
    [release, data],
  );

  const back = (
    <Link to={{ pathname: '/releases', search: languageSearch(search) }}>{t('detail.back')}</Link>
  );

  if (!release) {
    return (
      <div className="public-releases">
        <PageHeader title={t('list.title')} eyebrow={back} />
        {error ? <LoadError error={error} /> : loading ? <Loading /> : null}
      </div>
    );
  }

  const granularity = toGranularity(release.granularity);
  const rules = disclosureRules(
    release.options,
    smallCountUnits(data?.metrics ?? []),
    words,
    format,
    names.metric,
  );
  const definitions = definitionRows(release.definitionVersions, data?.metrics ?? []);
  const csv = release.downloads.find((d) => d.name === 'cells.csv');
  const url = releaseUrl(window.location.origin, release.id);
  const sections = {
    facts: `${uid}-facts`,
    downloads: `${uid}-downloads`,
    disclosure: `${uid}-disclosure`,
    definitions: `${uid}-definitions`,
    changes: `${uid}-changes`,
    citation: `${uid}-citation`,
  };

  return (
    <div className="public-releases release-detail" data-release-id={release.id}>
      <PageHeader
        title={release.title}
        eyebrow={back}
        lead={t('detail.lead', {
          kind: granularity ? t(`seriesKind.${granularity}`) : release.series,
          version: release.version,
          periods: periodRange(release.periodFrom, release.periodTo, format, words.release.range),
        })}
      >
        {release.withdrawnAt && (
          <p className="withdrawn-notice" role="note">
            {release.withdrawalReason
              ? t('release.withdrawnNotice', {
                  date: format.date(release.withdrawnAt),
                  reason: release.withdrawalReason,
                })
              : t('release.withdrawnShort', { date: format.date(release.withdrawnAt) })}
          </p>
        )}
        {newer && (
          <p className="note newer-version">
            {t('detail.newer', { version: newer.version })}{' '}
            <Link to={{ pathname: `/releases/${newer.id}`, search: languageSearch(search) }}>
              {newer.title}
            </Link>
          </p>
        )}
      </PageHeader>

      <nav className="page-toc" aria-labelledby={`${uid}-toc`}>
        <h2 id={`${uid}-toc`} className="page-toc__heading">
          {t('detail.contents')}
        </h2>
        <ul>
          <li>
            <a href={`#${sections.facts}`}>{t('detail.facts')}</a>
          </li>
          <li>
            <a href={`#${sections.downloads}`}>{t('downloads.title')}</a>
          </li>
          <li>
            <a href={`#${sections.disclosure}`}>{t('detail.disclosure.title')}</a>
          </li>
          <li>
            <a href={`#${sections.definitions}`}>{t('detail.definitions.title')}</a>
          </li>
          <li>
            <a href={`#${sections.changes}`}>{t('detail.changes.title')}</a>
          </li>
          <li>
            <a href={`#${sections.citation}`}>{t('detail.citation.title')}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby={sections.facts} className="release-section">
        <h2 id={sections.facts}>{t('detail.facts')}</h2>
        <ReleaseFacts release={release} />
      </section>

      <section aria-labelledby={sections.downloads} className="card release-section">
        <h2 id={sections.downloads}>{t('downloads.title')}</h2>
        <DownloadsList
          downloads={release.downloads}
          label={t('downloads.labelOf', { title: release.title, version: release.version })}
          detailed
        />
        {csv && release.checksum && (
          <VerifyHelp
            filename={downloadFilename(release.series, release.version, 'cells.csv')}
            checksum={release.checksum}
            headingLevel={3}
          />
        )}
      </section>

      <section aria-labelledby={sections.disclosure} className="card release-section">
        <h2 id={sections.disclosure}>{t('detail.disclosure.title')}</h2>
        <p>{t('detail.disclosure.lead')}</p>
        <RulesList rules={rules} />
        <p>
          <Link
            to={{ pathname: '/methodology', search: searchWith(search, { release: release.id }) }}
          >
            {t('detail.methodology')}
          </Link>
        </p>
      </section>

      <section aria-labelledby={sections.definitions} className="card release-section">
        <h2 id={sections.definitions}>{t('detail.definitions.title')}</h2>
        <p>{t('detail.definitions.lead')}</p>
        <DefinitionsTable rows={definitions} />
      </section>

      <ChangesSection
        rows={rows}
        previous={previous}
        names={names}
        metricOrder={metricOrder}
        titleId={sections.changes}
      />

      <section aria-labelledby={sections.citation} className="card release-section">
        <h2 id={sections.citation}>{t('detail.citation.title')}</h2>
        <p>{t('detail.citation.lead')}</p>
        <CitationBlock
          text={citationText(release, url, words, format)}
          label={t('detail.citation.label')}
          copy={t('detail.citation.copy')}
        />
      </section>
    </div>
  );
}

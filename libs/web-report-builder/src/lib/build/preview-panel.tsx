import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { languageSearch } from '@candor/web-public-kit';
import type { ReportPreviewQuery } from '@candor/web-graphql';
import type { Language } from '@candor/web-i18n';
import { reportPagePath, reportPagePathFromKey } from '../shared/links';
import { FullPreview } from './full-preview';
import { KeyFiguresTable, TrendsList } from './key-figures-table';
import { toKeyFigureRows, toTrendRows } from './key-figure-rows';

export type ReportPreviewData = ReportPreviewQuery['reportPreview'];

export interface PreviewPanelProps {
  preview: ReportPreviewData;
  /** "Whole network · French · network-q v3". */
  heading: string;
  /** The report's language (the full preview is written in it). */
  language: Language;
  /** The path the report will have once published: `/reports/<releaseId>/<scope>/<language>`. */
  path: string;
}

/**
 * What the report would be: a report already there for this definition, the version it would
 * follow, its key figures and trend series, and the checksums of its files.
 */
export function PreviewPanel({ preview, heading, language, path }: PreviewPanelProps) {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  const [search] = useSearchParams();
  const keyFigures = useMemo(() => toKeyFigureRows(preview.content), [preview.content]);
  const trends = useMemo(() => toTrendRows(preview.content), [preview.content]);
  const { existing, follows } = preview;
  const previous = follows ? reportPagePathFromKey(follows.key) : null;
  const lang = languageSearch(search);
  const [full, setFull] = useState(false);

  return (
    <section className="report-builder__preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('preview.title')}</h3>
      <p className="hint">{heading}</p>
      {existing ? (
        <p className="message">
          {existing.status === 'awaiting_approval'
            ? t('preview.existingAwaiting')
            : t('preview.existingPublished', { version: existing.version })}{' '}
          <Link
            to={{
              pathname: reportPagePath(existing.releaseId, existing.scope, existing.language),
              search: lang,
            }}
          >
            {existing.status === 'awaiting_approval'
              ? t('preview.openAwaiting')
              : t('preview.openExisting')}
          </Link>
        </p>
      ) : (
        follows && (
          <p className="message">
            {t('preview.follows', {
              next: follows.version + 1,
              version: follows.version,
              releaseVersion: follows.releaseVersion,
            })}
            {previous && (
              <>
                {' '}
                <Link to={{ pathname: previous, search: lang }}>
                  {t('preview.openPrevious', { version: follows.version })}
                </Link>
              </>
            )}
          </p>
        )
      )}
      <KeyFiguresTable rows={keyFigures} />
      <TrendsList rows={trends} />
      <h4 id={`${id}-checksums`}>{t('preview.checksums')}</h4>
      <dl className="facts-list" aria-labelledby={`${id}-checksums`}>
        <div className="facts-list__wide">
          <dt>{t('preview.jsonSha')}</dt>
          <dd>
            <code className="checksum">{preview.jsonSha256}</code>
          </dd>
        </div>
        <div className="facts-list__wide">
          <dt>{t('preview.csvSha')}</dt>
          <dd>
            <code className="checksum">{preview.csvSha256}</code>
          </dd>
        </div>
      </dl>
      <div className="action-bar">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={full}
          aria-controls={full ? `${id}-full` : undefined}
          onClick={() => setFull((open) => !open)}
        >
          {full ? t('preview.closeFull') : t('preview.openFull')}
        </button>
      </div>
      {full && (
        <FullPreview
          id={`${id}-full`}
          content={preview.content}
          language={language}
          url={`${window.location.origin}${path}`}
        />
      )}
    </section>
  );
}

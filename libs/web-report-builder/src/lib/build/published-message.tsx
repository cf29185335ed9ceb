import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { languageSearch } from '@candor/web-public-kit';
import type { BuilderReportFragment } from '@candor/web-graphql';
import { reportPagePath } from '../shared/links';
import { ReportFiles } from '../shared/report-files';
import { useFocusOnMount } from '../shared/use-focus-on-mount';

/** After Publish: published (with its page and downloads) or submitted for approval. */
export function PublishedMessage({ report }: { report: BuilderReportFragment }) {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  const [search] = useSearchParams();
  const published = report.status === 'published';
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div ref={ref} tabIndex={-1} className="message report-builder__done">
      <p>
        {published ? t('publish.published') : t('publish.submitted')}{' '}
        <Link
          to={{
            pathname: reportPagePath(report.releaseId, report.scope, report.language),
            search: languageSearch(search),
          }}
        >
          {published ? t('publish.openReport') : t('publish.previewPage')}
        </Link>
      </p>
      {published && report.files.length > 0 && (
        <>
          <p id={`${id}-downloads`}>{t('publish.downloads')}</p>
          <ReportFiles files={report.files} labelledBy={`${id}-downloads`} />
        </>
      )}
    </div>
  );
}

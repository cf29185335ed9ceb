import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { changeView, toSearch } from '@candor/web-public-kit';

export type LoadStatus = 'loading' | 'failed' | 'no-release' | 'not-found' | 'ready';

/** What a page says while it has no figures to show: loading, failed, no release, unknown pin. */
export function PageStatus({ status }: { status: LoadStatus }) {
  const { t } = useTranslation('contentPages');
  const location = useLocation();
  switch (status) {
    case 'loading':
      return (
        <p className="loading" role="status">
          {t('status.loading')}
        </p>
      );
    case 'failed':
      return (
        <p className="alert" role="alert">
          {t('status.error')}
        </p>
      );
    case 'no-release':
      return <p className="note">{t('status.noRelease')}</p>;
    case 'not-found':
      return (
        <p className="note">
          {t('status.notFound')}{' '}
          <Link
            to={{
              pathname: location.pathname,
              search: toSearch(changeView(location.search, { release: null })),
            }}
          >
            {t('status.showLatest')}
          </Link>
        </p>
      );
    case 'ready':
      return null;
  }
}

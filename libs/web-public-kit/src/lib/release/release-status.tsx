import { Link, useLocation } from 'react-router';
import { toSearch, changeView } from '../url-state/view-params';

/** The page's own words for each state without a release to show. */
export type ReleaseStatusKey = 'loading' | 'error' | 'noRelease' | 'notFound' | 'showLatest';

/**
 * What a public page says while it has no release to read: loading, failed, none published,
 * or an unknown pinned release (with a link to the latest). Any other status shows nothing.
 */
export function ReleaseStatus({
  status,
  say,
}: {
  status: string;
  say: (key: ReleaseStatusKey) => string;
}) {
  const location = useLocation();
  switch (status) {
    case 'loading':
      return (
        <p className="loading" role="status">
          {say('loading')}
        </p>
      );
    case 'failed':
      return (
        <p className="alert" role="alert">
          {say('error')}
        </p>
      );
    case 'no-release':
      return <p className="note">{say('noRelease')}</p>;
    case 'not-found':
      return (
        <p className="note">
          {say('notFound')}{' '}
          <Link
            to={{
              pathname: location.pathname,
              search: toSearch(changeView(location.search, { release: null })),
            }}
          >
            {say('showLatest')}
          </Link>
        </p>
      );
    default:
      return null;
  }
}

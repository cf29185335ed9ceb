import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import {
  changeView,
  GRANULARITIES,
  toSearch,
  usePublicLabels,
  type Granularity,
} from '@candor/web-public-kit';

/**
 * Monthly, quarterly or yearly figures: links that change `granularity` in the URL (and drop a
 * release pin, which belongs to one granularity), so every choice has its own address.
 */
export function GrainSwitch({ current }: { current: Granularity }) {
  const { t } = useTranslation('overview');
  const labels = usePublicLabels();
  const location = useLocation();
  const labelId = useId();
  return (
    <div className="grain-switch">
      <span id={labelId} className="grain-switch__label">
        {t('granularity.label')}
      </span>
      <ul aria-labelledby={labelId}>
        {GRANULARITIES.map((granularity) => (
          <li key={granularity}>
            <Link
              to={{
                pathname: location.pathname,
                search: toSearch(changeView(location.search, { granularity })),
              }}
              aria-current={granularity === current ? 'true' : undefined}
              replace
            >
              {labels.granularity(granularity)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { languageSearch } from '@candor/web-public-kit';

/** Where the methodology page defines the hotline takedown clock and its breakdowns. */
const METHODOLOGY_ANCHOR = 'metric-hotline.takedown';

/**
 * Takedown times by hosting country are submitted but not published as statistics: the page
 * says so and links the methodology, rather than estimating them from other figures.
 */
export function CountryNote() {
  const { t } = useTranslation('contentPages');
  const location = useLocation();
  const headingId = useId();
  return (
    <section className="card content-note" aria-labelledby={headingId} data-note="hosting-country">
      <h2 id={headingId}>{t('takedown.country.title')}</h2>
      <p>{t('takedown.country.text')}</p>
      <p>
        <Link
          to={{
            pathname: '/methodology',
            search: languageSearch(location.search),
            hash: METHODOLOGY_ANCHOR,
          }}
        >
          {t('takedown.country.link')}
        </Link>
      </p>
    </section>
  );
}

import type { PublicReleaseDetailQuery } from '@candor/web-graphql';
import { Checksum } from '../shared/checksum';
import { periodRange } from '../shared/format';
import { StatusBadge } from '../shared/status-badge';
import { usePublicText } from '../shared/use-public-text';
import { toGranularity } from '../shared/vocabulary';

type Release = PublicReleaseDetailQuery['release'];

/** What a release is: frequency, series, version, periods, dates, size and checksum. */
export function ReleaseFacts({ release }: { release: Release }) {
  const { t, words, format } = usePublicText();
  const granularity = toGranularity(release.granularity);
  const date = (iso: string | null) => (iso ? format.date(iso) : '—');
  return (
    <dl className="facts-list release-facts">
      <div>
        <dt>{t('release.status')}</dt>
        <dd>
          <StatusBadge status={release.status} />
        </dd>
      </div>
      <div>
        <dt>{t('release.granularity')}</dt>
        <dd>{granularity ? t(`granularity.${granularity}`) : release.granularity}</dd>
      </div>
      <div>
        <dt>{t('release.series')}</dt>
        <dd>
          <code translate="no">{release.series}</code>
        </dd>
      </div>
      <div>
        <dt>{t('release.periods')}</dt>
        <dd>{periodRange(release.periodFrom, release.periodTo, format, words.release.range)}</dd>
      </div>
      <div>
        <dt>{t('release.publishedAt')}</dt>
        <dd>{date(release.publishedAt)}</dd>
      </div>
      {release.withdrawnAt && (
        <div>
          <dt>{t('release.withdrawnAt')}</dt>
          <dd>{date(release.withdrawnAt)}</dd>
        </div>
      )}
      <div>
        <dt>{t('release.cells')}</dt>
        <dd>{format.number(release.cellCount)}</dd>
      </div>
      <div className="facts-list__wide">
        <dt>{t('release.checksum')}</dt>
        <dd>
          <Checksum value={release.checksum} />
        </dd>
      </div>
    </dl>
  );
}

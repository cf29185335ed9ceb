import { useTranslation } from 'react-i18next';
import type { ReleaseDetailQuery } from '@candor/web-graphql';
import { ReleaseStatusBadge } from '../shared/status-badge';
import { useFormat } from '../shared/use-format';
import { useReleaseLabels } from '../shared/use-labels';

type Release = NonNullable<ReleaseDetailQuery['releaseDraft']>;

const definitionsOf = (value: unknown): [string, number][] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).filter((e): e is [string, number] => typeof e[1] === 'number')
    : [];

/** What a release is: status, range, disclosure options, checksum and dates. */
export function ReleaseFacts({ release }: { release: Release }) {
  const { t } = useTranslation('releases');
  const format = useFormat();
  const labels = useReleaseLabels();
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : t('detail.facts.none'));
  const definitions = definitionsOf(release.definitionVersions);
  return (
    <dl className="facts-list release-facts">
      <div>
        <dt>{t('detail.facts.status')}</dt>
        <dd>
          <ReleaseStatusBadge status={release.status} />
        </dd>
      </div>
      <div>
        <dt>{t('detail.facts.granularity')}</dt>
        <dd>{labels.granularity(release.granularity)}</dd>
      </div>
      <div>
        <dt>{t('detail.facts.periods')}</dt>
        <dd>
          {format.period(release.periodFrom)} – {format.period(release.periodTo)}
        </dd>
      </div>
      <div>
        <dt>{t('detail.facts.minContributors')}</dt>
        <dd>{format.number(release.options.minContributors)}</dd>
      </div>
      <div>
        <dt>{t('detail.facts.rounding')}</dt>
        <dd data-rounding={release.options.roundingBase ?? ''}>
          {release.options.roundingBase
            ? t('detail.facts.roundingBase', { base: release.options.roundingBase })
            : t('detail.facts.roundingExact')}
        </dd>
      </div>
      <div>
        <dt>{t('detail.facts.noise')}</dt>
        <dd>
          {release.options.noise
            ? t('detail.facts.noiseValue', {
                rho: format.number(release.options.noise.rho),
                epsilon: format.number(Math.round(release.options.noise.epsilon * 100) / 100),
                delta: release.options.noise.delta.toExponential(0),
                spent: format.number(release.options.noise.seriesSpentRho),
                limit: format.number(release.options.noise.seriesLimitRho),
              })
            : t('detail.facts.noiseNone')}
        </dd>
      </div>
      <div>
        <dt>{t('detail.facts.cellCount')}</dt>
        <dd>{format.number(release.cellCount)}</dd>
      </div>
      <div>
        <dt>{t('detail.facts.builtAt')}</dt>
        <dd>{when(release.builtAt)}</dd>
      </div>
      <div>
        <dt>{t('detail.facts.publishedAt')}</dt>
        <dd>{when(release.publishedAt)}</dd>
      </div>
      {release.withdrawnAt && (
        <div>
          <dt>{t('detail.facts.withdrawnAt')}</dt>
          <dd>{when(release.withdrawnAt)}</dd>
        </div>
      )}
      {release.withdrawalReason && (
        <div className="facts-list__wide">
          <dt>{t('detail.facts.withdrawalReason')}</dt>
          <dd>{release.withdrawalReason}</dd>
        </div>
      )}
      <div className="facts-list__wide">
        <dt>{t('detail.facts.checksum')}</dt>
        <dd>
          <code className="checksum" data-checksum={release.checksum ?? ''}>
            {release.checksum ?? t('detail.facts.none')}
          </code>
        </dd>
      </div>
      {definitions.length > 0 && (
        <div className="facts-list__wide">
          <dt>{t('detail.facts.definitions')}</dt>
          <dd>
            <details>
              <summary>{format.number(definitions.length)}</summary>
              <ul className="definition-list">
                {definitions.map(([metric, version]) => (
                  <li key={metric}>{t('detail.facts.definition', { metric, version })}</li>
                ))}
              </ul>
            </details>
          </dd>
        </div>
      )}
    </dl>
  );
}

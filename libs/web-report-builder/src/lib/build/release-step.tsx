import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportReleasesQuery } from '@candor/web-graphql';
import { useBuilderLabels } from '../shared/use-labels';
import { useFormat } from '../shared/use-format';
import { toReleaseStatus } from '../shared/vocabulary';
import { releaseChoice } from './release-choice';

export type ReportReleaseRow = ReportReleasesQuery['reportReleases'][number];

// Colors repeat what the words say; the badge palette of the review pages.
const TONE = {
  building: 'submitted',
  draft: 'warning',
  failed: 'rejected',
  published: 'accepted',
  withdrawn: 'superseded',
} as const;

export interface ReleaseStepProps {
  releases: readonly ReportReleaseRow[];
  selected: string | null;
  onSelect: (id: string) => void;
}

/** Step 1: the releases the caller may report on; builds in progress show how far they are. */
export function ReleaseStep({ releases, selected, onSelect }: ReleaseStepProps) {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  return (
    <fieldset className="choice report-builder__step">
      <legend>{t('steps.release.legend')}</legend>
      {releases.length === 0 ? (
        <p className="muted">{t('steps.release.empty')}</p>
      ) : (
        releases.map((release) => (
          <ReleaseOptionRow
            key={release.id}
            name={`${id}-release`}
            release={release}
            checked={selected === release.id}
            onSelect={onSelect}
          />
        ))
      )}
    </fieldset>
  );
}

function ReleaseOptionRow({
  name,
  release,
  checked,
  onSelect,
}: {
  name: string;
  release: ReportReleaseRow;
  checked: boolean;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  const labels = useBuilderLabels();
  const format = useFormat();
  const choice = releaseChoice(release);
  const status = toReleaseStatus(release.status);
  const percent = format.share(choice.percent / 100);
  return (
    <div className="choice__option" data-status={release.status}>
      <input
        id={id}
        type="radio"
        name={name}
        value={release.id}
        checked={checked}
        disabled={!choice.selectable}
        aria-describedby={`${id}-facts${choice.note ? ` ${id}-note` : ''}`}
        onChange={() => onSelect(release.id)}
      />
      <label htmlFor={id}>{release.title}</label>
      <div className="report-builder__option-body">
        <p id={`${id}-facts`} className="report-builder__facts">
          <span>{labels.release(release.series, release.version)}</span>
          <span>{format.range(release.periodFrom, release.periodTo)}</span>
          <span className={`badge badge--${status ? TONE[status] : 'unknown'}`}>
            {labels.releaseStatus(release.status)}
          </span>
          {release.organizationName && (
            <span className="tag">
              {t('steps.release.own', { name: release.organizationName })}
            </span>
          )}
        </p>
        {choice.note === 'building' && (
          <>
            <div
              className="progress"
              role="progressbar"
              aria-label={t('steps.release.progressLabel', { title: release.title })}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={choice.percent}
              aria-valuetext={percent}
            >
              <div className="progress__bar" style={{ width: `${choice.percent}%` }} />
            </div>
            <p id={`${id}-note`} className="hint">
              {t('steps.release.building', { percent })}
            </p>
          </>
        )}
        {choice.note === 'failed' && (
          <p id={`${id}-note`} className="field-issue field-issue--error">
            {t('steps.release.failed')} {release.error && <span lang="en">{release.error}</span>}
          </p>
        )}
        {(choice.note === 'networkDraft' ||
          choice.note === 'ownDraft' ||
          choice.note === 'unavailable') && (
          <p id={`${id}-note`} className="hint">
            {t(`steps.release.${choice.note}`)}
          </p>
        )}
      </div>
    </div>
  );
}

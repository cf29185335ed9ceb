import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicReleaseFragment } from '@candor/web-graphql';
import {
  GRANULARITIES,
  ReleaseSource,
  usePublicLabels,
  type Granularity,
} from '@candor/web-public-kit';
import { ViewSwitch } from './view-switch';

/**
 * The top of a content page: its heading and introduction, the granularity switch (and any
 * other switch the page has), a note on what is measured, and the release the figures are from.
 */
export function ContentPageHeader({
  heading,
  intro,
  granularity,
  switches,
  note,
  release,
  pinned,
}: {
  heading: string;
  intro: string;
  granularity: Granularity;
  switches?: ReactNode;
  note?: ReactNode;
  release: PublicReleaseFragment | null;
  pinned: boolean;
}) {
  const { t } = useTranslation('contentPages');
  const labels = usePublicLabels();
  return (
    <header className="page-header page-header--wide">
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1>{heading}</h1>
      <p className="lead">{intro}</p>
      <div className="content-page__switches">
        <ViewSwitch
          label={t('granularity.label')}
          param="granularity"
          options={GRANULARITIES.map((value) => ({ value, label: labels.granularity(value) }))}
          current={granularity}
        />
        {switches}
      </div>
      {note}
      {release && <ReleaseSource release={release} pinned={pinned} />}
    </header>
  );
}

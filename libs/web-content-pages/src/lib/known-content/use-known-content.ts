import { useMemo } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import type { PublishedPoint } from '@candor/charts';
import type { PublicReleaseFragment } from '@candor/web-graphql';
import {
  toFlagViews,
  type FlagView,
  type Granularity,
  type ViewParams,
} from '@candor/web-public-kit';
import { useViewRelease, type ViewRelease } from '../shared/use-view-release';
import type { ContentMetric, IndicatorRow } from './content-data';
import { knownContentQuery } from './known-content.documents';

export interface KnownContentData {
  release: PublicReleaseFragment;
  granularity: Granularity;
  periods: string[];
  indicators: readonly IndicatorRow[];
  files: Readonly<Record<ContentMetric, readonly PublishedPoint[]>>;
  /** Spikes and level shifts of both file counts, newest first. */
  flags: FlagView[];
}

export type KnownContentState =
  Exclude<ViewRelease, { status: 'ready' }> | ({ status: 'ready' } & KnownContentData);

/** The release a view reads, then its known-content indicators, file counts and their flags. */
export function useKnownContent(
  params: ViewParams,
  granularity: Granularity,
  scope: string,
): KnownContentState {
  const view = useViewRelease(params, granularity);
  const release = view.status === 'ready' ? view.release : null;
  const result = useQuery(
    knownContentQuery,
    release
      ? { variables: { releaseId: release.id, scope, from: params.from, to: params.to } }
      : skipToken,
  );
  const data = result.data;
  const files = useMemo(
    () => ({
      'content.files.reported': data?.reported ?? [],
      'content.files.known': data?.known ?? [],
    }),
    [data],
  );
  const flags = useMemo(
    () => toFlagViews([...(data?.reportedFlags ?? []), ...(data?.knownFlags ?? [])]),
    [data],
  );
  if (view.status !== 'ready') return view;
  if (result.error) return { status: 'failed' };
  if (!data) return { status: 'loading' };
  return {
    status: 'ready',
    release: view.release,
    granularity: view.granularity,
    periods: view.periods,
    indicators: data.redistribution,
    files,
    flags,
  };
}

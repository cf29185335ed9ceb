import { toReleaseStatus } from '../shared/vocabulary';

/** A release a report can be built from (`ReportRelease`). */
export interface ReleaseOption {
  id: string;
  status: string;
  percent: number;
  error: string | null;
  organizationName: string | null;
}

export type ReleaseNote = 'building' | 'failed' | 'networkDraft' | 'ownDraft' | 'unavailable';

export interface ReleaseChoice {
  /** Reports can be previewed from it (a draft or published release). */
  selectable: boolean;
  /** Reports of it can be published now: an organization's own release, or a published network one. */
  ready: boolean;
  /** What the list says under it; null for a published release. */
  note: ReleaseNote | null;
  /** Build progress, 0–100. */
  percent: number;
}

/** How a release appears in step 1 and what a report of it can do. */
export function releaseChoice(release: ReleaseOption): ReleaseChoice {
  const status = toReleaseStatus(release.status);
  const own = release.organizationName !== null;
  const percent = Math.min(100, Math.max(0, Math.round(release.percent)));
  switch (status) {
    case 'published':
      return { selectable: true, ready: true, note: null, percent };
    case 'draft':
      return { selectable: true, ready: own, note: own ? 'ownDraft' : 'networkDraft', percent };
    case 'building':
      return { selectable: false, ready: false, note: 'building', percent };
    case 'failed':
      return { selectable: false, ready: false, note: 'failed', percent };
    default:
      return { selectable: false, ready: false, note: 'unavailable', percent };
  }
}

/** Poll the list while a release is being built. */
export const anyBuilding = (releases: readonly { status: string }[]) =>
  releases.some((release) => release.status === 'building');

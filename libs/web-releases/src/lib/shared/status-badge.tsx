import { toReleaseStatus, type ReleaseStatus } from './vocabulary';
import { useReleaseLabels } from './use-labels';

// Colors repeat what the words say; the existing badge palette of the review pages.
const TONE: Record<ReleaseStatus, string> = {
  building: 'submitted',
  draft: 'warning',
  failed: 'rejected',
  published: 'accepted',
  withdrawn: 'superseded',
};

/** A release status in words. */
export function ReleaseStatusBadge({ status }: { status: string }) {
  const labels = useReleaseLabels();
  const known = toReleaseStatus(status);
  return (
    <span className={`badge badge--${known ? TONE[known] : 'unknown'}`} data-status={status}>
      {labels.status(status)}
    </span>
  );
}

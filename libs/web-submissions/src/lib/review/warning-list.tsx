import type { ReviewQueueQuery } from '@candor/web-graphql';
import { useIssueLabel } from '../shared/issue-label';
import { useFormat } from '../shared/use-format';

type Warning = ReviewQueueQuery['reviewQueue'][number]['warnings'][number];

/** Soft-rule warnings of a version, each with its title, figure and the server's sentence. */
export function WarningList({ warnings }: { warnings: readonly Warning[] }) {
  const label = useIssueLabel();
  const format = useFormat();
  return (
    <ul className="warning-list">
      {warnings.map((w, index) => (
        <li key={index}>
          <strong>{label(w.code)}</strong>
          {w.metric && (
            <>
              {' '}
              <code>{w.metric}</code>
            </>
          )}
          {w.period && <span className="muted"> · {format.period(w.period)}</span>}
          <br />
          <span lang="en">{w.message}</span>
        </li>
      ))}
    </ul>
  );
}

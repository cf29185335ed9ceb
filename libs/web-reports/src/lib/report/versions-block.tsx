import { Link, useSearchParams } from 'react-router';
import { languageSearch } from '@candor/web-public-kit';
import { interpolate } from '../shared/interpolate';
import { reportPathFromKey } from '../shared/links';
import type { ReportMeta } from '../shared/report-meta';
import { Quoted, useReportText } from '../shared/report-text';
import { versionEntries } from './versions';

/** Every version of this report's series: what changed and why, with links; on screen only. */
export function VersionsBlock({
  meta,
  releaseVersion,
}: {
  meta: ReportMeta;
  releaseVersion: number;
}) {
  const { words, format } = useReportText();
  const [search] = useSearchParams();
  const entries = versionEntries(meta, releaseVersion);
  return (
    <section className="report-block" aria-labelledby="report-versions-title">
      <h2 id="report-versions-title">{words.versions.title}</h2>
      <p>{words.versions.lead}</p>
      <ol className="report-versions">
        {entries.map((entry) => {
          const name = interpolate(words.versions.version, { version: entry.version });
          return (
            <li
              key={entry.key}
              className="report-versions__entry"
              aria-current={entry.current ? 'true' : undefined}
              data-version={entry.version}
            >
              <p className="report-versions__head">
                {entry.current ? (
                  <strong>
                    {name} ({words.versions.current})
                  </strong>
                ) : (
                  <Link
                    to={{ pathname: reportPathFromKey(entry.key), search: languageSearch(search) }}
                  >
                    {interpolate(words.versions.open, { version: entry.version })}
                  </Link>
                )}{' '}
                <span className="muted">
                  {interpolate(words.versions.fromRelease, { version: entry.releaseVersion })} ·{' '}
                  {entry.publishedAt
                    ? interpolate(words.versions.published, {
                        date: format.date(entry.publishedAt),
                      })
                    : words.versions.unpublished}
                </span>
              </p>
              {entry.version === 1 && entry.changes.length === 0 ? (
                <p>{words.versions.first}</p>
              ) : (
                <>
                  <p className="report-versions__label">{words.versions.changes}</p>
                  {entry.changes.length > 0 ? (
                    <ul>
                      {entry.changes.map((change) => (
                        <li key={change}>
                          <Quoted>{change}</Quoted>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{words.versions.noChanges}</p>
                  )}
                  {entry.changeNote && (
                    <p>
                      <span className="report-versions__label">{words.versions.why}:</span>{' '}
                      {entry.changeNote}
                    </p>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

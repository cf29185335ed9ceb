import { orderedFiles, fileKey } from '../shared/files';
import type { ReportMeta } from '../shared/report-meta';
import { useReportText } from '../shared/report-text';

/** The report's files (PDF, CSV, JSON, data package) and its stable address; on screen only. */
export function DownloadsBlock({ meta, url }: { meta: ReportMeta; url: string }) {
  const { words } = useReportText();
  const files = orderedFiles(meta.files);
  return (
    <section className="report-block" aria-labelledby="report-downloads-title">
      <h2 id="report-downloads-title">{words.downloads.title}</h2>
      <p>{words.downloads.lead}</p>
      <ul className="report-downloads">
        <li>
          <a href={url} data-file="web">
            {words.downloads.web}
          </a>
        </li>
        {files.map((file) => {
          const key = fileKey(file.name);
          return (
            <li key={file.name}>
              <a href={file.url} type={file.mediaType} download data-file={file.name}>
                {key ? words.downloads.name[key] : file.name}
              </a>
              {file.sha256 && (
                <span className="report-downloads__sha">
                  {words.downloads.sha256}{' '}
                  <code translate="no" className="report-checksum">
                    {file.sha256}
                  </code>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {files.length === 0 && <p className="muted">{words.downloads.none}</p>}
    </section>
  );
}

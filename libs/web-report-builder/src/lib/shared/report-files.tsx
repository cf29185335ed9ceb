import { useTranslation } from 'react-i18next';
import { orderedFiles, toKnownFile, type KnownFile } from './links';

const FILE_WORD: Record<KnownFile, 'pdf' | 'csv' | 'json' | 'datapackage'> = {
  'report.pdf': 'pdf',
  'report.csv': 'csv',
  'report.json': 'json',
  'datapackage.json': 'datapackage',
};

export interface ReportFileLink {
  name: string;
  url: string;
  mediaType: string;
}

/** The downloads of a published report, as plain links to the API's files. */
export function ReportFiles({
  files,
  labelledBy,
}: {
  files: readonly ReportFileLink[];
  labelledBy: string;
}) {
  const { t } = useTranslation('reportBuilder');
  if (files.length === 0) return null;
  return (
    <ul className="report-builder__files" aria-labelledby={labelledBy}>
      {orderedFiles(files).map((file) => {
        const known = toKnownFile(file.name);
        return (
          <li key={file.name}>
            <a href={file.url} type={file.mediaType}>
              {known ? `${t(`files.${FILE_WORD[known]}`)} (${file.name})` : file.name}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

import { downloadKey } from './downloads';
import { usePublicText } from './use-public-text';

export interface Download {
  name: string;
  url: string;
  mediaType: string;
  sha256: string | null;
}

/** The files of a release, each with what it holds. */
export function DownloadsList({
  downloads,
  label,
  detailed = false,
}: {
  downloads: readonly Download[];
  /** Accessible name of the list, e.g. "Downloads of <title>, version 2". */
  label: string;
  /** Says what each file holds (the release page); the list page keeps to the names. */
  detailed?: boolean;
}) {
  const { t } = usePublicText();
  if (downloads.length === 0) return <p className="muted">{t('downloads.none')}</p>;
  return (
    <ul className={detailed ? 'downloads downloads--detailed' : 'downloads'} aria-label={label}>
      {downloads.map((download) => {
        const key = downloadKey(download.name);
        return (
          <li key={download.name}>
            <a href={download.url} type={download.mediaType} download data-file={download.name}>
              {key ? t(`downloads.name.${key}`) : download.name}
            </a>
            {detailed && key && (
              <span className="downloads__about">{t(`downloads.about.${key}`)}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

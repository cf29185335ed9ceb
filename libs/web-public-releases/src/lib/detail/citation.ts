import type { Words } from '../i18n';
import type { PublicFormat } from '../shared/format';
import { interpolate } from '../shared/interpolate';

export interface CitedRelease {
  id: string;
  title: string;
  series: string;
  version: number;
  publishedAt: string | null;
  withdrawnAt: string | null;
  checksum: string | null;
}

/** The stable address of a release's public page. */
export function releaseUrl(origin: string, id: string): string {
  return `${origin.replace(/\/+$/, '')}/releases/${encodeURIComponent(id)}`;
}

/**
 * A citation of one version of a release: publisher, year, title, version, series, publication
 * date, address and the checksum of its cells, so a reader can find and check exactly these
 * figures. A withdrawn release says so.
 */
export function citationText(
  release: CitedRelease,
  url: string,
  words: Words,
  format: PublicFormat,
): string {
  const published = release.publishedAt ? new Date(release.publishedAt) : null;
  const year =
    published && !Number.isNaN(published.getTime()) ? String(published.getUTCFullYear()) : '';
  const text = interpolate(words.citation.text, {
    publisher: words.citation.publisher,
    year,
    title: release.title,
    version: release.version,
    series: release.series,
    date: release.publishedAt ? format.date(release.publishedAt) : '',
    url,
    checksum: release.checksum ?? words.citation.noChecksum,
  });
  return release.withdrawnAt
    ? `${text} ${interpolate(words.citation.withdrawn, { date: format.date(release.withdrawnAt) })}`
    : text;
}

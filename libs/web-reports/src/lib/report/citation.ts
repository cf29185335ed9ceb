import type { Words } from '../i18n';
import type { ReportFormat } from '../shared/format';
import { interpolate } from '../shared/interpolate';

export interface CitedReport {
  title: string;
  /** The scope in words, in the report's language. */
  scope: string;
  /** The report's version within its series. */
  version: number;
  releaseSeries: string;
  releaseVersion: number;
  publishedAt: string | null;
  /** The release checksum (SHA-256 of its cells.csv). */
  checksum: string | null;
}

/**
 * A citation of one version of a report: publisher, year, title, scope, report version, the
 * release it reports on, publication date, stable address and the release checksum, so a reader
 * can find and check exactly these figures.
 */
export function citationText(
  report: CitedReport,
  url: string,
  words: Words,
  format: Pick<ReportFormat, 'date'>,
): string {
  const published = report.publishedAt ? new Date(report.publishedAt) : null;
  const dated = published !== null && !Number.isNaN(published.getTime());
  return interpolate(words.titlePage.cite, {
    publisher: words.titlePage.publisher,
    year: dated ? String(published.getUTCFullYear()) : '—',
    title: report.title,
    scope: report.scope,
    version: report.version,
    series: report.releaseSeries,
    releaseVersion: report.releaseVersion,
    date: report.publishedAt && dated ? format.date(report.publishedAt) : '—',
    url,
    checksum: report.checksum ?? words.titlePage.noChecksum,
  });
}

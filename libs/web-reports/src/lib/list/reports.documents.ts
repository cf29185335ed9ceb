import { graphql, type TransparencyReportListQuery } from '@candor/web-graphql';

/** Every published report (each version is one), newest first, without content. */
export const transparencyReportListQuery = graphql(`
  query TransparencyReportList {
    transparencyReports {
      id
      key
      series
      version
      status
      releaseId
      releaseSeries
      releaseVersion
      scope
      language
      title
      scopeLabel
      periodFrom
      periodTo
      granularity
      publishedAt
      changeNote
      changes
      jsonSha256
      csvSha256
      files {
        name
        mediaType
        url
        sha256
      }
    }
  }
`);

/** A report as the list shows it. */
export type ListedReport = TransparencyReportListQuery['transparencyReports'][number];

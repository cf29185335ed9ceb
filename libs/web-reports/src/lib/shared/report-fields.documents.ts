import { graphql } from '@candor/web-graphql';

/** What the list and the report page show of a report, besides its content and versions. */
export const reportFields = graphql(`
  fragment ReportFields on TransparencyReport {
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
`);

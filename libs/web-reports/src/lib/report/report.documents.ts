import { graphql } from '@candor/web-graphql';

/**
 * One report (release, scope, language) with its content (the `Report` model): published, or
 * awaiting approval for a signed-in caller who may approve or publish it; null if none.
 */
export const transparencyReportQuery = graphql(`
  query TransparencyReport($releaseId: ID!, $scope: String!, $language: String!) {
    transparencyReport(releaseId: $releaseId, scope: $scope, language: $language) {
      ...ReportFields
      versions {
        id
        key
        version
        releaseVersion
        publishedAt
        changeNote
        changes
      }
      content
    }
  }
`);

import { graphql } from '@candor/web-graphql';

/** A report's files, as the success message and the approval list offer them. */
export const builderReportFragment = graphql(`
  fragment BuilderReport on TransparencyReport {
    id
    key
    series
    version
    status
    releaseId
    releaseSeries
    releaseVersion
    scope
    scopeLabel
    language
    title
    periodFrom
    periodTo
    createdAt
    publishedAt
    files {
      name
      mediaType
      url
      sha256
    }
  }
`);

/** Reports of an organization's own figures waiting for its admin (the caller may see them). */
export const reportsAwaitingApprovalQuery = graphql(`
  query ReportsAwaitingApproval {
    reportsAwaitingApproval {
      ...BuilderReport
    }
  }
`);

export const approveReportMutation = graphql(`
  mutation ApproveReport($id: ID!) {
    approveReport(id: $id) {
      ...BuilderReport
    }
  }
`);

/** Releases the caller may build reports from: its organization's own first, then network ones. */
export const reportReleasesQuery = graphql(`
  query ReportReleases {
    reportReleases {
      id
      series
      version
      title
      periodFrom
      periodTo
      granularity
      status
      percent
      error
      publishedAt
      organizationName
    }
  }
`);

export const reportScopesQuery = graphql(`
  query ReportScopes($releaseId: ID!) {
    reportScopes(releaseId: $releaseId) {
      key
      kind
      label
      needsApproval
    }
  }
`);

/** The report as it would be published, and what is already published for its definition. */
export const reportPreviewQuery = graphql(`
  query ReportPreview($releaseId: ID!, $scope: String!, $language: String!) {
    reportPreview(releaseId: $releaseId, scope: $scope, language: $language) {
      key
      content
      jsonSha256
      csvSha256
      existing {
        ...BuilderReport
      }
      follows {
        id
        key
        version
        releaseId
        releaseVersion
        publishedAt
      }
    }
  }
`);

export const publishReportMutation = graphql(`
  mutation PublishReport($input: PublishReportInput!) {
    publishReport(input: $input) {
      ...BuilderReport
    }
  }
`);

/** An organization admin's release of its own attributed figures, built in the background. */
export const createOrganizationReleaseMutation = graphql(`
  mutation CreateOrganizationRelease($input: CreateOrganizationReleaseInput!) {
    createOrganizationRelease(input: $input) {
      id
      status
      title
    }
  }
`);

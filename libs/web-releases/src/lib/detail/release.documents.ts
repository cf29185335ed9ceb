import { graphql } from '@candor/web-graphql';

/** One release with everything its page shows; polled while it builds. */
export const releaseDetailQuery = graphql(`
  query ReleaseDetail($id: ID!) {
    releaseDraft(id: $id) {
      id
      series
      version
      title
      periodFrom
      periodTo
      granularity
      status
      progress {
        step
        percent
      }
      options {
        minContributors
        roundingBase
        noise {
          rho
          epsilon
          delta
          seriesSpentRho
          seriesLimitRho
        }
      }
      error
      checksum
      cellCount
      definitionVersions
      changelog
      builtAt
      publishedAt
      withdrawnAt
      withdrawalReason
    }
    previousRelease(releaseId: $id) {
      id
      title
      version
    }
  }
`);

/** What the cell filters offer: the release's metrics, scopes and dimensions, and metric labels. */
export const releaseCellFacetsQuery = graphql(`
  query ReleaseCellFacets($id: ID!) {
    releaseCellFacets(releaseId: $id) {
      metrics
      scopes
      dimensions
    }
    metrics {
      code
      label
    }
  }
`);

/** A page of cells, filtered on the server. */
export const releaseCellsQuery = graphql(`
  query ReleaseCells(
    $id: ID!
    $metric: String
    $scope: String
    $dimension: String
    $suppressedOnly: Boolean!
    $offset: Int!
    $limit: Int!
  ) {
    releaseCells(
      releaseId: $id
      metric: $metric
      scope: $scope
      dimension: $dimension
      suppressedOnly: $suppressedOnly
      offset: $offset
      limit: $limit
    ) {
      total
      offset
      limit
      cells {
        metric
        scope
        period
        dimension
        dimensionValue
        value
        suppression
      }
    }
  }
`);

/** Spikes and level shifts of the release, with the data their explanation is made of. */
export const releaseFlagsQuery = graphql(`
  query ReleaseFlags($id: ID!) {
    spikes: releaseStatistics(releaseId: $id, kind: "spike") {
      kind
      metric
      period
      data
    }
    shifts: releaseStatistics(releaseId: $id, kind: "level_shift") {
      kind
      metric
      period
      data
    }
    metrics {
      code
      label
    }
  }
`);

export const publishReleaseMutation = graphql(`
  mutation PublishRelease($id: ID!) {
    publishRelease(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const withdrawReleaseMutation = graphql(`
  mutation WithdrawRelease($id: ID!, $reason: String!) {
    withdrawRelease(id: $id, reason: $reason) {
      id
      status
      withdrawnAt
      withdrawalReason
    }
  }
`);

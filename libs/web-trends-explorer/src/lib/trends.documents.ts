import { graphql } from '@candor/web-graphql';

/** What the explorer offers: metrics with their dimensions, and the countries a country can be. */
export const trendsCatalogueQuery = graphql(`
  query TrendsCatalogue {
    metrics {
      code
      submittedBy
      requiredDimension
      dimensions {
        code
        kind
        values {
          code
        }
      }
    }
    countries {
      code
      name
    }
  }
`);

/** What the explorer shows of the release it reads. */
export const trendsReleaseFields = graphql(`
  fragment TrendsRelease on Release {
    id
    title
    version
    granularity
    series
    periodFrom
    periodTo
    publishedAt
    status
    withdrawalReason
  }
`);

/** The latest published release at a granularity. */
export const trendsLatestReleaseQuery = graphql(`
  query TrendsLatestRelease($granularity: String!) {
    latestRelease(granularity: $granularity) {
      ...TrendsRelease
    }
  }
`);

/** A release the view is pinned to (published or withdrawn). */
export const trendsPinnedReleaseQuery = graphql(`
  query TrendsPinnedRelease($id: ID!) {
    release(id: $id) {
      ...TrendsRelease
    }
  }
`);

/**
 * One series of one release: every published period with its value or the reason it is
 * withheld, its spike and level-shift flags, and the public log's notes on the metric.
 */
export const trendsSeriesQuery = graphql(`
  query TrendsSeries(
    $releaseId: ID!
    $metric: String!
    $scope: String!
    $dimension: String
    $dimensionValue: String
    $from: String
    $to: String
  ) {
    series(
      releaseId: $releaseId
      metric: $metric
      scope: $scope
      dimension: $dimension
      dimensionValue: $dimensionValue
      from: $from
      to: $to
    ) {
      period
      value
      suppression
      flags
    }
    annotations(metric: $metric) {
      id
      metric
      period
      text
    }
  }
`);

/** A breakdown in the release's last period: which values have a published figure. */
export const trendsBreakdownQuery = graphql(`
  query TrendsBreakdown(
    $releaseId: ID!
    $metric: String!
    $scope: String!
    $dimension: String!
    $period: String!
  ) {
    breakdown(
      releaseId: $releaseId
      metric: $metric
      scope: $scope
      dimension: $dimension
      period: $period
    ) {
      value
      count
      suppression
    }
  }
`);

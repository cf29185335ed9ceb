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

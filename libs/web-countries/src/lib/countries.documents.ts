import { graphql } from '@candor/web-graphql';

/** What the page needs of the catalogue: metrics and their dimensions, and the country codes. */
export const countriesCatalogueQuery = graphql(`
  query CountriesCatalogue {
    metrics {
      code
      submittedBy
      requiredDimension
      dimensions {
        code
      }
    }
    countries {
      code
      name
    }
  }
`);

/** What the page shows of the release it reads. */
export const countriesReleaseFields = graphql(`
  fragment CountriesRelease on Release {
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
export const countriesLatestReleaseQuery = graphql(`
  query CountriesLatestRelease($granularity: String!) {
    latestRelease(granularity: $granularity) {
      ...CountriesRelease
    }
  }
`);

/** A release the view is pinned to (published or withdrawn). */
export const countriesPinnedReleaseQuery = graphql(`
  query CountriesPinnedRelease($id: ID!) {
    release(id: $id) {
      ...CountriesRelease
    }
  }
`);

/** The metric's totals per period: the periods to choose from, and the total a share is of. */
export const countryTotalsQuery = graphql(`
  query CountryTotals($metric: String!, $scope: String!, $releaseId: ID!) {
    series(metric: $metric, scope: $scope, releaseId: $releaseId) {
      period
      value
      suppression
    }
  }
`);

/** One period of the metric broken down by hosting country. */
export const countryBreakdownQuery = graphql(`
  query CountryBreakdown($metric: String!, $period: String!, $scope: String!, $releaseId: ID!) {
    breakdown(
      metric: $metric
      dimension: "hosting_country"
      period: $period
      scope: $scope
      releaseId: $releaseId
    ) {
      value
      count
      suppression
    }
  }
`);

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

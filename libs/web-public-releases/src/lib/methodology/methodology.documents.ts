import { graphql } from '@candor/web-graphql';

/** The catalogue, and every public release with its disclosure parameters (to pick one). */
export const publicMethodologyQuery = graphql(`
  query PublicMethodology {
    releases {
      id
      title
      series
      version
      granularity
      status
      publishedAt
      withdrawnAt
      definitionVersions
      options {
        minContributors
        roundingBase
        noise {
          rho
          epsilon
          delta
          seriesSpentRho
          seriesLimitRho
          metrics {
            metric
          }
        }
      }
    }
    metrics {
      code
      label
      definition
      version
      unit
      submittedBy
      requiredDimension
      dimensions {
        code
        label
        kind
        values {
          code
          label
        }
      }
    }
  }
`);

import { graphql } from '@candor/web-graphql';

/**
 * One public release with everything its page shows, the other releases (to name the version its
 * changelog compares with) and the catalogue names its cells need.
 */
export const publicReleaseDetailQuery = graphql(`
  query PublicReleaseDetail($id: ID!) {
    release(id: $id) {
      id
      title
      series
      version
      periodFrom
      periodTo
      granularity
      status
      checksum
      cellCount
      builtAt
      publishedAt
      withdrawnAt
      withdrawalReason
      definitionVersions
      changelog
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
      downloads {
        name
        url
        mediaType
        sha256
      }
    }
    releases {
      id
      title
      series
      version
      status
      publishedAt
      withdrawnAt
    }
    metrics {
      code
      label
      version
      unit
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
    countries {
      code
      name
    }
  }
`);

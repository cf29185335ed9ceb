import { graphql } from '@candor/web-graphql';

/** Every public release, newest first, with what the list shows of each. */
export const publicReleaseListQuery = graphql(`
  query PublicReleaseList {
    releases {
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
      publishedAt
      withdrawnAt
      withdrawalReason
      downloads {
        name
        url
        mediaType
        sha256
      }
    }
  }
`);

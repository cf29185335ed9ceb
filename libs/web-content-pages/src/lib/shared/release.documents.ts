import { graphql } from '@candor/web-graphql';

/** What the content pages show of the release they read. */
export const contentReleaseFields = graphql(`
  fragment ContentPagesRelease on Release {
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
export const contentLatestReleaseQuery = graphql(`
  query ContentPagesLatestRelease($granularity: String!) {
    latestRelease(granularity: $granularity) {
      ...ContentPagesRelease
    }
  }
`);

/** A release the view is pinned to (published or withdrawn). */
export const contentPinnedReleaseQuery = graphql(`
  query ContentPagesPinnedRelease($id: ID!) {
    release(id: $id) {
      ...ContentPagesRelease
    }
  }
`);

import { graphql } from '@candor/web-graphql';

/** What a public page shows of the release it reads. */
export const publicReleaseFields = graphql(`
  fragment PublicRelease on Release {
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
export const publicLatestReleaseQuery = graphql(`
  query PublicLatestRelease($granularity: String!) {
    latestRelease(granularity: $granularity) {
      ...PublicRelease
    }
  }
`);

/** A release the view is pinned to (published or withdrawn). */
export const publicPinnedReleaseQuery = graphql(`
  query PublicPinnedRelease($id: ID!) {
    release(id: $id) {
      ...PublicRelease
    }
  }
`);

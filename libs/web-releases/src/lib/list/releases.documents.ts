import { graphql } from '@candor/web-graphql';

/** Every release, drafts and failed builds included, newest first. */
export const allReleasesQuery = graphql(`
  query AllReleases {
    allReleases {
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
      cellCount
      builtAt
      publishedAt
    }
  }
`);

/** Starts a build; the release's page follows its progress. */
export const createReleaseMutation = graphql(`
  mutation CreateRelease($input: CreateReleaseInput!) {
    createRelease(input: $input) {
      id
      status
    }
  }
`);

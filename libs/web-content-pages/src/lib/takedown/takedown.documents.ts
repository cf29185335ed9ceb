import { graphql } from '@candor/web-graphql';

/** Takedown-time distributions of one release, every metric, for the periods of the view. */
export const takedownTimesQuery = graphql(`
  query TakedownPageTimes($releaseId: ID!, $scope: String!, $from: String, $to: String) {
    takedownTimes(releaseId: $releaseId, scope: $scope, from: $from, to: $to) {
      metric
      period
      data
    }
  }
`);

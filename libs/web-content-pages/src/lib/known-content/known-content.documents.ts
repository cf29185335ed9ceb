import { graphql } from '@candor/web-graphql';

/**
 * Known-content indicators of one release, the two file counts spikes are measured on, and the
 * spikes and level shifts of each with their explanation.
 */
export const knownContentQuery = graphql(`
  query KnownContentPage($releaseId: ID!, $scope: String!, $from: String, $to: String) {
    redistribution(releaseId: $releaseId, scope: $scope, from: $from, to: $to) {
      period
      data
    }
    reported: series(
      metric: "content.files.reported"
      releaseId: $releaseId
      scope: $scope
      from: $from
      to: $to
    ) {
      period
      value
      suppression
    }
    known: series(
      metric: "content.files.known"
      releaseId: $releaseId
      scope: $scope
      from: $from
      to: $to
    ) {
      period
      value
      suppression
    }
    reportedFlags: spikes(
      metric: "content.files.reported"
      releaseId: $releaseId
      scope: $scope
      limit: 200
    ) {
      kind
      metric
      scope
      period
      data
    }
    knownFlags: spikes(
      metric: "content.files.known"
      releaseId: $releaseId
      scope: $scope
      limit: 200
    ) {
      kind
      metric
      scope
      period
      data
    }
  }
`);

import { graphql } from '@candor/web-graphql';

/** What the overview shows of the release it reads. */
export const overviewReleaseFields = graphql(`
  fragment OverviewRelease on Release {
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
export const latestReleaseQuery = graphql(`
  query OverviewLatestRelease($granularity: String!) {
    latestRelease(granularity: $granularity) {
      ...OverviewRelease
    }
  }
`);

/** A release the view is pinned to (published or withdrawn). */
export const pinnedReleaseQuery = graphql(`
  query OverviewPinnedRelease($id: ID!) {
    release(id: $id) {
      ...OverviewRelease
    }
  }
`);

/** The headline figures of one release, and its newest spikes and level shifts. */
export const overviewFiguresQuery = graphql(`
  query OverviewFigures($releaseId: ID!) {
    reports: series(metric: "hotline.reports.received", releaseId: $releaseId) {
      period
      value
      suppression
    }
    csam: series(metric: "hotline.reports.csam", releaseId: $releaseId) {
      period
      value
      suppression
    }
    actioned: series(metric: "company.content.actioned", releaseId: $releaseId) {
      period
      value
      suppression
    }
    takedown: takedownTimes(releaseId: $releaseId, scope: "network") {
      metric
      period
      data
    }
    redistribution(releaseId: $releaseId, scope: "network") {
      period
      data
    }
    flags: spikes(releaseId: $releaseId, scope: "network", limit: 6) {
      kind
      metric
      scope
      period
      data
    }
  }
`);

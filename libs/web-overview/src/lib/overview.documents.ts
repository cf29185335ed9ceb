import { graphql } from '@candor/web-graphql';

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

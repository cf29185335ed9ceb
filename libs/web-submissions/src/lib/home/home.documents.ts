import { graphql } from '@candor/web-graphql';

/** The organization's expected periods, newest first, with deadlines. */
export const periodStatusesQuery = graphql(`
  query PeriodStatuses($organizationId: ID!, $count: Int!) {
    periodStatuses(organizationId: $organizationId, count: $count) {
      period
      status
      version
      submissionId
      deadline
      overdue
    }
  }
`);

import { graphql } from '@candor/web-graphql';

/** Every version of one period of an organization, newest first. */
export const periodHistoryQuery = graphql(`
  query PeriodHistory($organizationId: ID!, $period: String!) {
    submissions(organizationId: $organizationId, period: $period) {
      id
      period
      version
      status
      source
      attributed
      figureCount
      createdAt
      reviewedAt
      reviewNote
    }
  }
`);

/** A version next to the one before it, figure by figure. */
export const comparisonQuery = graphql(`
  query SubmissionComparison($id: ID!) {
    submissionComparison(id: $id) {
      submission {
        id
        period
        version
        status
        source
        attributed
        figureCount
        createdAt
        reviewedAt
        reviewNote
        organization {
          id
          name
          kind
          country
        }
      }
      previous {
        id
        version
        status
        createdAt
      }
      changes {
        metric
        change
        previous
        current
        dimensions {
          dimension
          value
        }
      }
    }
  }
`);

import { graphql } from '@candor/web-graphql';

/** Versions waiting for a reviewer, oldest first, with their warnings. */
export const reviewQueueQuery = graphql(`
  query ReviewQueue {
    reviewQueue {
      previousVersion
      warnings {
        row
        column
        code
        message
        period
        metric
      }
      submission {
        id
        period
        version
        status
        source
        attributed
        figureCount
        createdAt
        organization {
          id
          name
          kind
          country
        }
      }
    }
  }
`);

export const reviewSubmissionMutation = graphql(`
  mutation ReviewSubmission($id: ID!, $decision: String!, $note: String) {
    reviewSubmission(id: $id, decision: $decision, note: $note) {
      id
      status
      reviewedAt
      reviewNote
    }
  }
`);

import { graphql } from '@candor/web-graphql';

/** The figures of the current version of a period, to start a correction from. */
export const currentFiguresQuery = graphql(`
  query CurrentFigures($id: ID!) {
    submission(id: $id) {
      id
      period
      version
      status
      attributed
      figures {
        metric
        value
        dimensions {
          dimension
          value
        }
      }
    }
  }
`);

export const validateFiguresMutation = graphql(`
  mutation ValidateFigures($input: SubmissionInput!) {
    validateFigures(input: $input) {
      ...SubmissionReportFields
    }
  }
`);

export const submitFiguresMutation = graphql(`
  mutation SubmitFigures($input: SubmissionInput!, $idempotencyKey: String) {
    submitFigures(input: $input, idempotencyKey: $idempotencyKey) {
      ...SubmissionReportFields
    }
  }
`);

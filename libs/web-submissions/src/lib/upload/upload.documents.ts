import { graphql } from '@candor/web-graphql';

/** A CSV file, checked (dry run) or stored as one version per period. */
export const submitCsvMutation = graphql(`
  mutation SubmitCsv(
    $organizationId: ID!
    $csv: String!
    $idempotencyKey: String
    $attributed: Boolean!
    $dryRun: Boolean!
  ) {
    submitCsv(
      organizationId: $organizationId
      csv: $csv
      idempotencyKey: $idempotencyKey
      attributed: $attributed
      dryRun: $dryRun
    ) {
      ...SubmissionReportFields
    }
  }
`);

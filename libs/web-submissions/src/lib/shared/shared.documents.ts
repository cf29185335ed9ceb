import { graphql } from '@candor/web-graphql';

/** Every way of sending figures answers with this report. */
export const submissionReportFragment = graphql(`
  fragment SubmissionReportFields on SubmissionReport {
    ok
    replayed
    errors {
      row
      column
      code
      message
      period
      metric
    }
    warnings {
      row
      column
      code
      message
      period
      metric
    }
    submissions {
      id
      period
      version
      status
      source
      figureCount
      createdAt
    }
  }
`);

/**
 * The catalogue with labels and dimension values (the same fields as the catalogue page, so both
 * pages share one cache entry per metric), and the countries of country dimensions.
 */
export const submissionCatalogueQuery = graphql(`
  query SubmissionCatalogue {
    metrics {
      code
      label
      definition
      submittedBy
      unit
      version
      requiredDimension
      dimensions {
        code
        label
        definition
        kind
        values {
          code
          label
        }
      }
    }
    countries {
      code
      name
    }
  }
`);

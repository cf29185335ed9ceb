import { graphql } from '@candor/web-graphql';

/** The whole catalogue: every metric with its definition and dimensions. */
export const catalogueQuery = graphql(`
  query CatalogueMetrics {
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
  }
`);

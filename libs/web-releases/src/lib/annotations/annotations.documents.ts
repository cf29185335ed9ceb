import { graphql } from '@candor/web-graphql';

/** The public annotation log, with metric labels for the series select. */
export const annotationLogQuery = graphql(`
  query AnnotationLog {
    annotations {
      id
      metric
      period
      text
      createdAt
    }
    metrics {
      code
      label
    }
  }
`);

export const addAnnotationMutation = graphql(`
  mutation AddAnnotation($period: String!, $text: String!, $metric: String) {
    addAnnotation(period: $period, text: $text, metric: $metric) {
      id
      metric
      period
      text
      createdAt
    }
  }
`);

export const updateAnnotationMutation = graphql(`
  mutation UpdateAnnotation($id: ID!, $period: String!, $text: String!, $metric: String) {
    updateAnnotation(id: $id, period: $period, text: $text, metric: $metric) {
      id
      metric
      period
      text
      createdAt
    }
  }
`);

export const deleteAnnotationMutation = graphql(`
  mutation DeleteAnnotation($id: ID!) {
    deleteAnnotation(id: $id)
  }
`);

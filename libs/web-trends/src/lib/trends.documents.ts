import { graphql } from '@candor/web-graphql';

/** Metrics a trend can be drawn for, with their labels. */
export const trendMetricsQuery = graphql(`
  query TrendMetrics {
    metrics {
      code
      label
      unit
      requiredDimension
    }
  }
`);

/** Network totals of one metric (preview, from accepted submissions). */
export const networkTotalsQuery = graphql(`
  query NetworkTotals($metric: String!, $grain: TotalsGrain!) {
    networkTotals(metric: $metric, grain: $grain) {
      period
      value
      withheld
    }
  }
`);

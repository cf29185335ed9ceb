import { graphql, type TransparencyReportListQuery } from '@candor/web-graphql';

/** Every published report (each version is one), newest first, without content. */
export const transparencyReportListQuery = graphql(`
  query TransparencyReportList {
    transparencyReports {
      ...ReportFields
    }
  }
`);

/** A report as the list shows it. */
export type ListedReport = TransparencyReportListQuery['transparencyReports'][number];

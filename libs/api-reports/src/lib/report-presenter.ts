import type { ReportEntity, ReleaseEntity } from '@candor/db';
import type { ReportLanguage } from '@candor/reports';
import { parseScope, scopeLabel } from './report-definition';
import { reportFiles, reportPath } from './report-files';
import type {
  TransparencyReportModel,
  TransparencyReportVersionModel,
} from './models/report.model';

type Release = Pick<
  ReleaseEntity,
  'series' | 'version' | 'periodFrom' | 'periodTo' | 'granularity'
>;

export const reportKeyOf = (r: Pick<ReportEntity, 'releaseId' | 'scope' | 'language'>) =>
  `${r.releaseId}/${r.scope}/${r.language}`;

export function versionModel(
  report: ReportEntity,
  releaseVersion: number,
): TransparencyReportVersionModel {
  return {
    id: report.id,
    key: reportKeyOf(report),
    version: report.version,
    releaseId: report.releaseId,
    releaseVersion,
    publishedAt: report.publishedAt,
    changeNote: report.changeNote,
    changes: report.changes,
  };
}

/** A stored report as GraphQL shows it (content parsed from the frozen JSON bytes). */
export function reportModel(
  report: ReportEntity,
  release: Release,
  context: {
    organizationName: string | null;
    versions: TransparencyReportVersionModel[];
  },
): TransparencyReportModel {
  return {
    ...versionModel(report, release.version),
    series: report.series,
    status: report.status,
    releaseSeries: release.series,
    scope: report.scope,
    scopeLabel: scopeLabel(parseScope(report.scope), context.organizationName),
    language: report.language satisfies ReportLanguage,
    title: report.title,
    periodFrom: release.periodFrom,
    periodTo: release.periodTo,
    granularity: release.granularity,
    createdAt: report.createdAt,
    approvedAt: report.approvedAt,
    jsonSha256: report.jsonSha256,
    csvSha256: report.csvSha256,
    files: reportFiles(report),
    versions: context.versions,
    // Parsed only when a query asks for it: lists of reports rarely do.
    get content() {
      return JSON.parse(report.json) as unknown;
    },
  };
}

export { reportPath };

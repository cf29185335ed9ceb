// What `loadReportView()` gives: the pure report view, its styles and the types it takes.
import '../reports.css';

export { ReportView, type ReportViewProps } from './report-view';
export type { ReportMeta, ReportVersion } from '../shared/report-meta';
export type { ReportFile } from '../shared/files';
export { toReport } from '../shared/report-meta';

export * from './lib/reports.module';
export * from './lib/reports.service';
export { ReportPdfService } from './lib/report-pdf.service';
export { reportPath } from './lib/report-files';

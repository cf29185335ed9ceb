import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@candor/api-platform';
import { CACHE_CONTROL, etagOfSha256, ifNoneMatchMatches } from '@candor/api-releases';
import { sha256 } from '@candor/reports';
import { ReportPdfService } from './report-pdf.service';
import { reportKeyOf } from './report-presenter';
import {
  isReportFileName,
  reportDatapackage,
  reportFilename,
  reportFiles,
  reportPath,
  REPORT_MEDIA_TYPES,
} from './report-files';
import { reportError } from './report.errors';
import { ReportsService } from './reports.service';

/**
 * Published reports over plain HTTP: `GET /api/reports` lists them, and
 * `GET /api/reports/:releaseId/:scope/:language/{report.json,report.csv,report.pdf,datapackage.json}`
 * downloads one (immutable bytes, a strong ETag). Also answered without the `/api` prefix.
 */
@Public()
@Controller(['api/reports', 'reports'])
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly pdfs: ReportPdfService,
  ) {}

  @Get()
  async index(@Res() response: Response): Promise<void> {
    const reports = await this.reports.published({});
    response.setHeader('Cache-Control', CACHE_CONTROL.latest);
    response.json({
      reports: reports.map((r) => ({
        id: r.id,
        key: reportKeyOf(r),
        series: r.series,
        version: r.version,
        title: r.title,
        releaseId: r.releaseId,
        scope: r.scope,
        language: r.language,
        publishedAt: r.publishedAt,
        changeNote: r.changeNote,
        changes: r.changes,
        page: `/reports/${reportPath(r)}`,
        files: reportFiles(r),
      })),
    });
  }

  @Get(':releaseId/:scope/:language/:file')
  async download(
    @Param('releaseId') releaseId: string,
    @Param('scope') scope: string,
    @Param('language') language: string,
    @Param('file') name: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const report = isReportFileName(name)
      ? await this.reports.find(releaseId, scope, language, null)
      : null;
    if (!report || !isReportFileName(name))
      throw reportError(
        'REPORT_NOT_FOUND',
        `No published report ${releaseId}/${scope}/${language} with a file "${name}" (report.json, report.csv, report.pdf, datapackage.json).`,
      );
    let body: Buffer;
    let digest: string;
    if (name === 'report.pdf') {
      ({ pdf: body, sha256: digest } = await this.pdfs.pdfOf(report));
    } else {
      const text =
        name === 'report.json'
          ? report.json
          : name === 'report.csv'
            ? report.csv
            : reportDatapackage(report);
      body = Buffer.from(text, 'utf8');
      digest =
        name === 'report.json'
          ? report.jsonSha256
          : name === 'report.csv'
            ? report.csvSha256
            : sha256(body);
    }
    const etag = etagOfSha256(digest);
    const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL.immutable };
    if (ifNoneMatchMatches(request.headers['if-none-match'], etag)) {
      response.writeHead(304, headers).end();
      return;
    }
    const text = name !== 'report.pdf';
    response
      .writeHead(200, {
        ...headers,
        'Content-Type': `${REPORT_MEDIA_TYPES[name]}${text ? '; charset=utf-8' : ''}`,
        'Content-Length': body.length,
        'Content-Disposition': `${name === 'report.pdf' ? 'inline' : 'attachment'}; filename="${reportFilename(report, name)}"`,
      })
      .end(request.method === 'HEAD' ? undefined : body);
  }
}

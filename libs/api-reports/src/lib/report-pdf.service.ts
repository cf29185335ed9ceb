import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CANDOR_CONFIG, type CandorConfig } from '@candor/api-platform';
import { ReportEntity } from '@candor/db';
import { sha256 } from '@candor/reports';
import { PdfRenderer, PdfRendererUnavailable } from './pdf';
import { reportPath } from './report-files';
import { reportError } from './report.errors';

/**
 * The PDF of a published report: printed by headless Chromium from the report's own web page
 * (`?print=1`) on the first request, then stored with the report, so every later download is the
 * same bytes. Concurrent first requests share one rendering.
 */
@Injectable()
export class ReportPdfService implements OnModuleDestroy {
  private readonly logger = new Logger('ReportPdf');
  private readonly renderer: PdfRenderer;
  private readonly inFlight = new Map<string, Promise<{ pdf: Buffer; sha256: string }>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CANDOR_CONFIG) private readonly config: CandorConfig,
  ) {
    this.renderer = new PdfRenderer({ executablePath: config.chromiumPath, concurrency: 1 });
  }

  /** The page Chromium prints. */
  pageUrl(report: Pick<ReportEntity, 'releaseId' | 'scope' | 'language'>): string {
    return `${this.config.webUrl}/reports/${reportPath(report)}?print=1`;
  }

  async pdfOf(report: ReportEntity): Promise<{ pdf: Buffer; sha256: string }> {
    const stored = await this.dataSource
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .select(['r.id', 'r.pdf', 'r.pdfSha256'])
      .where('r.id = :id', { id: report.id })
      .getOne();
    if (stored?.pdf && stored.pdfSha256) return { pdf: stored.pdf, sha256: stored.pdfSha256 };
    const running = this.inFlight.get(report.id);
    if (running) return running;
    const rendering = this.render(report).finally(() => this.inFlight.delete(report.id));
    this.inFlight.set(report.id, rendering);
    return rendering;
  }

  private async render(report: ReportEntity): Promise<{ pdf: Buffer; sha256: string }> {
    const started = Date.now();
    let pdf: Buffer;
    try {
      ({ pdf } = await this.renderer.render(this.pageUrl(report)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`PDF of report ${report.id} failed: ${message}`);
      throw reportError(
        'PDF_UNAVAILABLE',
        error instanceof PdfRendererUnavailable
          ? message
          : `The PDF could not be rendered from ${this.pageUrl(report)}: ${message} The web, CSV and JSON versions are available.`,
      );
    }
    const digest = sha256(pdf);
    // Only the first rendering is kept: a racing process's bytes never replace stored ones.
    await this.dataSource.query(
      'UPDATE report SET pdf = $2, pdf_sha256 = $3 WHERE id = $1 AND pdf IS NULL',
      [report.id, pdf, digest],
    );
    this.logger.log(
      `PDF of report ${report.id}: ${pdf.length} bytes in ${Date.now() - started} ms`,
    );
    const stored = await this.dataSource
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .select(['r.id', 'r.pdf', 'r.pdfSha256'])
      .where('r.id = :id', { id: report.id })
      .getOne();
    return stored?.pdf && stored.pdfSha256
      ? { pdf: stored.pdf, sha256: stored.pdfSha256 }
      : { pdf, sha256: digest };
  }

  async onModuleDestroy(): Promise<void> {
    await this.renderer.close();
  }
}

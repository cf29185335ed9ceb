import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { OrganizationEntity, ReleaseEntity, ReportEntity } from '@candor/db';
import type { TransparencyReportModel } from './models/report.model';
import { reportModel, versionModel } from './report-presenter';

/** Stored reports → GraphQL models, with their releases, organizations and versions in 3 queries. */
@Injectable()
export class ReportViews {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async present(reports: readonly ReportEntity[]): Promise<TransparencyReportModel[]> {
    if (reports.length === 0) return [];
    const series = [...new Set(reports.map((r) => r.series))];
    const versions = await this.dataSource.getRepository(ReportEntity).find({
      select: {
        id: true,
        series: true,
        version: true,
        releaseId: true,
        scope: true,
        language: true,
        publishedAt: true,
        changeNote: true,
        changes: true,
      },
      where: { series: In(series), status: 'published' },
      order: { version: 'DESC' },
    });
    const releaseIds = [...new Set([...reports, ...versions].map((r) => r.releaseId))];
    const releases = new Map(
      (await this.dataSource.getRepository(ReleaseEntity).findBy({ id: In(releaseIds) })).map(
        (r) => [r.id, r],
      ),
    );
    const organizationIds = [
      ...new Set(reports.flatMap((r) => (r.organizationId ? [r.organizationId] : []))),
    ];
    const names = new Map(
      organizationIds.length
        ? (
            await this.dataSource
              .getRepository(OrganizationEntity)
              .findBy({ id: In(organizationIds) })
          ).map((o) => [o.id, o.name])
        : [],
    );
    return reports.map((report) => {
      const release = releases.get(report.releaseId);
      if (!release) throw new Error(`Report ${report.id} has no release ${report.releaseId}`);
      return reportModel(report, release, {
        organizationName: report.organizationId ? (names.get(report.organizationId) ?? null) : null,
        versions: versions
          .filter((v) => v.series === report.series)
          .map((v) => versionModel(v, releases.get(v.releaseId)?.version ?? 0)),
      });
    });
  }

  async presentOne(report: ReportEntity | null): Promise<TransparencyReportModel | null> {
    return report ? ((await this.present([report]))[0] ?? null) : null;
  }
}

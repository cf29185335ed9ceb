import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { findMetric } from '@candor/catalogue';
import { OrganizationEntity, ReleaseEntity, ReportEntity } from '@candor/db';
import { actorOf, hasNetworkRole, type Principal } from '@candor/api-auth';
import { AuditService } from '@candor/api-audit';
import { ReleaseCacheGeneration, ReleasesService } from '@candor/api-releases';
import {
  buildReport,
  reportCsv,
  reportJson,
  reportKey,
  scopeKey,
  sha256,
  type Report,
  type ReportDefinition,
  type ReportScope,
} from '@candor/reports';
import { mayApprove, maySeeUnpublished, reportAccess } from './report-access';
import { reportChanges } from './report-changes';
import { organizationSlugOf, parseLanguage, parseScope, scopeLabel } from './report-definition';
import { reportError } from './report.errors';
import { loadReportInput } from './report-input.query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A report as built, before it is stored. */
export interface BuiltReport {
  key: string;
  report: Report;
  json: string;
  csv: string;
  jsonSha256: string;
  csvSha256: string;
}

export interface PublishReportRequest {
  releaseId: string;
  scope: string;
  language: string;
  changeNote?: string | null;
}

/** The hotlines and companies a principal administers. */
const administeredOrganizations = (principal: Principal): string[] =>
  principal.memberships
    .filter((m) => m.role === 'admin' && m.organizationKind !== 'network')
    .map((m) => m.organizationId);

/**
 * Transparency reports: built from a release's published cells (never from submissions), frozen
 * as JSON and CSV bytes when published, numbered in series, approved by an organization's admin
 * when they show its own figures.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly releases: ReleasesService,
    private readonly cacheGeneration: ReleaseCacheGeneration,
  ) {}

  // ---- reading

  /** Published reports, newest first; optionally of one release, scope or language. */
  published(filter: {
    releaseId?: string | null;
    scope?: string | null;
    language?: string | null;
  }) {
    if (filter.releaseId && !UUID.test(filter.releaseId)) return Promise.resolve([]);
    return this.dataSource.getRepository(ReportEntity).find({
      where: {
        status: 'published',
        ...(filter.releaseId ? { releaseId: filter.releaseId } : {}),
        ...(filter.scope ? { scope: filter.scope } : {}),
        ...(filter.language ? { language: filter.language as ReportEntity['language'] } : {}),
      },
      order: { publishedAt: 'DESC', version: 'DESC' },
      take: 500,
    });
  }

  /** One report: published, or awaiting approval for those who may see it; null otherwise. */
  async find(
    releaseId: string,
    scope: string,
    language: string,
    principal: Principal | null,
  ): Promise<ReportEntity | null> {
    if (!UUID.test(releaseId)) return null;
    const report = await this.dataSource
      .getRepository(ReportEntity)
      .findOneBy({ releaseId, scope, language: language as ReportEntity['language'] });
    if (!report) return null;
    if (report.status === 'published') return report;
    return principal && maySeeUnpublished(principal, report.organizationId) ? report : null;
  }

  /** Every published version of a report series, newest first. */
  versions(series: string): Promise<ReportEntity[]> {
    return this.dataSource
      .getRepository(ReportEntity)
      .find({ where: { series, status: 'published' }, order: { version: 'DESC' } });
  }

  /** The latest published version of the series a report definition belongs to, if any. */
  async latestVersionOf(
    releaseId: string,
    scope: string,
    language: string,
  ): Promise<{ report: ReportEntity; releaseVersion: number } | null> {
    const release = await this.release(this.dataSource.manager, releaseId);
    const latest = await this.dataSource.getRepository(ReportEntity).findOne({
      where: { series: `${release.series}/${scope}/${language}`, status: 'published' },
      order: { version: 'DESC' },
    });
    if (!latest) return null;
    const of = await this.dataSource
      .getRepository(ReleaseEntity)
      .findOneBy({ id: latest.releaseId });
    return { report: latest, releaseVersion: of?.version ?? 0 };
  }

  /** Reports waiting for an organization admin's approval that the principal may see. */
  async awaitingApproval(principal: Principal): Promise<ReportEntity[]> {
    const pending = await this.dataSource
      .getRepository(ReportEntity)
      .find({ where: { status: 'awaiting_approval' }, order: { createdAt: 'DESC' } });
    return pending.filter((r) => maySeeUnpublished(principal, r.organizationId));
  }

  // ---- preparing

  /** The report as it would be published, for a principal who may prepare it. */
  async preview(
    principal: Principal,
    request: Omit<PublishReportRequest, 'changeNote'>,
  ): Promise<BuiltReport & { existing: ReportEntity | null }> {
    const { definition, release, organization } = await this.target(
      this.dataSource.manager,
      request,
    );
    this.allowed(principal, release, organization);
    const built = await this.build(this.dataSource.manager, release, definition);
    const existing = await this.dataSource.getRepository(ReportEntity).findOneBy({
      releaseId: release.id,
      scope: scopeKey(definition.scope),
      language: definition.language,
    });
    return { ...built, existing };
  }

  /**
   * Publishes a report (or submits it for the organization's approval). An organization's admin
   * publishing a report of its own draft release publishes that release with it.
   */
  async publish(principal: Principal, request: PublishReportRequest): Promise<ReportEntity> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const { definition, release, organization } = await this.target(manager, request, {
        lock: true,
      });
      const access = this.allowed(principal, release, organization);
      if (release.organizationId === null && release.status !== 'published')
        throw reportError(
          'RELEASE_NOT_READY',
          `Release ${release.series} v${release.version} is ${release.status}: publish it before its reports.`,
        );
      const scope = scopeKey(definition.scope);
      const series = `${release.series}/${scope}/${definition.language}`;
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`report:${series}`]);
      const existing = await manager.findOneBy(ReportEntity, {
        releaseId: release.id,
        scope,
        language: definition.language,
      });
      if (existing)
        throw reportError(
          'ALREADY_PUBLISHED',
          existing.status === 'published'
            ? `This report was published as version ${existing.version} of ${series}.`
            : `This report is waiting for the approval of the organization's admin.`,
        );
      const previous = await manager.findOne(ReportEntity, {
        where: { series, status: 'published' },
        order: { version: 'DESC' },
      });
      const changeNote = request.changeNote?.trim() || null;
      if (previous && !changeNote)
        throw reportError(
          'REASON_REQUIRED',
          `Version ${previous.version} of this report is published: say why a new version is published (changeNote); it is shown with it.`,
        );
      if (changeNote && changeNote.length > 2000)
        throw reportError('BAD_USER_INPUT', 'changeNote is limited to 2,000 characters.');

      const now = new Date();
      const publishes = access.publishes === 'published';
      if (publishes && release.organizationId !== null && release.status === 'draft') {
        Object.assign(release, { status: 'published', publishedAt: now });
        await manager.save(release);
        await this.audit.append(manager, actorOf(principal), {
          action: 'release.published',
          entityType: 'release',
          entityId: release.id,
          details: { with: 'organization report' },
        });
      }
      const built = await this.build(manager, release, definition);
      const [{ max }] = await manager.query<{ max: number | null }[]>(
        'SELECT max(version) AS max FROM report WHERE series = $1',
        [series],
      );
      const report = await manager.save(
        manager.create(ReportEntity, {
          series,
          version: (max ?? 0) + 1,
          releaseId: release.id,
          scope,
          language: definition.language,
          organizationId: organization?.id ?? null,
          status: access.publishes,
          title: `${release.title} · ${scopeLabel(definition.scope, organization?.name)}`,
          json: built.json,
          csv: built.csv,
          jsonSha256: built.jsonSha256,
          csvSha256: built.csvSha256,
          pdf: null,
          pdfSha256: null,
          changeNote,
          changes: previous
            ? reportChanges(
                JSON.parse(previous.json) as Report,
                built.report,
                (metric) => findMetric(metric)?.label ?? metric,
              )
            : [],
          previousReportId: previous?.id ?? null,
          createdByAccountId: principal.accountId,
          approvedByAccountId: publishes && organization ? principal.accountId : null,
          approvedAt: publishes && organization ? now : null,
          publishedAt: publishes ? now : null,
        }),
      );
      await this.audit.append(manager, actorOf(principal), {
        action: publishes ? 'report.published' : 'report.submitted_for_approval',
        entityType: 'report',
        entityId: report.id,
        details: { series, version: report.version, jsonSha256: built.jsonSha256 },
      });
      return report;
    });
    this.cacheGeneration.bump();
    return saved;
  }

  /** An organization's admin approves (and so publishes) a report of its own figures. */
  async approve(principal: Principal, id: string): Promise<ReportEntity> {
    if (!UUID.test(id)) throw reportError('REPORT_NOT_FOUND', `No report with id ${id}.`);
    const approved = await this.dataSource.transaction(async (manager) => {
      const report = await manager
        .getRepository(ReportEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.id = :id', { id })
        .getOne();
      if (!report || !maySeeUnpublished(principal, report.organizationId))
        throw reportError('REPORT_NOT_FOUND', `No report with id ${id}.`);
      if (!mayApprove(principal, report.organizationId))
        throw reportError(
          'FORBIDDEN',
          'Only an admin of the organization whose figures the report shows may approve it.',
        );
      if (report.status !== 'awaiting_approval')
        throw reportError('NOT_APPROVABLE', `The report is ${report.status}.`);
      const now = new Date();
      Object.assign(report, {
        status: 'published',
        approvedAt: now,
        approvedByAccountId: principal.accountId,
        publishedAt: now,
      });
      await manager.save(report);
      await this.audit.append(manager, actorOf(principal), {
        action: 'report.approved',
        entityType: 'report',
        entityId: report.id,
        details: { series: report.series, version: report.version },
      });
      return report;
    });
    this.cacheGeneration.bump();
    return approved;
  }

  // ---- builder choices

  /**
   * The releases a principal may report on: network releases for staff, own ones for admins;
   * an organization's own release comes with its organization (for its name).
   */
  async releasesFor(principal: Principal): Promise<ReleaseEntity[]> {
    const adminOf = administeredOrganizations(principal);
    const staff = hasNetworkRole(principal, ['reviewer', 'admin']);
    const repository = this.dataSource.getRepository(ReleaseEntity);
    const network = await repository.find({
      where: {
        organizationId: IsNull(),
        status: In(staff ? ['draft', 'published'] : adminOf.length ? ['published'] : []),
      },
      order: { createdAt: 'DESC' },
      take: 100,
    });
    const own = adminOf.length
      ? await repository.find({
          where: { organizationId: In(adminOf) },
          relations: { organization: true },
          order: { createdAt: 'DESC' },
          take: 100,
        })
      : [];
    return [...own, ...network];
  }

  /** The scopes of a release that a principal may report on, with their labels. */
  async scopesFor(
    principal: Principal,
    releaseId: string,
  ): Promise<{ key: string; kind: string; label: string; needsApproval: boolean }[]> {
    const release = await this.release(this.dataSource.manager, releaseId);
    const rows = await this.dataSource.query<{ scope: string; country: string | null }[]>(
      `SELECT DISTINCT scope, CASE WHEN dimension = 'hosting_country' THEN dimension_value END AS country
         FROM release_cell
        WHERE release_id = $1 AND value IS NOT NULL
          AND (scope LIKE 'organization:%' OR (scope = 'network' AND dimension = 'hosting_country'))`,
      [release.id],
    );
    const slugs = [
      ...new Set(
        rows.filter((r) => r.scope.startsWith('organization:')).map((r) => r.scope.slice(13)),
      ),
    ];
    const organizations = slugs.length
      ? await this.dataSource.getRepository(OrganizationEntity).findBy({ slug: In(slugs) })
      : [];
    const candidates: { scope: ReportScope; organization: OrganizationEntity | null }[] = [
      ...(release.organizationId === null
        ? (['network', 'hotlines', 'companies'] as const).map((scope) => ({
            scope,
            organization: null,
          }))
        : []),
      ...(release.organizationId === null
        ? [...new Set(rows.flatMap((r) => (r.country ? [r.country] : [])))]
            .sort()
            .map((country) => ({ scope: { country }, organization: null }))
        : []),
      ...organizations
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((o) => ({ scope: { organization: o.slug }, organization: o })),
    ];
    return candidates.flatMap(({ scope, organization }) => {
      const access = reportAccess(principal, {
        release,
        scopeOrganizationId: organization?.id ?? null,
      });
      if (!access.allowed) return [];
      return [
        {
          key: scopeKey(scope),
          kind: typeof scope === 'string' ? scope : 'country' in scope ? 'country' : 'organization',
          label: scopeLabel(scope, organization?.name),
          needsApproval: access.publishes === 'awaiting_approval',
        },
      ];
    });
  }

  /** An organization's admin builds a release of its own attributed figures (built in the background). */
  async createOrganizationRelease(
    principal: Principal,
    input: { periodFrom: string; periodTo: string; granularity: 'month' | 'quarter' | 'year' },
  ): Promise<ReleaseEntity> {
    const [admin, ...others] = administeredOrganizations(principal);
    if (principal.kind !== 'account' || !admin || others.length > 0)
      throw reportError(
        'FORBIDDEN',
        'Only the admin of a hotline or company builds a release of its own figures.',
      );
    const organization = await this.dataSource
      .getRepository(OrganizationEntity)
      .findOneByOrFail({ id: admin });
    const [{ attributed }] = await this.dataSource.query<{ attributed: number }[]>(
      `SELECT count(*)::int AS attributed FROM submission
        WHERE organization_id = $1 AND status = 'accepted' AND attributed`,
      [organization.id],
    );
    if (attributed === 0)
      throw reportError(
        'NOT_ATTRIBUTED',
        `${organization.name} has no accepted figures marked for attributed publication: mark a submission "publish under our name" first.`,
      );
    return this.releases.create(input, actorOf(principal), { organization });
  }

  // ---- internals

  private allowed(
    principal: Principal,
    release: ReleaseEntity,
    organization: OrganizationEntity | null,
  ) {
    const access = reportAccess(principal, {
      release,
      scopeOrganizationId: organization?.id ?? null,
    });
    if (!access.allowed) throw reportError('FORBIDDEN', access.reason);
    return access;
  }

  private async release(
    manager: EntityManager,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<ReleaseEntity> {
    const query = manager
      .getRepository(ReleaseEntity)
      .createQueryBuilder('r')
      .where('r.id = :id', { id });
    if (options.lock) query.setLock('pessimistic_write');
    const release = UUID.test(id) ? await query.getOne() : null;
    if (!release) throw reportError('RELEASE_NOT_FOUND', `No release with id ${id}.`);
    return release;
  }

  /** The definition asked for, its release and the organization of an organization scope. */
  private async target(
    manager: EntityManager,
    request: Omit<PublishReportRequest, 'changeNote'>,
    options: { lock?: boolean } = {},
  ) {
    const definition: ReportDefinition = {
      releaseId: request.releaseId,
      scope: parseScope(request.scope),
      language: parseLanguage(request.language),
    };
    const release = await this.release(manager, request.releaseId, options);
    const slug = organizationSlugOf(definition.scope);
    const organization = slug
      ? await manager.getRepository(OrganizationEntity).findOneBy({ slug })
      : null;
    if (slug && !organization) throw reportError('BAD_USER_INPUT', `No organization "${slug}".`);
    return { definition, release, organization };
  }

  private async build(
    manager: EntityManager,
    release: ReleaseEntity,
    definition: ReportDefinition,
  ): Promise<BuiltReport> {
    const input = await loadReportInput(manager, release, definition);
    if (!input.cells.some((c) => c.value !== null))
      throw reportError(
        typeof definition.scope === 'object' && 'organization' in definition.scope
          ? 'NOT_ATTRIBUTED'
          : 'BAD_USER_INPUT',
        typeof definition.scope === 'object' && 'organization' in definition.scope
          ? `Release ${release.series} v${release.version} publishes no figures of ${definition.scope.organization} under its name: only figures marked for attributed publication make an organization's report.`
          : `Release ${release.series} v${release.version} publishes no figure for ${scopeKey(definition.scope)}.`,
      );
    const report = buildReport(input);
    const json = reportJson(report);
    const csv = reportCsv(report);
    return {
      key: reportKey(definition),
      report,
      json,
      csv,
      jsonSha256: sha256(json),
      csvSha256: sha256(csv),
    };
  }
}

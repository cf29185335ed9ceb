import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '@candor/api-platform';
import { CurrentPrincipal, type Principal } from '@candor/api-auth';
import { ReleaseModel } from '@candor/api-releases';
import {
  CreateOrganizationReleaseInput,
  PublishReportInput,
  ReportPreviewModel,
  ReportReleaseModel,
  ReportScopeOptionModel,
  TransparencyReportModel,
} from './models/report.model';
import { versionModel } from './report-presenter';
import { ReportViews } from './report-views';
import { ReportsService } from './reports.service';

/** Published reports for everyone; the report builder for network staff and organization admins. */
@Resolver()
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly views: ReportViews,
  ) {}

  @Public()
  @Query(() => [TransparencyReportModel], {
    description: 'Published transparency reports, newest first (every version).',
  })
  async transparencyReports(
    @Args('releaseId', { type: () => ID, nullable: true }) releaseId: string | null,
    @Args('scope', { type: () => String, nullable: true }) scope: string | null,
    @Args('language', { type: () => String, nullable: true }) language: string | null,
  ): Promise<TransparencyReportModel[]> {
    return this.views.present(await this.reports.published({ releaseId, scope, language }));
  }

  @Public()
  @Query(() => TransparencyReportModel, {
    nullable: true,
    description:
      'One report by its address: published, or awaiting approval for the organization’s admin and network staff; null when there is none.',
  })
  async transparencyReport(
    @Args('releaseId', { type: () => ID }) releaseId: string,
    @Args('scope') scope: string,
    @Args('language') language: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<TransparencyReportModel | null> {
    return this.views.presentOne(await this.reports.find(releaseId, scope, language, principal));
  }

  @SignedIn()
  @Query(() => [ReportReleaseModel], {
    description: 'Releases the caller may build reports from.',
  })
  async reportReleases(@CurrentPrincipal() principal: Principal): Promise<ReportReleaseModel[]> {
    const releases = await this.reports.releasesFor(principal);
    return releases.map((r) => ({
      id: r.id,
      series: r.series,
      version: r.version,
      title: r.title,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      granularity: r.granularity,
      status: r.status,
      percent: r.progress.percent,
      error: r.error,
      publishedAt: r.publishedAt,
      organizationName: r.organization?.name ?? null,
    }));
  }

  @SignedIn()
  @Query(() => [ReportScopeOptionModel], {
    description: 'The scopes of a release the caller may report on.',
  })
  reportScopes(
    @Args('releaseId', { type: () => ID }) releaseId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReportScopeOptionModel[]> {
    return this.reports.scopesFor(principal, releaseId);
  }

  @SignedIn()
  @Query(() => ReportPreviewModel, { description: 'A report as it would be published.' })
  async reportPreview(
    @Args('releaseId', { type: () => ID }) releaseId: string,
    @Args('scope') scope: string,
    @Args('language') language: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReportPreviewModel> {
    const preview = await this.reports.preview(principal, { releaseId, scope, language });
    const latest = await this.reports.latestVersionOf(releaseId, scope, language);
    return {
      key: preview.key,
      content: preview.report,
      jsonSha256: preview.jsonSha256,
      csvSha256: preview.csvSha256,
      existing: await this.views.presentOne(preview.existing),
      follows: latest ? versionModel(latest.report, latest.releaseVersion) : null,
    };
  }

  @SignedIn()
  @Query(() => [TransparencyReportModel], {
    description: 'Reports of an organization’s own figures waiting for its admin’s approval.',
  })
  async reportsAwaitingApproval(
    @CurrentPrincipal() principal: Principal,
  ): Promise<TransparencyReportModel[]> {
    return this.views.present(await this.reports.awaitingApproval(principal));
  }

  @SignedIn()
  @Mutation(() => TransparencyReportModel, {
    description:
      'Publishes a report; one of an organization’s own figures prepared by network staff waits for its admin’s approval.',
  })
  async publishReport(
    @Args('input') input: PublishReportInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TransparencyReportModel> {
    const [published] = await this.views.present([await this.reports.publish(principal, input)]);
    return published as TransparencyReportModel;
  }

  @SignedIn()
  @Mutation(() => TransparencyReportModel, {
    description: 'The organization’s admin approves (and so publishes) a report of its figures.',
  })
  async approveReport(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TransparencyReportModel> {
    const [approved] = await this.views.present([await this.reports.approve(principal, id)]);
    return approved as TransparencyReportModel;
  }

  @SignedIn()
  @Mutation(() => ReleaseModel, {
    description:
      'An organization’s admin builds a release of its own figures marked for attributed publication (in the background; watch `reportReleases`).',
  })
  createOrganizationRelease(
    @Args('input') input: CreateOrganizationReleaseInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReleaseModel> {
    return this.reports.createOrganizationRelease(principal, input);
  }
}

import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AnnotationEntity } from '@candor/db';
import { NetworkStaff, Public } from '@candor/api-platform';
import { actorOf, CurrentPrincipal, type Principal } from '@candor/api-auth';
import { AuditService } from '@candor/api-audit';
import { CreateReleaseInput } from './create-release.input';
import {
  AnnotationModel,
  BreakdownItemModel,
  ReleaseModel,
  ReleaseStatisticModel,
  SeriesPointModel,
} from './models/release.model';
import { PublicReleasesService } from './public-releases.service';
import { knownMetric, releaseError } from './release.errors';
import { ReleasesService } from './releases.service';
import { StatisticsArgs } from './statistics.args';
import { ReleaseCacheGeneration } from './public-http/release-cache-generation';

/** Reviewer operations on releases and the annotation log. */
@Resolver()
export class ReleaseAdminResolver {
  constructor(
    private readonly releases: ReleasesService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cacheGeneration: ReleaseCacheGeneration,
  ) {}

  @NetworkStaff('reviewer', 'admin')
  @Mutation(() => ReleaseModel, {
    description: 'Starts building a draft release; watch `progress` on `releaseDraft`.',
  })
  createRelease(
    @Args('input') input: CreateReleaseInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReleaseModel> {
    return this.releases.create(input, actorOf(principal));
  }

  @NetworkStaff('reviewer', 'admin')
  @Mutation(() => ReleaseModel)
  publishRelease(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReleaseModel> {
    return this.releases.publish(id, actorOf(principal));
  }

  @NetworkStaff('reviewer', 'admin')
  @Mutation(() => ReleaseModel, {
    description: 'Withdraws a published release; it stays public with the reason.',
  })
  withdrawRelease(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReleaseModel> {
    return this.releases.withdraw(id, reason, actorOf(principal));
  }

  @NetworkStaff('reviewer', 'admin')
  @Query(() => [ReleaseModel], {
    description: 'Every release, drafts and failed builds included, newest first.',
  })
  allReleases(): Promise<ReleaseModel[]> {
    return this.releases.list();
  }

  @NetworkStaff('reviewer', 'admin')
  @Query(() => ReleaseModel, {
    nullable: true,
    description: 'Any release by id, with its build progress.',
  })
  releaseDraft(@Args('id', { type: () => ID }) id: string): Promise<ReleaseModel | null> {
    return this.releases.get(id);
  }

  @NetworkStaff('reviewer', 'admin')
  @Mutation(() => AnnotationModel, {
    description: 'Adds a dated note to the public annotation log.',
  })
  async addAnnotation(
    @Args('period') period: string,
    @Args('text') text: string,
    @Args('metric', { type: () => String, nullable: true }) metric: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AnnotationModel> {
    if (metric) knownMetric(metric);
    if (!text.trim() || text.length > 1000)
      throw releaseError('BAD_USER_INPUT', 'An annotation has 1 to 1,000 characters.');
    const created = await this.dataSource.transaction(async (manager) => {
      const annotation = await manager.save(
        manager.create(AnnotationEntity, {
          period,
          text: text.trim(),
          metric,
          createdByAccountId: principal.accountId,
        }),
      );
      await this.audit.append(manager, actorOf(principal), {
        action: 'annotation.created',
        entityType: 'annotation',
        entityId: annotation.id,
      });
      return annotation;
    });
    // The public log changed: cached answers that show it are stale.
    this.cacheGeneration.bump();
    return created;
  }
}

/** The public API: published releases only, no sign-in. */
@Resolver()
export class PublicReleasesResolver {
  constructor(private readonly published: PublicReleasesService) {}

  @Public()
  @Query(() => [ReleaseModel], {
    description: 'Every published release (withdrawn ones too, with their reason), newest first.',
  })
  releases(): Promise<ReleaseModel[]> {
    return this.published.list();
  }

  @Public()
  @Query(() => ReleaseModel)
  release(@Args('id', { type: () => ID }) id: string): Promise<ReleaseModel> {
    return this.published.get(id);
  }

  @Public()
  @Query(() => ReleaseModel, { nullable: true })
  latestRelease(
    @Args('granularity', { type: () => String, nullable: true }) granularity: string | null,
  ): Promise<ReleaseModel | null> {
    return this.published.latest(granularity);
  }

  @Public()
  @Query(() => [SeriesPointModel], {
    description:
      'A metric over time from a published release: values, withheld points with their reason, spike flags.',
  })
  async series(
    @Args('metric') metric: string,
    @Args('scope', {
      defaultValue: 'network',
      description: '`network`, `hotlines`, `companies` or `organization:<slug>`.',
    })
    scope: string,
    @Args('dimension', { type: () => String, nullable: true }) dimension: string | null,
    @Args('dimensionValue', { type: () => String, nullable: true }) dimensionValue: string | null,
    @Args('from', { type: () => String, nullable: true }) from: string | null,
    @Args('to', { type: () => String, nullable: true }) to: string | null,
    @Args('granularity', { type: () => String, nullable: true }) granularity: string | null,
    @Args('releaseId', { type: () => ID, nullable: true }) releaseId: string | null,
  ): Promise<SeriesPointModel[]> {
    knownMetric(metric);
    const release = await this.published.resolve(releaseId, granularity);
    return this.published.series(release, {
      metric,
      scope,
      dimension,
      dimensionValue,
      from,
      to,
    });
  }

  @Public()
  @Query(() => [BreakdownItemModel], {
    description: 'A metric broken down by one dimension for one period.',
  })
  async breakdown(
    @Args('metric') metric: string,
    @Args('dimension') dimension: string,
    @Args('period') period: string,
    @Args('scope', { defaultValue: 'network' }) scope: string,
    @Args('releaseId', { type: () => ID, nullable: true }) releaseId: string | null,
  ): Promise<BreakdownItemModel[]> {
    knownMetric(metric);
    const release = await this.published.resolve(releaseId);
    return this.published.breakdown(release, metric, dimension, period, scope);
  }

  @Public()
  @Query(() => [ReleaseStatisticModel], {
    description:
      'Takedown-time distributions per period (shares within 24 h, 72 h, 7 days; median and p90).',
  })
  takedownTimes(@Args() args: StatisticsArgs): Promise<ReleaseStatisticModel[]> {
    return this.statistics('takedown', args);
  }

  @Public()
  @Query(() => [ReleaseStatisticModel], {
    description: 'Known-content share, files per item, top-10 share and Gini bounds per period.',
  })
  redistribution(@Args() args: StatisticsArgs): Promise<ReleaseStatisticModel[]> {
    return this.statistics('redistribution', args);
  }

  @Public()
  @Query(() => [ReleaseStatisticModel], {
    description:
      'Spike and level-shift flags of a published release with their plain-language explanation, newest period first.',
  })
  async spikes(
    @Args('metric', { type: () => String, nullable: true }) metric: string | null,
    @Args('scope', { type: () => String, nullable: true }) scope: string | null,
    @Args('granularity', { type: () => String, nullable: true }) granularity: string | null,
    @Args('releaseId', { type: () => ID, nullable: true }) releaseId: string | null,
    @Args('limit', { type: () => Int, defaultValue: 20, description: '1 to 200.' }) limit: number,
  ): Promise<ReleaseStatisticModel[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 200)
      throw releaseError('BAD_USER_INPUT', 'limit must be a whole number from 1 to 200.');
    if (metric) knownMetric(metric);
    const release = await this.published.resolve(releaseId, granularity);
    return this.published.flags(release, {
      metric,
      scope,
      limit,
    });
  }

  private async statistics(kind: string, args: StatisticsArgs) {
    const release = await this.published.resolve(args.releaseId, args.granularity);
    return this.published.statistics(release, kind, args.from, args.to, args.scope);
  }

  @Public()
  @Query(() => [AnnotationModel], { description: 'The public log of known reporting changes.' })
  annotations(
    @Args('metric', { type: () => String, nullable: true }) metric: string | null,
  ): Promise<AnnotationModel[]> {
    return this.published.annotations(metric);
  }
}

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NetworkStaff } from '@candor/api-platform';
import { actorOf, CurrentPrincipal, type Principal } from '@candor/api-auth';
import {
  ReleaseCellFacetsModel,
  ReleaseCellPageModel,
  ReleaseCellsArgs,
} from './models/release-review.model';
import { AnnotationModel, ReleaseModel, ReleaseStatisticModel } from './models/release.model';
import { ReleaseReviewService } from './release-review.service';

/**
 * The reviewer's view of any release (drafts included) before publishing it, and the editing of
 * the annotation log. Network staff only.
 */
@Resolver()
export class ReleaseReviewResolver {
  constructor(private readonly review: ReleaseReviewService) {}

  @NetworkStaff('reviewer', 'admin')
  @Query(() => ReleaseCellPageModel, {
    description: 'Cells of any release as built, withheld ones with their reason, page by page.',
  })
  releaseCells(@Args() args: ReleaseCellsArgs): Promise<ReleaseCellPageModel> {
    return this.review.cells(args);
  }

  @NetworkStaff('reviewer', 'admin')
  @Query(() => ReleaseCellFacetsModel, {
    description: 'The metrics, scopes and dimensions of a release’s cells.',
  })
  releaseCellFacets(
    @Args('releaseId', { type: () => ID }) releaseId: string,
  ): Promise<ReleaseCellFacetsModel> {
    return this.review.facets(releaseId);
  }

  @NetworkStaff('reviewer', 'admin')
  @Query(() => [ReleaseStatisticModel], {
    description:
      'Statistics of any release: `spike`, `level_shift` (with their explanation), `takedown`, `redistribution`.',
  })
  releaseStatistics(
    @Args('releaseId', { type: () => ID }) releaseId: string,
    @Args('kind', { type: () => String, nullable: true }) kind: string | null,
  ): Promise<ReleaseStatisticModel[]> {
    return this.review.statistics(releaseId, kind);
  }

  @NetworkStaff('reviewer', 'admin')
  @Query(() => ReleaseModel, {
    nullable: true,
    description: 'The published release a release was compared with (its changelog), if any.',
  })
  previousRelease(
    @Args('releaseId', { type: () => ID }) releaseId: string,
  ): Promise<ReleaseModel | null> {
    return this.review.previous(releaseId);
  }

  @NetworkStaff('reviewer', 'admin')
  @Mutation(() => AnnotationModel, { description: 'Corrects a note of the annotation log.' })
  updateAnnotation(
    @Args('id', { type: () => ID }) id: string,
    @Args('period') period: string,
    @Args('text') text: string,
    @Args('metric', { type: () => String, nullable: true }) metric: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AnnotationModel> {
    return this.review.updateAnnotation(id, { period, text, metric }, actorOf(principal));
  }

  @NetworkStaff('reviewer', 'admin')
  @Mutation(() => ID, {
    description: 'Removes a note from the annotation log (the audit log keeps its text).',
  })
  deleteAnnotation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<string> {
    return this.review.deleteAnnotation(id, actorOf(principal));
  }
}

/** What the releases module registers for the reviewer's release pages. */
export const releaseReviewProviders = [ReleaseReviewService, ReleaseReviewResolver];

import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { setDimensions } from '@candor/catalogue';
import { AccountEntity, ApiKeyEntity, OrganizationEntity } from '@candor/db';
import { requestLoader } from '@candor/api-platform';
import { OrganizationModel } from '@candor/api-organizations';
import { FigureModel, SubmissionModel } from './models/submission.model';
import { SubmissionReadsService } from './submission-reads.service';

/** Nested fields of a submission, batched per request: no N+1 queries in lists. */
@Resolver(() => SubmissionModel)
export class SubmissionFieldsResolver {
  constructor(
    private readonly reads: SubmissionReadsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => OrganizationModel)
  organization(
    @Parent() submission: SubmissionModel,
    @Context('req') req: object,
  ): Promise<OrganizationModel> {
    return requestLoader<string, OrganizationEntity>(req, 'organizationById', async (ids) => {
      const rows = await this.dataSource
        .getRepository(OrganizationEntity)
        .findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((o) => [o.id, o]));
      return ids.map((id) => byId.get(id) as OrganizationEntity);
    }).load(submission.organizationId);
  }

  /** Figures are only reachable through a submission the caller was allowed to load. */
  @ResolveField(() => [FigureModel])
  async figures(
    @Parent() submission: SubmissionModel,
    @Context('req') req: object,
  ): Promise<FigureModel[]> {
    const figures = await requestLoader<string, FigureModel[]>(
      req,
      'figuresBySubmission',
      async (ids) => {
        const bySubmission = await this.reads.figuresOf(ids);
        return ids.map((id) =>
          (bySubmission.get(id) ?? []).map((f) => ({
            metric: f.metric,
            value: f.value,
            dimensions: setDimensions(f.dimensions).map(([dimension, value]) => ({
              dimension,
              value,
            })),
          })),
        );
      },
    ).load(submission.id);
    return figures;
  }

  @ResolveField(() => String, { nullable: true })
  async submittedBy(
    @Parent() submission: SubmissionModel,
    @Context('req') req: object,
  ): Promise<string | null> {
    if (submission.submittedByAccountId)
      return this.accountName(req, submission.submittedByAccountId);
    if (submission.submittedByApiKeyId) {
      const key = await requestLoader<string, ApiKeyEntity | undefined>(
        req,
        'apiKeyById',
        async (ids) => {
          const rows = await this.dataSource
            .getRepository(ApiKeyEntity)
            .findBy({ id: In([...ids]) });
          return ids.map((id) => rows.find((k) => k.id === id));
        },
      ).load(submission.submittedByApiKeyId);
      return key ? `API key ${key.prefix} (${key.name})` : null;
    }
    return submission.source === 'demo' ? 'Demo data' : null;
  }

  @ResolveField(() => String, { nullable: true })
  reviewedBy(
    @Parent() submission: SubmissionModel,
    @Context('req') req: object,
  ): Promise<string | null> | null {
    return submission.reviewedByAccountId
      ? this.accountName(req, submission.reviewedByAccountId)
      : null;
  }

  private async accountName(req: object, accountId: string): Promise<string | null> {
    const account = await requestLoader<string, AccountEntity | undefined>(
      req,
      'accountById',
      async (ids) => {
        const rows = await this.dataSource
          .getRepository(AccountEntity)
          .findBy({ id: In([...ids]) });
        return ids.map((id) => rows.find((a) => a.id === id));
      },
    ).load(accountId);
    return account ? account.displayName : null;
  }
}

import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import {
  CANDOR_CONFIG,
  type CandorConfig,
  DomainError,
  NetworkStaff,
  Public,
  SignedIn,
} from '@candor/api-platform';
import { actorOf, authorize, CurrentPrincipal, type Principal } from '@candor/api-auth';
import { csvTemplate, parseSubmissionCsv } from '@candor/submission-files';
import { SubmissionInput } from './dto/submission.inputs';
import {
  PeriodStatusModel,
  ReviewItemModel,
  SubmissionComparisonModel,
} from './models/review.model';
import { SubmissionModel, SubmissionReportModel } from './models/submission.model';
import { MAX_IDEMPOTENCY_KEY_LENGTH, toRawDocument } from './submission-input';
import { submitParsedFile } from './submit-file';
import { SubmissionReadsService } from './submission-reads.service';
import { SubmissionsService } from './submissions.service';

/** A missing or null key means no idempotency; otherwise 1 to 200 characters. */
const checkKey = (key: string | null | undefined): string | undefined => {
  if (key === null || key === undefined) return undefined;
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `An idempotency key has 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`,
    );
  }
  return key;
};

@Resolver()
export class SubmissionsResolver {
  constructor(
    private readonly writer: SubmissionsService,
    private readonly reads: SubmissionReadsService,
    @Inject(CANDOR_CONFIG) private readonly config: CandorConfig,
  ) {}

  @SignedIn({ apiKeys: true })
  @Mutation(() => SubmissionReportModel, {
    description: 'Dry run: the report `submitFigures` would give; nothing is stored.',
  })
  validateFigures(
    @Args('input') input: SubmissionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionReportModel> {
    authorize.submitFor(principal, input.organizationId);
    return this.writer.submitDocuments({
      organizationId: input.organizationId,
      documents: [toRawDocument(input)],
      attributed: input.attributed,
      source: 'api',
      actor: actorOf(principal),
      dryRun: true,
    });
  }

  @SignedIn({ apiKeys: true })
  @Mutation(() => SubmissionReportModel, {
    description: 'Validates and stores one period’s figures as its next version.',
  })
  submitFigures(
    @Args('input') input: SubmissionInput,
    @Args('idempotencyKey', { type: () => String, nullable: true })
    idempotencyKey: string | null | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionReportModel> {
    authorize.submitFor(principal, input.organizationId);
    return this.writer.submitDocuments({
      organizationId: input.organizationId,
      documents: [toRawDocument(input)],
      attributed: input.attributed,
      source: principal.kind === 'api-key' ? 'api' : 'form',
      actor: actorOf(principal),
      idempotencyKey: checkKey(idempotencyKey),
    });
  }

  @SignedIn({ apiKeys: true })
  @Mutation(() => SubmissionReportModel, {
    description:
      'Validates and stores a CSV file (one or more periods), accepted or rejected as a whole.',
  })
  async submitCsv(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('csv') csv: string,
    @Args('idempotencyKey', { type: () => String, nullable: true })
    idempotencyKey: string | null | undefined,
    @Args('attributed', { defaultValue: false }) attributed: boolean,
    @Args('dryRun', { defaultValue: false, description: 'Validate only.' }) dryRun: boolean,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionReportModel> {
    authorize.submitFor(principal, organizationId);
    const parsed = parseSubmissionCsv(csv, { maxBytes: this.config.maxUploadBytes });
    return submitParsedFile(this.writer, parsed, {
      organizationId,
      attributed,
      source: 'csv',
      actor: actorOf(principal),
      idempotencyKey: checkKey(idempotencyKey),
      dryRun,
    });
  }

  @NetworkStaff('reviewer', 'admin')
  @Mutation(() => SubmissionModel, {
    description:
      'Accepts or rejects a submitted version; a rejection needs a reason the submitter sees.',
  })
  reviewSubmission(
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { description: '`accept` or `reject`.' }) decision: string,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionModel> {
    if (decision !== 'accept' && decision !== 'reject') {
      throw new DomainError(
        'BAD_USER_INPUT',
        `decision must be "accept" or "reject" (got "${decision}").`,
      );
    }
    return this.writer.review(
      id,
      decision === 'accept' ? 'accepted' : 'rejected',
      note ?? null,
      actorOf(principal),
    );
  }

  @SignedIn({ apiKeys: true })
  @Query(() => [SubmissionModel], {
    description: 'An organization’s submissions (every version), newest period first.',
  })
  submissions(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('period', { type: () => String, nullable: true }) period: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionModel[]> {
    return this.reads.list(organizationId, period, principal);
  }

  @SignedIn({ apiKeys: true })
  @Query(() => SubmissionModel)
  submission(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionModel> {
    return this.reads.get(id, principal);
  }

  @SignedIn({ apiKeys: true })
  @Query(() => [PeriodStatusModel], {
    description:
      'The organization’s expected periods, newest first: missing, submitted, accepted or rejected, with deadlines.',
  })
  periodStatuses(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('count', { type: () => Int, defaultValue: 12 }) count: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PeriodStatusModel[]> {
    return this.reads.periodStatuses(organizationId, Math.min(Math.max(count, 1), 120), principal);
  }

  @NetworkStaff('reviewer', 'admin')
  @Query(() => [ReviewItemModel], {
    description: 'Submitted versions waiting for review, oldest first, with their warnings.',
  })
  async reviewQueue(@CurrentPrincipal() principal: Principal): Promise<ReviewItemModel[]> {
    const items = await this.reads.reviewQueue(principal);
    return items.map(({ submission, previousVersion }) => ({
      submission,
      previousVersion,
      warnings: submission.warnings,
    }));
  }

  @SignedIn()
  @Query(() => SubmissionComparisonModel, {
    description: 'A version next to the version before it, figure by figure.',
  })
  submissionComparison(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionComparisonModel> {
    return this.reads.comparison(id, principal);
  }

  @Public()
  @Query(() => String, {
    description: 'A CSV template for a `hotline` or a `company`, generated from the catalogue.',
  })
  csvTemplate(
    @Args('kind') kind: string,
    @Args('period', { type: () => String, nullable: true }) period?: string,
  ): string {
    if (kind !== 'hotline' && kind !== 'company')
      throw new DomainError(
        'BAD_USER_INPUT',
        `kind must be "hotline" or "company" (got "${kind}").`,
      );
    return csvTemplate(kind, period);
  }
}

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationModel } from '@candor/api-organizations';

@ObjectType('DimensionPair')
export class DimensionPairModel {
  @Field()
  dimension!: string;

  @Field()
  value!: string;
}

@ObjectType('Figure', { description: 'One stored figure of a submission.' })
export class FigureModel {
  @Field()
  metric!: string;

  @Field(() => [DimensionPairModel], { description: 'Empty for a total.' })
  dimensions!: DimensionPairModel[];

  @Field(() => Float, { description: 'The count (exact up to 2^53 − 1).' })
  value!: number;
}

@ObjectType('SubmissionIssue', {
  description: 'An error or warning, located at a row and column where it applies.',
})
export class SubmissionIssueModel {
  @Field(() => Int, {
    nullable: true,
    description: 'CSV line number (header = 1), or the figure’s position in JSON input.',
  })
  row?: number;

  @Field(() => String, {
    nullable: true,
    description: '`period`, `metric`, `value` or a dimension code.',
  })
  column?: string;

  @Field({ description: 'Stable code, e.g. `BREAKDOWN_MISMATCH`.' })
  code!: string;

  @Field({ description: 'What is wrong and how to fix it.' })
  message!: string;

  @Field(() => String, { nullable: true })
  period?: string;

  @Field(() => String, { nullable: true })
  metric?: string;
}

@ObjectType('Submission', {
  description: 'One version of an organization’s figures for one period.',
})
export class SubmissionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => OrganizationModel)
  organization?: OrganizationModel;

  @Field()
  period!: string;

  @Field()
  grain!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: '`submitted`, `accepted`, `rejected` or `superseded`.' })
  status!: string;

  @Field({ description: '`api`, `csv`, `form`, `dsa-import` or `demo`.' })
  source!: string;

  @Field()
  attributed!: boolean;

  @Field(() => Int)
  figureCount!: number;

  @Field({ description: 'SHA-256 of the canonical figures.' })
  contentChecksum!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The reviewer’s reason, shown to the submitter.',
  })
  reviewNote!: string | null;

  @Field(() => [FigureModel])
  figures?: FigureModel[];

  @Field(() => [SubmissionIssueModel], {
    description: 'Soft-rule warnings found when it was submitted.',
  })
  warnings!: SubmissionIssueModel[];

  @Field(() => String, {
    nullable: true,
    description: 'Who sent it: an account’s name or an API key prefix.',
  })
  submittedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Who reviewed it.' })
  reviewedBy?: string | null;

  submittedByAccountId!: string | null;
  submittedByApiKeyId!: string | null;
  reviewedByAccountId!: string | null;
}

@ObjectType('SubmissionReport', {
  description: 'The answer to every way of sending figures: nothing is stored unless `ok`.',
})
export class SubmissionReportModel {
  @Field()
  ok!: boolean;

  @Field(() => [SubmissionModel], {
    description: 'The stored versions (empty for a dry run or on errors).',
  })
  submissions!: SubmissionModel[];

  @Field({
    description:
      'True when a re-send with the same idempotency key returned the stored submissions.',
  })
  replayed!: boolean;

  @Field(() => [SubmissionIssueModel])
  errors!: SubmissionIssueModel[];

  @Field(() => [SubmissionIssueModel])
  warnings!: SubmissionIssueModel[];
}

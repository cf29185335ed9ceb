import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DimensionPairModel, SubmissionIssueModel, SubmissionModel } from './submission.model';

@ObjectType('PeriodStatus', { description: 'Where an expected period of an organization stands.' })
export class PeriodStatusModel {
  @Field()
  period!: string;

  @Field({
    description: '`missing`, `submitted`, `accepted` or `rejected` (of the current version).',
  })
  status!: string;

  @Field(() => Int, { nullable: true, description: 'The current version, if any.' })
  version!: number | null;

  @Field(() => String, { nullable: true })
  submissionId!: string | null;

  @Field({ description: 'Last day to submit: 30 days after the period ends.' })
  deadline!: string;

  @Field({ description: 'Missing or rejected, and past the deadline.' })
  overdue!: boolean;
}

@ObjectType('ReviewItem', { description: 'A submitted version waiting for a reviewer.' })
export class ReviewItemModel {
  @Field(() => SubmissionModel)
  submission!: SubmissionModel;

  @Field(() => [SubmissionIssueModel], {
    description: 'Soft-rule warnings: values 10× or a tenth of the previous period.',
  })
  warnings!: SubmissionIssueModel[];

  @Field(() => Int, { nullable: true, description: 'The version it replaces, if any.' })
  previousVersion!: number | null;
}

@ObjectType('FigureChange', {
  description: 'One figure of a version next to the version before it.',
})
export class FigureChangeModel {
  @Field()
  metric!: string;

  @Field(() => [DimensionPairModel])
  dimensions!: DimensionPairModel[];

  @Field(() => Float, {
    nullable: true,
    description: 'Null when the figure is new in this version.',
  })
  previous!: number | null;

  @Field(() => Float, { nullable: true, description: 'Null when the figure was dropped.' })
  current!: number | null;

  @Field({ description: '`added`, `removed`, `changed` or `unchanged`.' })
  change!: string;
}

@ObjectType('SubmissionComparison')
export class SubmissionComparisonModel {
  @Field(() => SubmissionModel)
  submission!: SubmissionModel;

  @Field(() => SubmissionModel, { nullable: true })
  previous!: SubmissionModel | null;

  @Field(() => [FigureChangeModel])
  changes!: FigureChangeModel[];
}

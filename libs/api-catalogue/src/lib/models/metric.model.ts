import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DimensionModel } from './dimension.model';

@ObjectType('Metric', {
  description:
    'A figure of the catalogue: what is counted, by whom, and how it may be broken down.',
})
export class MetricModel {
  @Field({ description: 'Stable code, e.g. `hotline.reports.received`.' })
  code!: string;

  @Field(() => Int, { description: 'Definition version; a change of meaning is a new version.' })
  version!: number;

  @Field()
  label!: string;

  @Field({ description: 'What is counted, in plain English.' })
  definition!: string;

  @Field({
    description:
      'What one unit of the count is: reports, urls, notices, items, files, accounts, appeals.',
  })
  unit!: string;

  @Field({ description: 'Who submits it: `hotline`, `company` or `both`.' })
  submittedBy!: string;

  @Field(() => [DimensionModel])
  dimensions!: DimensionModel[];

  @Field(() => String, {
    nullable: true,
    description: 'A dimension every figure must carry (histograms).',
  })
  requiredDimension!: string | null;
}

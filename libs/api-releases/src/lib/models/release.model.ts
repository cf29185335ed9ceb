import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from './json.scalar';

@ObjectType('ReleaseProgress')
export class ReleaseProgressModel {
  @Field({ description: '`queued`, `aggregate`, `disclosure`, `analytics`, `write` or `done`.' })
  step!: string;

  @Field(() => Int)
  percent!: number;
}

@ObjectType('NoisyMetric')
export class NoisyMetricModel {
  @Field()
  metric!: string;

  @Field(() => Int, { description: 'Cells one report can move in a period (L2 sensitivity²).' })
  sensitivity2!: number;

  @Field(() => Float, { description: 'Variance σ² of the discrete Gaussian noise.' })
  sigma2!: number;
}

@ObjectType('ReleaseNoise', {
  description: 'Differential-privacy noise of a release and the budget it spent (zCDP).',
})
export class ReleaseNoiseModel {
  @Field({ description: '`discrete_gaussian`.' })
  mechanism!: string;

  @Field(() => Float, { description: 'ρ spent by this release.' })
  rho!: number;

  @Field(() => Float, { description: 'ρ spent by the series, this release included.' })
  seriesSpentRho!: number;

  @Field(() => Float, { description: 'The ρ the series may spend in total.' })
  seriesLimitRho!: number;

  @Field(() => Float, { description: 'ε of this release alone at `delta`.' })
  epsilon!: number;

  @Field(() => Float)
  delta!: number;

  @Field(() => [NoisyMetricModel])
  metrics!: NoisyMetricModel[];
}

@ObjectType('ReleaseOptions')
export class ReleaseOptionsModel {
  @Field(() => Int, { description: 'Minimum contributors per published cell.' })
  minContributors!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Random rounding base (5 or 10), or null for exact counts.',
  })
  roundingBase!: number | null;

  @Field(() => ReleaseNoiseModel, { nullable: true, description: 'Null: no noise.' })
  noise?: ReleaseNoiseModel | null;
}

@ObjectType('Release', {
  description: 'A frozen, disclosure-controlled, citable table of figures.',
})
export class ReleaseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  series!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  title!: string;

  @Field()
  periodFrom!: string;

  @Field()
  periodTo!: string;

  @Field()
  granularity!: string;

  @Field({ description: '`building`, `draft`, `failed`, `published` or `withdrawn`.' })
  status!: string;

  @Field(() => ReleaseProgressModel)
  progress!: ReleaseProgressModel;

  @Field(() => ReleaseOptionsModel, {
    description: 'Disclosure parameters that are public (the p of the p% rule is not).',
  })
  options!: ReleaseOptionsModel;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the canonical CSV of the release.',
  })
  checksum!: string | null;

  @Field(() => Int)
  cellCount!: number;

  @Field(() => GraphQLJSON, { description: 'Metric code → definition version used.' })
  definitionVersions!: Record<string, number>;

  @Field(() => GraphQLJSON, {
    description:
      'Cells that changed against the previous release of the series: before, after, delta and ' +
      'reasons (`corrected_submissions`, `late_submissions`, `definition_changed`, `disclosure_control`).',
  })
  changelog!: unknown[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  builtAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true })
  withdrawalReason!: string | null;
}

@ObjectType('SeriesPoint', {
  description: 'One period of a published series: a value, or why it is withheld.',
})
export class SeriesPointModel {
  @Field()
  period!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, {
    nullable: true,
    description: '`contributors`, `dominance`, `small_count` or `secondary`.',
  })
  suppression!: string | null;

  @Field(() => [GraphQLJSON], {
    description: 'Spike or level-shift flags of this period, with their explanation.',
  })
  flags!: unknown[];
}

@ObjectType('BreakdownItem')
export class BreakdownItemModel {
  @Field()
  value!: string;

  @Field(() => Float, { nullable: true })
  count!: number | null;

  @Field(() => String, { nullable: true })
  suppression!: string | null;
}

@ObjectType('ReleaseStatistic')
export class ReleaseStatisticModel {
  @Field()
  kind!: string;

  @Field()
  metric!: string;

  @Field({ description: '`network`, `hotlines`, `companies` or `organization:<slug>`.' })
  scope!: string;

  @Field(() => String, { nullable: true })
  period!: string | null;

  @Field(() => GraphQLJSON)
  data!: Record<string, unknown>;
}

@ObjectType('Annotation')
export class AnnotationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  metric!: string | null;

  @Field()
  period!: string;

  @Field()
  text!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

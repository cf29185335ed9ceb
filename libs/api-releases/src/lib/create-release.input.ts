import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class CreateReleaseInput {
  @Field({ description: 'First period, e.g. `2024-01` (at the granularity).' })
  @IsString()
  @MaxLength(10)
  periodFrom!: string;

  @Field({ description: 'Last period, inclusive.' })
  @IsString()
  @MaxLength(10)
  periodTo!: string;

  @Field({ description: '`month`, `quarter` or `year`.' })
  @IsIn(['month', 'quarter', 'year'], { message: 'granularity must be month, quarter or year' })
  granularity!: 'month' | 'quarter' | 'year';

  @Field(() => Int, {
    nullable: true,
    description: 'Random rounding base, 5 or 10; omitted = exact counts.',
  })
  @IsOptional()
  @IsIn([5, 10], { message: 'roundingBase must be 5 or 10' })
  roundingBase?: 5 | 10;

  @Field(() => Float, {
    nullable: true,
    description:
      'Differential privacy: the zCDP budget ρ this release spends on discrete Gaussian noise on ' +
      'counts of reports (monthly releases only; e.g. 0.5). Omitted = no noise.',
  })
  @IsOptional()
  @IsNumber({}, { message: 'noiseRho must be a number' })
  @Min(0.001, { message: 'noiseRho must be at least 0.001' })
  @Max(100, { message: 'noiseRho must be at most 100' })
  noiseRho?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;
}

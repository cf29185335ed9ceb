import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CountValueScalar } from './count-value.scalar';

@InputType()
export class DimensionValueInput {
  @Field({ description: 'A dimension code, e.g. `hosting_country`.' })
  @IsString()
  @MaxLength(64)
  dimension!: string;

  @Field({ description: 'Its value, e.g. `NL`.' })
  @IsString()
  @MaxLength(64)
  value!: string;
}

@InputType()
export class FigureInput {
  @Field()
  @IsString()
  @MaxLength(100)
  metric!: string;

  @Field(() => [DimensionValueInput], {
    nullable: true,
    description: 'Empty or omitted: the total over every dimension.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => DimensionValueInput)
  @ArrayMaxSize(11)
  dimensions?: DimensionValueInput[];

  @Field(() => CountValueScalar)
  value!: unknown;
}

@InputType()
export class SubmissionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId!: string;

  @Field({ description: '`2026-03`, `2026-Q1`, `2026-H1` or `2026`.' })
  @IsString()
  @MaxLength(20)
  period!: string;

  @Field(() => [FigureInput])
  @ValidateNested({ each: true })
  @Type(() => FigureInput)
  @ArrayMaxSize(100_000)
  figures!: FigureInput[];

  @Field({
    defaultValue: false,
    description:
      'Publish these figures under the organization’s name (otherwise only in aggregates).',
  })
  attributed!: boolean;
}
